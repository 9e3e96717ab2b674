package io.complaintstreams.streams.deadline;

import complaintstreams.events.ComplaintEvent;
import complaintstreams.events.ComplaintEventType;
import complaintstreams.events.DeadlineAlert;
import complaintstreams.events.DeadlineState;
import complaintstreams.state.ComplaintLedger;
import io.complaintstreams.schema.EventSerdes;
import io.complaintstreams.streams.ClockMode;
import io.complaintstreams.streams.ComplaintTopology;
import io.complaintstreams.streams.TestDrivers;
import io.complaintstreams.streams.TopologySettings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;

/** The production deadline part on a TopologyTestDriver, with helpers to build and pipe complaint events. */
final class DeadlineDriver implements AutoCloseable {
    final TopologyTestDriver driver;
    final TestInputTopic<String, ComplaintEvent> events;
    final TestOutputTopic<String, DeadlineState> states;
    final TestOutputTopic<String, DeadlineAlert> alerts;
    final TestOutputTopic<String, ComplaintEvent> deadLetters;
    private int sequence;

    DeadlineDriver(ClockMode mode) {
        this(mode, StartupHistory.none());
    }

    /** With the complaint events the instance found waiting at start-up (offsets of this driver's one partition). */
    DeadlineDriver(ClockMode mode, StartupHistory history) {
        var topics = TestDrivers.TOPICS;
        TopologySettings settings = TopologySettings.defaults(topics).withClock(mode);
        driver = TestDrivers.driver(ComplaintTopology.build(settings,
                List.of(new DeadlineClockPart(CodeComplaintClock.factory(), LedgerListener.none(), history))));
        events = driver.createInputTopic(topics.complaintEvents.name(), new StringSerializer(), EventSerdes.COMPLAINT_EVENT.serializer());
        states = driver.createOutputTopic(topics.deadlines.name(), new StringDeserializer(), EventSerdes.DEADLINE_STATE.deserializer());
        alerts = driver.createOutputTopic(topics.alerts.name(), new StringDeserializer(), EventSerdes.DEADLINE_ALERT.deserializer());
        deadLetters = driver.createOutputTopic(topics.deadLetter(), new StringDeserializer(), EventSerdes.COMPLAINT_EVENT.deserializer());
    }

    static ComplaintEvent.Builder event(String complaintId, ComplaintEventType type, int stage, String instant) {
        return ComplaintEvent.newBuilder().setEventId(complaintId + "-" + type + "-" + stage + "-" + instant)
                .setComplaintId(complaintId).setLandlordId("LL1").setResidentId("R-" + complaintId).setType(type)
                .setStage(stage).setOccurredAt(Instant.parse(instant)).setThemes(List.of());
    }

    void pipe(ComplaintEvent.Builder event) {
        pipe(event.build());
    }

    void pipe(ComplaintEvent event) {
        events.pipeInput(new TestRecord<>(event.getComplaintId(), event, event.getOccurredAt()));
    }

    private long driverNow() {
        // the driver's mock wall clock starts at TestDrivers.START and only moves when advanced
        return TestDrivers.START.toEpochMilli() + advancedMs;
    }

    private long advancedMs;

    void advance(Duration d) {
        advancedMs += d.toMillis();
        driver.advanceWallClockTime(d);
    }

    /** Moves the wall clock to 09:00 UTC on the given date, firing the punctuator. */
    void wallClockAt(String isoDate) {
        Instant target = Instant.parse(isoDate + "T09:00:00Z");
        advance(Duration.between(Instant.ofEpochMilli(driverNow()), target));
    }

    /** The complaints' current states, as kept in the ledger. */
    StateView stateStore() {
        KeyValueStore<String, ComplaintLedger> ledger = driver.getKeyValueStore(DeadlineClockPart.LEDGER_STORE);
        return complaintId -> {
            ComplaintLedger entry = ledger.get(complaintId);
            return entry == null ? null : entry.getState();
        };
    }

    interface StateView {
        DeadlineState get(String complaintId);
    }

    List<String> alertKinds() {
        return alerts.readValuesToList().stream().map(a -> a.getStage() + ":" + a.getKind()).toList();
    }

    String nextEventId() {
        return "e" + (++sequence);
    }

    @Override
    public void close() {
        driver.close();
    }
}
