package io.complaintstreams.streams.ombudsman;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import complaintstreams.events.AlertKind;
import complaintstreams.events.ComplaintEvent;
import complaintstreams.events.ComplaintEventType;
import complaintstreams.events.DeadlineAlert;
import complaintstreams.events.OmbudsmanEvent;
import complaintstreams.events.OmbudsmanEventType;
import complaintstreams.events.OmbudsmanFinding;
import complaintstreams.events.OmbudsmanFindingKind;
import complaintstreams.state.OmbudsmanCaseEntry;
import io.complaintstreams.schema.EventSerdes;
import io.complaintstreams.streams.ClockMode;
import io.complaintstreams.streams.ComplaintTopology;
import io.complaintstreams.streams.TestDrivers;
import io.complaintstreams.streams.TopologySettings;
import io.complaintstreams.streams.deadline.CodeComplaintClock;
import io.complaintstreams.streams.deadline.DeadlineClockPart;
import io.complaintstreams.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/** Issue 15 item 4: Ombudsman orders alert before and when their due date passes, each (order, kind) once. */
class OmbudsmanPartTest {
    private static final Topics TOPICS = TestDrivers.TOPICS;

    private static final class Driver implements AutoCloseable {
        final TopologyTestDriver driver;
        final TestInputTopic<String, ComplaintEvent> complaints;
        final TestInputTopic<String, OmbudsmanEvent> cases;
        final TestOutputTopic<String, DeadlineAlert> alerts;
        private Instant now = TestDrivers.START;

        Driver() {
            TopologySettings settings = TopologySettings.defaults(TOPICS).withClock(ClockMode.WALL);
            driver = TestDrivers.driver(ComplaintTopology.build(settings,
                    List.of(new DeadlineClockPart(CodeComplaintClock.factory()), new OmbudsmanPart())));
            complaints = driver.createInputTopic(TOPICS.complaintEvents.name(), new StringSerializer(),
                    EventSerdes.COMPLAINT_EVENT.serializer());
            cases = driver.createInputTopic(TOPICS.ombudsmanCases.name(), new StringSerializer(), EventSerdes.OMBUDSMAN_EVENT.serializer());
            alerts = driver.createOutputTopic(TOPICS.alerts.name(), new StringDeserializer(), EventSerdes.DEADLINE_ALERT.deserializer());
        }

        void pipe(OmbudsmanEvent e) {
            cases.pipeInput(new TestRecord<>(e.getComplaintId(), e, e.getOccurredAt()));
        }

        /** Wall clock to 09:00 UTC on the date (fires the punctuation). */
        void wallClockAt(String isoDate) {
            Instant target = Instant.parse(isoDate + "T09:00:00Z");
            driver.advanceWallClockTime(Duration.between(now, target));
            now = target;
        }

        @Override
        public void close() {
            driver.close();
        }
    }

    static OmbudsmanEvent.Builder event(String id, OmbudsmanEventType type, String instant) {
        return OmbudsmanEvent.newBuilder().setEventId(id).setCaseId("HOS-1").setComplaintId("C1").setLandlordId("LL1")
                .setResidentId("R1").setType(type).setOccurredAt(Instant.parse(instant)).setFindings(List.of());
    }

    static OmbudsmanEvent order(String id, String orderId, String due) {
        return event(id, OmbudsmanEventType.ORDER_MADE, "2025-04-01T07:00:00Z").setOrderId(orderId)
                .setOrder("apologise in writing").setOrderDueOn(LocalDate.parse(due)).build();
    }

    private static String header(TestRecord<String, DeadlineAlert> r) {
        return new String(r.headers().lastHeader(Topics.ALERT_KIND_HEADER).value(), StandardCharsets.UTF_8);
    }

    @Test
    void shouldAlertOrderDueSoonFiveWorkingDaysAheadThenOverdueAfterItsDueDateOnceEachWhenNoEventArrives() {
        try (Driver d = new Driver()) {
            d.complaints.pipeInput(new TestRecord<>("C1", ComplaintEvent.newBuilder().setEventId("r1").setComplaintId("C1")
                    .setLandlordId("LL1").setResidentId("R1").setType(ComplaintEventType.RECEIVED).setStage(1)
                    .setOccurredAt(Instant.parse("2025-01-06T10:00:00Z")).setThemes(List.of()).build()));
            d.pipe(event("o0", OmbudsmanEventType.DETERMINED, "2025-04-01T06:00:00Z")
                    .setFindings(List.of(new OmbudsmanFinding(OmbudsmanFindingKind.MALADMINISTRATION, "repairs"))).build());
            // due Friday 2 May 2025: 5 working days before is Friday 25 April (5 May is a bank holiday, after it)
            d.pipe(order("o1", "ORD-1", "2025-05-02"));
            d.wallClockAt("2025-04-24");
            assertTrue(d.alerts.readRecordsToList().stream().noneMatch(r -> r.value().getAlertKind() != null),
                    "6 working days ahead: not yet");
            d.wallClockAt("2025-04-25");
            var soon = d.alerts.readRecordsToList();
            assertEquals(1, soon.size());
            DeadlineAlert alert = soon.get(0).value();
            assertEquals("OMBUDSMAN_ORDER_DUE_SOON", header(soon.get(0)));
            assertEquals("OMBUDSMAN_ORDER_DUE_SOON", alert.getAlertKind());
            assertEquals(AlertKind.RESPONSE_DUE_SOON, alert.getKind(), "nearest v1 kind for readers of schema v1");
            assertEquals("C1:ombudsman:ORD-1:OMBUDSMAN_ORDER_DUE_SOON", alert.getAlertId());
            assertEquals("C1", soon.get(0).key());
            assertEquals(0, alert.getStage());
            assertEquals(LocalDate.parse("2025-05-02"), alert.getDueOn());
            assertEquals("R1", alert.getResidentId(), "from the complaint's ledger");
            assertEquals("ORD-1", alert.getOrderId());
            assertEquals("HOS-1", alert.getCaseId());
            d.wallClockAt("2025-05-02");
            assertTrue(d.alerts.isEmpty(), "due soon raised once");
            d.wallClockAt("2025-05-06");
            var overdue = d.alerts.readRecordsToList();
            assertEquals(List.of("OMBUDSMAN_ORDER_OVERDUE"), overdue.stream().map(OmbudsmanPartTest::header).toList());
            assertEquals(AlertKind.RESPONSE_OVERDUE, overdue.get(0).value().getKind());
            d.pipe(event("o9", OmbudsmanEventType.REFERRED, "2025-05-06T08:00:00Z").build());
            d.wallClockAt("2025-05-20");
            assertTrue(d.alerts.isEmpty(), "overdue raised once, also after a new event and later punctuations");
            OmbudsmanCaseEntry entry = d.driver.<String, OmbudsmanCaseEntry>getKeyValueStore(OmbudsmanPart.CASES_STORE).get("C1");
            assertEquals(List.of("ORD-1:OMBUDSMAN_ORDER_DUE_SOON", "ORD-1:OMBUDSMAN_ORDER_OVERDUE"), entry.getAlerted());
            assertTrue(entry.getFacts().stream().allMatch(f -> f.getResidentId() == null), "the case entry keeps no resident id");
        }
    }

    @Test
    void shouldNotAlertAnOrderCompletedBeforeItsDueDate() {
        try (Driver d = new Driver()) {
            d.pipe(order("o1", "ORD-1", "2025-05-02"));
            d.pipe(event("o2", OmbudsmanEventType.ORDER_COMPLETED, "2025-04-10T10:00:00Z").setOrderId("ORD-1").build());
            d.pipe(order("o1", "ORD-1", "2025-05-02")); // a repeat changes nothing
            d.wallClockAt("2025-04-28");
            d.wallClockAt("2025-05-07");
            assertTrue(d.alerts.isEmpty());
            assertNull(d.driver.<String, String>getKeyValueStore(OmbudsmanPart.INDEX_STORE).get("2025-04-25|C1"));
        }
    }
}
