package io.complaintstreams.streams.classification;

import complaintstreams.events.ComplaintEvent;
import complaintstreams.events.Contact;
import complaintstreams.events.DeadlineAlert;
import complaintstreams.events.ServiceRequest;
import complaintstreams.events.Signal;
import complaintstreams.events.Survey;
import io.complaintstreams.classifier.Classifier;
import io.complaintstreams.domain.calendar.WorkingDayCalendar;
import io.complaintstreams.streams.ClockMode;
import io.complaintstreams.streams.ComplaintTopology;
import io.complaintstreams.streams.TestDrivers;
import io.complaintstreams.streams.TopologySettings;
import io.complaintstreams.topics.Topic;
import io.complaintstreams.topics.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;

/** A TopologyTestDriver running only the classification part, with typed input and output topics. */
final class SignalsHarness implements AutoCloseable {
    static final Topics TOPICS = TestDrivers.TOPICS;

    final TopologyTestDriver driver;
    final TestInputTopic<String, Contact> contacts;
    final TestInputTopic<String, ServiceRequest> requests;
    final TestInputTopic<String, Survey> surveys;
    final TestInputTopic<String, ComplaintEvent> complaints;
    final TestOutputTopic<String, Signal> signals;
    final TestOutputTopic<String, DeadlineAlert> alerts;
    final TestInputTopic<String, complaintstreams.events.AlertResolution> resolutions;
    private Instant wallClock = TestDrivers.START;

    private SignalsHarness(Topology topology) {
        driver = TestDrivers.driver(topology);
        contacts = input(TOPICS.contacts);
        requests = input(TOPICS.serviceRequests);
        surveys = input(TOPICS.surveys);
        complaints = input(TOPICS.complaintEvents);
        signals = output(TOPICS.signals);
        alerts = output(TOPICS.alerts);
        resolutions = input(TOPICS.alertResolutions);
    }

    /** The officers' grouped items of a resident, or null. */
    complaintstreams.state.UnloggedItems items(String residentId) {
        return driver.<String, complaintstreams.state.UnloggedItems>getKeyValueStore(ClassificationPart.UNLOGGED_ITEMS_STORE)
                .get(residentId);
    }

    static Topology topology(ClockMode clock) {
        TopologySettings settings = TopologySettings.defaults(TOPICS).withClock(clock);
        return ComplaintTopology.build(settings,
                List.of(new ClassificationPart(Classifier::defaultModel, WorkingDayCalendar.englandAndWales())));
    }

    static SignalsHarness start(ClockMode clock) {
        return new SignalsHarness(topology(clock));
    }

    void send(Contact c) {
        contacts.pipeInput(new TestRecord<>(c.getContactId(), c, c.getOccurredAt()));
    }

    void send(ServiceRequest r) {
        requests.pipeInput(new TestRecord<>(r.getRequestId(), r, r.getOccurredAt()));
    }

    void send(Survey s) {
        surveys.pipeInput(new TestRecord<>(s.getSurveyId(), s, s.getOccurredAt()));
    }

    void send(ComplaintEvent e) {
        complaints.pipeInput(new TestRecord<>(e.getComplaintId(), e, e.getOccurredAt()));
    }

    /** Moves the driver's wall clock forward to {@code to}, firing wall-clock punctuators once. */
    void advanceWallClockTo(Instant to) {
        driver.advanceWallClockTime(Duration.between(wallClock, to));
        wallClock = to;
    }

    private <V extends SpecificRecord> TestInputTopic<String, V> input(Topic<V> topic) {
        return driver.createInputTopic(topic.name(), topic.keySerde().serializer(), topic.valueSerde().serializer());
    }

    private <V extends SpecificRecord> TestOutputTopic<String, V> output(Topic<V> topic) {
        return driver.createOutputTopic(topic.name(), topic.keySerde().deserializer(), topic.valueSerde().deserializer());
    }

    @Override
    public void close() {
        driver.close();
    }
}
