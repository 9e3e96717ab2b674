package io.complaintstreams.ingest.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import complaintstreams.events.Channel;
import complaintstreams.events.ComplaintEvent;
import complaintstreams.events.ComplaintEventType;
import complaintstreams.events.ComplaintOutcome;
import complaintstreams.events.Contact;
import complaintstreams.events.Tenure;
import io.complaintstreams.ingest.EventKind;
import io.complaintstreams.ingest.ParsedEvent;
import io.complaintstreams.ingest.ValidationException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MappedEventsTest {
    private static final Path MAPPINGS = Path.of("..", "config", "mappings");
    private final MappedEvents events = new MappedEvents();

    private static Map<String, String> dynamicsCase() {
        Map<String, String> row = new HashMap<>();
        row.put("Case Number", "CAS-1");
        row.put("Customer (Contact ID)", "CON-1");
        row.put("Status Reason", "Response Issued");
        row.put("Complaint Stage", "Stage 1");
        row.put("Modified On", "14/04/2025 16:30");
        row.put("Owner", "Priya Shah");
        row.put("Resolution", "partially upheld");
        row.put("Compensation (£)", "150.00");
        row.put("Extension (Working Days)", "");
        return row;
    }

    @Test
    void shouldMapADynamicsCaseRowByLabelsCodesAndUkLocalTime() throws Exception {
        ExportMapping mapping = ExportMapping.load(MAPPINGS.resolve("dynamics-365-cases.yml"));
        TableMapping cases = mapping.tableFor("incident-stage-history.csv").orElseThrow();
        ParsedEvent event = events.parse(cases, dynamicsCase());

        assertEquals(EventKind.COMPLAINT_EVENTS, event.kind());
        assertEquals("CAS-1", event.key());
        ComplaintEvent e = (ComplaintEvent) event.value();
        assertEquals("LL-DYN", e.getLandlordId());
        assertEquals(ComplaintEventType.RESPONDED, e.getType());
        assertEquals(1, e.getStage());
        assertEquals(Instant.parse("2025-04-14T15:30:00Z"), e.getOccurredAt());
        assertEquals(ComplaintOutcome.PARTLY_UPHELD, e.getOutcome());
        assertEquals(150.0, e.getRemedyAmount());
        assertEquals(null, e.getExtensionWorkingDays(), "an empty cell is absent");
        assertTrue(e.getEventId().startsWith("sha256:"));
    }

    @Test
    void shouldReadTheSameTableByItsDatabaseColumnNames() throws Exception {
        ExportMapping mapping = ExportMapping.load(MAPPINGS.resolve("dynamics-365-cases.yml"));
        TableMapping cases = mapping.tableFor("dynamics.dbo.incident").orElseThrow();
        Map<String, String> row = Map.of("ticketnumber", "CAS-1", "customerid", "CON-1", "statuscode", "100000004",
                "new_complaintstage", "100000001", "modifiedon", "2025-04-16T08:05:00Z");
        ComplaintEvent e = (ComplaintEvent) events.parse(cases, row).value();
        assertEquals(ComplaintEventType.ESCALATED, e.getType());
        assertEquals(2, e.getStage());
        assertEquals(Instant.parse("2025-04-16T08:05:00Z"), e.getOccurredAt());
    }

    @Test
    void shouldNameTheSourceColumnOfACodeTheMappingDoesNotList() throws Exception {
        TableMapping cases = ExportMapping.load(MAPPINGS.resolve("dynamics-365-cases.yml")).tableFor("incident.csv").orElseThrow();
        Map<String, String> row = dynamicsCase();
        row.put("Status Reason", "On Hold");
        ValidationException e = assertThrows(ValidationException.class, () -> events.parse(cases, row));
        assertEquals("Status Reason", e.field());
        assertTrue(e.reason().contains("\"On Hold\"") && e.reason().contains("'type'"), e.reason());
    }

    @Test
    void shouldNameTheSourceColumnWhenOurValidationRefusesAMappedValue() throws Exception {
        TableMapping complaints = ExportMapping.load(MAPPINGS.resolve("housing-system-complaints.yml"))
                .tableFor("complaints_export_2025-07.csv").orElseThrow();
        Map<String, String> row = new HashMap<>(Map.of("COMPLAINT_REF", "HC-1", "PERSON_REF", "P-1", "EVENT_CODE", "ESC",
                "STAGE", "S1", "EVENT_DATE", "45853.395833"));
        ValidationException wrongStage = assertThrows(ValidationException.class, () -> events.parse(complaints, row));
        assertEquals("STAGE", wrongStage.field());
        assertTrue(wrongStage.reason().contains("'stage'"), wrongStage.reason());

        row.remove("PERSON_REF");
        row.put("STAGE", "S2");
        ValidationException missing = assertThrows(ValidationException.class, () -> events.parse(complaints, row));
        assertEquals("PERSON_REF", missing.field());
        assertTrue(missing.reason().contains("is required"), missing.reason());
    }

    @Test
    void shouldMapEveryItemOfAListAndTenureWithAFallback() throws Exception {
        TableMapping complaints = ExportMapping.load(MAPPINGS.resolve("housing-system-complaints.yml"))
                .tableFor("complaints_export_2025-07.csv").orElseThrow();
        Map<String, String> row = Map.of("COMPLAINT_REF", "HC-1", "PERSON_REF", "P-1", "EVENT_CODE", "REC",
                "STAGE", "S1", "EVENT_DATE", "45810.375", "CATEGORY_CODES", "REP/DMP", "TENURE_TYPE", "SO");
        ComplaintEvent e = (ComplaintEvent) events.parse(complaints, row).value();
        assertEquals(List.of("repairs", "damp_mould"), e.getThemes());
        assertEquals(Tenure.LCHO, e.getTenure());
        Map<String, String> other = new HashMap<>(row);
        other.put("TENURE_TYPE", "TEMP");
        assertEquals(Tenure.LCRA, ((ComplaintEvent) events.parse(complaints, other).value()).getTenure());
    }

    @Test
    void shouldMapAContactChannelCodeAndAPlusZeroOffset() throws Exception {
        TableMapping contacts = ExportMapping.load(MAPPINGS.resolve("housing-system-complaints.yml"))
                .tableFor("contacts_export_2025-07.jsonl").orElseThrow();
        Map<String, String> row = Map.of("ContactRef", "CT-1", "PersonRef", "P-1", "ContactMethod", "TEL",
                "ContactDateTime", "2025-06-01T18:20:00+0000", "Notes", "Unhappy");
        Contact c = (Contact) events.parse(contacts, row).value();
        assertEquals(Channel.phone, c.getChannel());
        assertEquals(Instant.parse("2025-06-01T18:20:00Z"), c.getOccurredAt());
        assertEquals("LL-HMS", c.getLandlordId());
    }
}
