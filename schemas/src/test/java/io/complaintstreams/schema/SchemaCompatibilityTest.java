package io.complaintstreams.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import complaintstreams.events.ComplaintEvent;
import complaintstreams.events.Contact;
import complaintstreams.events.DeadlineAlert;
import complaintstreams.events.DeadlineState;
import complaintstreams.events.ServiceRequest;
import complaintstreams.events.Signal;
import complaintstreams.events.Survey;
import complaintstreams.state.ComplaintLedger;
import complaintstreams.state.CounterSet;
import complaintstreams.state.EntityEntry;
import complaintstreams.state.EntityFact;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaNormalization;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The build's schema gate: every schema's current form must be kept as its latest version in
 * schemas/versions, and must be backward and forward compatible with every kept version.
 */
class SchemaCompatibilityTest {

    static Stream<Schema> currentSchemas() {
        return Stream.of(Contact.getClassSchema(), ServiceRequest.getClassSchema(), Survey.getClassSchema(),
                ComplaintEvent.getClassSchema(), Signal.getClassSchema(), DeadlineState.getClassSchema(),
                DeadlineAlert.getClassSchema(), ComplaintLedger.getClassSchema(), CounterSet.getClassSchema(),
                EntityFact.getClassSchema(), EntityEntry.getClassSchema(),
                complaintstreams.privacy.ResidentKey.getClassSchema(), complaintstreams.privacy.ErasureRequest.getClassSchema(),
                complaintstreams.privacy.ErasureAudit.getClassSchema(),
                complaintstreams.events.AlertResolution.getClassSchema(), complaintstreams.state.UnloggedItems.getClassSchema(),
                complaintstreams.events.OmbudsmanEvent.getClassSchema(), complaintstreams.state.OmbudsmanCaseEntry.getClassSchema(),
                complaintstreams.state.ServiceRequestLedger.getClassSchema(), complaintstreams.state.RequestLedgerInput.getClassSchema(),
                complaintstreams.state.UnloggedResidentState.getClassSchema(), complaintstreams.state.UnloggedResidentFact.getClassSchema());
    }

    @ParameterizedTest
    @MethodSource("currentSchemas")
    void shouldKeepCurrentSchemaAsLatestVersion(Schema current) {
        List<Schema> kept = SchemaVersions.of(current.getName());
        assertFalse(kept.isEmpty(), "no kept versions for " + current.getName());
        Schema latest = kept.get(kept.size() - 1);
        assertEquals(SchemaNormalization.parsingFingerprint64(latest), SchemaNormalization.parsingFingerprint64(current),
                current.getName() + " changed: add schemas/versions/" + current.getName() + "/v" + (kept.size() + 1)
                        + ".avsc with the new schema");
    }

    @ParameterizedTest
    @MethodSource("currentSchemas")
    void shouldBeBackwardAndForwardCompatibleWithEveryKeptVersion(Schema current) {
        for (Schema kept : SchemaVersions.of(current.getName())) {
            var backward = SchemaCompatibility.checkReaderWriterCompatibility(current, kept);
            var forward = SchemaCompatibility.checkReaderWriterCompatibility(kept, current);
            assertTrue(backward.getType() == SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE,
                    current.getName() + " cannot read a kept version: " + backward.getDescription());
            assertTrue(forward.getType() == SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE,
                    "a kept version of " + current.getName() + " cannot read the current one: " + forward.getDescription());
        }
    }

    @ParameterizedTest
    @MethodSource("currentSchemas")
    void shouldDocumentEveryField(Schema current) {
        assertTrue(current.getDoc() != null && !current.getDoc().isBlank(), current.getName() + " has no doc");
        for (Schema.Field field : current.getFields()) {
            assertTrue(field.doc() != null && !field.doc().isBlank(), current.getName() + "." + field.name() + " has no doc");
        }
    }
}
