package io.complaintstreams.streams.classification;

import static io.complaintstreams.streams.classification.Events.*;
import static org.junit.jupiter.api.Assertions.*;

import complaintstreams.events.ServiceRequestStatus;
import complaintstreams.events.Signal;
import complaintstreams.events.SignalAction;
import complaintstreams.state.RequestLedgerFact;
import complaintstreams.state.ServiceRequestLedger;
import io.complaintstreams.schema.StateSerdes;
import io.complaintstreams.streams.ComplaintTopology;
import io.complaintstreams.streams.TestDrivers;
import io.complaintstreams.streams.TopologySettings;
import io.complaintstreams.streams.aggregation.AggregationPart;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/**
 * The one service-request ledger in the production topology: a request's status changes, the contacts naming it and
 * its links are de-duplicated, classified and counted in one entry, which holds no resident id and no text.
 * Dates in April and May 2025.
 */
class ServiceRequestLedgerTest {
    private static final Instant APR_02 = Instant.parse("2025-04-02T10:00:00Z");
    private static final Instant MAY_06 = Instant.parse("2025-05-06T10:00:00Z");

    @Test
    void shouldKeepOneEntryPerRequestAndDropARepeatedStatusChangeAndContactSentTwiceInApril() {
        try (var h = SignalsHarness.start(io.complaintstreams.streams.ClockMode.WALL)) {
            var open = request("r1", "SR1", "R-SECRET", APR_02, ServiceRequestStatus.OPEN, NEUTRAL_REQUEST);
            var contact = contact("k1", "R-SECRET", APR_02.plusSeconds(3600), NEUTRAL_CONTACT, "SR1");
            h.send(open);
            h.send(contact);
            h.send(open);
            h.send(contact);

            List<Signal> signals = h.signals.readValuesToList();
            assertEquals(List.of("r1@service_request:SR1", "k1@contact:C-k1"), signals.stream().map(Signal::getSignalId).toList(), "each record classified once");
            ServiceRequestLedger ledger = h.driver.<String, ServiceRequestLedger>getKeyValueStore(RequestLedgerTopology.STORE).get("SR1");
            assertEquals(List.of("sr:r1", "contact:k1"), ledger.getFacts().stream().map(RequestLedgerFact::getFactId).toList());
            assertEquals("OPEN", ledger.getChasingStatus());
            assertEquals(1, ledger.getChasingContacts().size());
            String stored = new String(StateSerdes.SERVICE_REQUEST_LEDGER.serializer().serialize("t", ledger), StandardCharsets.ISO_8859_1);
            assertFalse(stored.contains("R-SECRET"), "no resident id in the ledger");
            assertFalse(stored.contains("plumber"), "no text in the ledger");
        }
    }

    @Test
    void shouldCountADissatisfiedStatusNoteInMayAsTheRequestBecomingAComplaintOnceWhenRepeated() {
        var topics = TestDrivers.TOPICS;
        try (TopologyTestDriver driver = TestDrivers.driver(ComplaintTopology.build(TopologySettings.defaults(topics)))) {
            var requests = driver.createInputTopic(topics.serviceRequests.name(), topics.serviceRequests.keySerde().serializer(),
                    topics.serviceRequests.valueSerde().serializer());
            var signals = driver.createOutputTopic(topics.signals.name(), topics.signals.keySerde().deserializer(),
                    topics.signals.valueSerde().deserializer());
            var opened = request("r1", "SR1", "R1", APR_02, ServiceRequestStatus.OPEN, NEUTRAL_REQUEST);
            var note = request("r2", "SR1", "R1", MAY_06, ServiceRequestStatus.IN_PROGRESS, DISSATISFIED_REQUEST_NOTE);
            for (var r : List.of(opened, note, note)) {
                requests.pipeInput(new TestRecord<>(r.getRequestId(), r, r.getOccurredAt()));
            }

            List<Signal> out = signals.readValuesToList();
            assertEquals(2, out.size());
            assertEquals(SignalAction.RAISE_COMPLAINT, out.get(1).getAction());
            ServiceRequestLedger ledger = driver.<String, ServiceRequestLedger>getKeyValueStore(RequestLedgerTopology.STORE).get("SR1");
            assertEquals(List.of("sr:r1", "sr:r2", "signal:r2@service_request:SR1"), ledger.getFacts().stream().map(RequestLedgerFact::getFactId).toList());
            assertTrue(ledger.getFacts().get(2).getLink());
            assertEquals(java.util.Set.of("2025-04|L1", "2025-W14|L1", "2025-05|L1", "2025-W19|L1"), ledger.getContributions().keySet(),
                    "opened in April (week 14), became a complaint in May (week 19)");
            var monthly = driver.<String, complaintstreams.state.CounterSet>getKeyValueStore(AggregationPart.MONTHLY_STORE);
            var stats = new io.complaintstreams.streams.aggregation.StatsQuery(monthly,
                    driver.getKeyValueStore(AggregationPart.WEEKLY_STORE)).monthly("2025-04", "2025-05", "L1").periods();
            assertEquals(1L, stats.get(0).counters().get("serviceRequests.opened"));
            assertEquals(0L, stats.get(0).counters().getOrDefault("serviceRequests.becameComplaint", 0L));
            assertEquals(1L, stats.get(1).counters().get("serviceRequests.becameComplaint"), "the repeated note counts once");
        }
    }
}
