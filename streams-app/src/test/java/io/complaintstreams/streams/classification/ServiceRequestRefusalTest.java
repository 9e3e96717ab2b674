package io.complaintstreams.streams.classification;

import static io.complaintstreams.streams.classification.Events.NEUTRAL_REQUEST;
import static io.complaintstreams.streams.classification.Events.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import complaintstreams.events.ServiceRequest;
import complaintstreams.events.ServiceRequestStatus;
import complaintstreams.state.RequestLedgerFact;
import complaintstreams.state.ServiceRequestLedger;
import io.complaintstreams.schema.EventSerdes;
import io.complaintstreams.streams.ClockMode;
import io.complaintstreams.streams.guard.DeadLetterRecords;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/**
 * Status changes the service-request ledger refuses (newcomer findings 5 and 6): dead-lettered with a reason naming
 * the field, the ledger left as it was. Dates in April 2025.
 */
class ServiceRequestRefusalTest {
    private static final Instant APR_02 = Instant.parse("2025-04-02T10:00:00Z");
    private static final Instant APR_03 = Instant.parse("2025-04-03T10:00:00Z");

    @Test
    void shouldDeadLetterARequestIdAnotherLandlordHoldsAndKeepTheFirstLandlordsRequestOpen() {
        try (var h = SignalsHarness.start(ClockMode.WALL)) {
            var dead = deadLetters(h);
            h.send(request("r1", "SR-4", "R1", APR_02, ServiceRequestStatus.OPEN, NEUTRAL_REQUEST));
            ServiceRequest other = ServiceRequest.newBuilder(request("r2", "SR-4", "R9", APR_03, ServiceRequestStatus.COMPLETED,
                    NEUTRAL_REQUEST)).setLandlordId("LL-OTHER").build();
            h.send(other);

            List<TestRecord<String, byte[]>> refused = dead.readRecordsToList();
            assertEquals(1, refused.size());
            assertEquals("SR-4", refused.get(0).key());
            assertEquals(other, EventSerdes.SERVICE_REQUEST.decode(refused.get(0).value()), "the record itself, nothing lost");
            String reason = reason(refused.get(0));
            assertTrue(reason.startsWith("landlordId: service request SR-4 is already held by another landlord"), reason);
            ServiceRequestLedger ledger = ledger(h, "SR-4");
            assertEquals(List.of("sr:r1"), ledger.getFacts().stream().map(RequestLedgerFact::getFactId).toList());
            assertEquals("OPEN", ledger.getChasingStatus());
        }
    }

    @Test
    void shouldDeadLetterADueAtBeforeTheRequestWasOpenedAndAcceptALaterOne() {
        try (var h = SignalsHarness.start(ClockMode.WALL)) {
            var dead = deadLetters(h);
            h.send(ServiceRequest.newBuilder(request("r1", "SR-5", "R1", APR_02, ServiceRequestStatus.OPEN, NEUTRAL_REQUEST))
                    .setDueAt(Instant.parse("2020-01-01T00:00:00Z")).build());
            String reason = reason(dead.readRecord());
            assertTrue(reason.startsWith("dueAt: 2020-01-01T00:00:00Z is before service request SR-5 was opened"), reason);
            assertNull(ledger(h, "SR-5"), "nothing kept of the refused record");

            h.send(request("r2", "SR-5", "R1", APR_02, ServiceRequestStatus.OPEN, NEUTRAL_REQUEST));
            h.send(ServiceRequest.newBuilder(request("r3", "SR-5", "R1", APR_03, ServiceRequestStatus.IN_PROGRESS, NEUTRAL_REQUEST))
                    .setDueAt(APR_02.plusSeconds(3600)).build());
            assertTrue(dead.isEmpty(), "a dueAt on the day it was opened, sent on a later change, is a target");
            assertEquals(2, ledger(h, "SR-5").getFacts().size());
        }
    }

    private static org.apache.kafka.streams.TestOutputTopic<String, byte[]> deadLetters(SignalsHarness h) {
        return h.driver.createOutputTopic(SignalsHarness.TOPICS.deadLetter(), new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static String reason(TestRecord<String, byte[]> record) {
        return new String(record.headers().lastHeader(DeadLetterRecords.REASON).value(), StandardCharsets.UTF_8);
    }

    private static ServiceRequestLedger ledger(SignalsHarness h, String requestId) {
        return h.driver.<String, ServiceRequestLedger>getKeyValueStore(RequestLedgerTopology.STORE).get(requestId);
    }
}
