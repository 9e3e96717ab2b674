package io.complaintstreams.streams.aggregation;

import complaintstreams.events.ComplaintEvent;
import complaintstreams.events.ComplaintEventType;
import complaintstreams.events.ComplaintOutcome;
import complaintstreams.events.ServiceRequest;
import complaintstreams.events.ServiceRequestStatus;
import complaintstreams.events.Signal;
import complaintstreams.events.SignalAction;
import complaintstreams.events.SignalSource;
import complaintstreams.events.Survey;
import complaintstreams.events.SurveyKind;
import complaintstreams.state.CounterSet;
import io.complaintstreams.schema.EventSerdes;
import io.complaintstreams.streams.ComplaintTopology;
import io.complaintstreams.streams.TopologyPart;
import io.complaintstreams.streams.deadline.CodeComplaintClock;
import io.complaintstreams.streams.deadline.DeadlineClockPart;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.Consumed;
import io.complaintstreams.streams.TestDrivers;
import io.complaintstreams.streams.TopologySettings;
import io.complaintstreams.topics.Topic;
import java.time.Instant;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;

/** The aggregation part and the ledger on a TopologyTestDriver, with event builders; records are stamped with their occurredAt. */
final class AggregationDriver implements AutoCloseable {
    static final String LANDLORD = "L1";
    final TopologyTestDriver driver;

    /** Signals are made upstream by classification; here the test hands them in on this topic. */
    static final String TEST_SIGNALS = "test.signals";

    /**
     * The complaint ledger (which feeds the complaints' share) and the aggregation part, with signals from
     * {@link #TEST_SIGNALS} standing in for the ones classification makes in the production topology.
     */
    AggregationDriver() {
        TopologySettings settings = TopologySettings.defaults(TestDrivers.TOPICS);
        AggregationPart aggregation = new AggregationPart();
        TopologyPart signals = (builder, inputs, s) -> inputs.derived().signals(builder.stream(TEST_SIGNALS,
                Consumed.with(Serdes.String(), EventSerdes.SIGNAL).withName("test-source-signals")));
        driver = TestDrivers.driver(ComplaintTopology.build(settings,
                List.of(signals, aggregation, new DeadlineClockPart(CodeComplaintClock.factory(), aggregation.ledgerListener()))));
    }

    KeyValueStore<String, CounterSet> monthly() {
        return driver.getKeyValueStore(AggregationPart.MONTHLY_STORE);
    }

    KeyValueStore<String, CounterSet> weekly() {
        return driver.getKeyValueStore(AggregationPart.WEEKLY_STORE);
    }

    StatsQuery query() {
        return new StatsQuery(monthly(), weekly());
    }

    long month(String month, String counter) {
        return count(monthly(), Periods.key(month, LANDLORD), counter);
    }

    long week(String week, String counter) {
        return count(weekly(), Periods.key(week, LANDLORD), counter);
    }

    private static long count(KeyValueStore<String, CounterSet> store, String key, String counter) {
        return CounterSets.toMap(store.get(key)).getOrDefault(counter, 0L);
    }

    void complaint(String eventId, String complaintId, ComplaintEventType type, int stage, String occurredAt) {
        complaint(builder(eventId, complaintId, type, stage, occurredAt).build());
    }

    void complaint(ComplaintEvent event) {
        pipe(TestDrivers.TOPICS.complaintEvents, event.getComplaintId(), event, event.getOccurredAt());
    }

    static ComplaintEvent.Builder builder(String eventId, String complaintId, ComplaintEventType type, int stage, String occurredAt) {
        return ComplaintEvent.newBuilder().setEventId(eventId).setComplaintId(complaintId).setLandlordId(LANDLORD)
                .setResidentId("R-" + complaintId).setType(type).setStage(stage).setOccurredAt(Instant.parse(occurredAt));
    }

    static ComplaintEvent responded(String eventId, String complaintId, int stage, String occurredAt, ComplaintOutcome outcome,
                                    Double remedy) {
        return builder(eventId, complaintId, ComplaintEventType.RESPONDED, stage, occurredAt).setOutcome(outcome)
                .setRemedyAmount(remedy).build();
    }

    void signal(String signalId, String landlordId, SignalSource source, String sourceId, String occurredAt, boolean dissatisfied,
                SignalAction action, List<String> themes, String serviceRequestId) {
        Signal s = Signal.newBuilder().setSignalId(signalId).setLandlordId(landlordId).setResidentId("R1").setSource(source)
                .setSourceId(sourceId).setOccurredAt(Instant.parse(occurredAt)).setDissatisfied(dissatisfied).setAction(action)
                .setThemes(themes).setConfidence(0.9).setReasons(List.of()).setServiceRequestId(serviceRequestId).build();
        driver.createInputTopic(TEST_SIGNALS, Serdes.String().serializer(), EventSerdes.SIGNAL.serializer())
                .pipeInput("R1", s, s.getOccurredAt());
    }

    void survey(String eventId, String surveyId, String occurredAt, int score, String serviceRequestId, String complaintId) {
        Survey s = Survey.newBuilder().setEventId(eventId).setSurveyId(surveyId).setLandlordId(LANDLORD).setResidentId("R1")
                .setOccurredAt(Instant.parse(occurredAt)).setKind(SurveyKind.TRANSACTIONAL).setScore(score)
                .setServiceRequestId(serviceRequestId).setComplaintId(complaintId).build();
        pipe(TestDrivers.TOPICS.surveys, surveyId, s, s.getOccurredAt());
    }

    void serviceRequest(String eventId, String requestId, String occurredAt, ServiceRequestStatus status) {
        ServiceRequest r = ServiceRequest.newBuilder().setEventId(eventId).setRequestId(requestId).setLandlordId(LANDLORD)
                .setResidentId("R1").setOccurredAt(Instant.parse(occurredAt)).setStatus(status).setCategory("repairs").build();
        pipe(TestDrivers.TOPICS.serviceRequests, requestId, r, r.getOccurredAt());
    }

    private <V extends SpecificRecord> void pipe(Topic<V> topic, String key, V value, Instant timestamp) {
        driver.createInputTopic(topic.name(), topic.keySerde().serializer(), topic.valueSerde().serializer())
                .pipeInput(key, value, timestamp);
    }

    @Override
    public void close() {
        driver.close();
    }
}
