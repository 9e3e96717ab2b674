package io.complaintstreams.streams.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import complaintstreams.events.Channel;
import complaintstreams.events.ComplaintEvent;
import complaintstreams.events.ComplaintEventType;
import complaintstreams.events.Contact;
import complaintstreams.events.DeadlineState;
import complaintstreams.events.DeadlineStatus;
import complaintstreams.events.ServiceRequest;
import complaintstreams.events.ServiceRequestStatus;
import complaintstreams.events.Survey;
import complaintstreams.events.SurveyKind;
import io.complaintstreams.domain.validation.TimestampBounds;
import io.complaintstreams.schema.EventSerdes;
import io.complaintstreams.streams.ClockMode;
import io.complaintstreams.streams.ComplaintTopology;
import io.complaintstreams.streams.TestDrivers;
import io.complaintstreams.streams.TopologySettings;
import io.complaintstreams.testsupport.PoisonPills;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 sections 1 and 6 on the production topology: implausible timestamps and poison pills from producers we do
 * not control go to the dead-letter topic with their reason, the next good record is processed, stream time is not
 * moved, and no dead-letter record carries a timestamp the broker would refuse.
 */
class InputGuardTopologyTest {
    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final ByteArraySerializer BYTES = new ByteArraySerializer();

    private static TopologySettings settings(ClockMode mode) {
        return TopologySettings.defaults(TestDrivers.TOPICS).withClock(mode)
                .withInputGuard(new InputGuard(TimestampBounds.defaults(), CLOCK));
    }

    private static ComplaintEvent event(String complaintId, ComplaintEventType type, String at) {
        return ComplaintEvent.newBuilder().setEventId(complaintId + "-" + type + "-" + at).setComplaintId(complaintId)
                .setLandlordId("LL1").setResidentId("R-" + complaintId).setType(type).setStage(1)
                .setOccurredAt(Instant.parse(at)).setThemes(List.of()).build();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String header(Headers headers, String name) {
        var h = headers.lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static final class Harness implements AutoCloseable {
        final TopologyTestDriver driver;
        final TestOutputTopic<byte[], byte[]> deadLetters;
        final TestOutputTopic<String, DeadlineState> states;

        Harness(ClockMode mode) {
            // At-least-once here only: under exactly-once the driver's producer.clear() drops a dead letter sent while a
            // record is enqueued (decode time) before any commit; the real-broker InputGuardIT covers exactly-once.
            var props = TestDrivers.properties();
            props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
            driver = new TopologyTestDriver(ComplaintTopology.build(settings(mode)), props, TestDrivers.START);
            deadLetters = driver.createOutputTopic(TestDrivers.TOPICS.deadLetter(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
            states = driver.createOutputTopic(TestDrivers.TOPICS.deadlines.name(), new StringDeserializer(),
                    EventSerdes.DEADLINE_STATE.deserializer());
        }

        TestInputTopic<byte[], byte[]> raw(String topic) {
            return driver.createInputTopic(topic, BYTES, BYTES);
        }

        void pipeEvent(ComplaintEvent e) {
            raw(TestDrivers.TOPICS.complaintEvents.name()).pipeInput(new TestRecord<>(utf8(e.getComplaintId()),
                    EventSerdes.COMPLAINT_EVENT.encode(e), NOW.minusSeconds(60)));
        }

        /** The single dead-letter record now waiting: its reason, after checking the headers and timestamp. */
        String oneDeadLetter(String sourceTopic) {
            assertEquals(1, deadLetters.getQueueSize(), "one dead letter");
            var dead = deadLetters.readRecord();
            assertEquals(sourceTopic, header(dead.headers(), "__streams.errors.topic"));
            String exception = header(dead.headers(), "__streams.errors.exception");
            assertTrue(DEAD_LETTER_EXCEPTIONS.contains(exception), exception);
            assertTrue(TimestampBounds.defaults().isPlausible(dead.getRecordTime(), Instant.now()),
                    "dead letter stamped " + dead.getRecordTime());
            String reason = header(dead.headers(), "__streams.errors.message");
            assertEquals(reason, header(dead.headers(), "error-reason"));
            return reason;
        }

        @Override
        public void close() {
            driver.close();
        }
    }

    /** Exception classes a refused or undecodable input is dead-lettered with. */
    private static final List<String> DEAD_LETTER_EXCEPTIONS = List.of(RefusedInputException.class.getName(),
            org.apache.kafka.common.errors.SerializationException.class.getName());

    @Test
    void shouldDeadLetterA2099ReceivedAndProcessTheNextComplaint() {
        try (var h = new Harness(ClockMode.WALL)) {
            h.pipeEvent(event("FUTURE", ComplaintEventType.RECEIVED, "2099-01-05T10:00:00Z"));
            String reason = h.oneDeadLetter(TestDrivers.TOPICS.complaintEvents.name());
            assertTrue(reason.startsWith("occurredAt: too-far-future: 2099-01-05T10:00:00Z"), reason);
            assertTrue(h.states.isEmpty(), "nothing processed for the refused event");

            h.pipeEvent(event("C1", ComplaintEventType.RECEIVED, "2026-11-27T10:00:00Z"));
            DeadlineState state = h.states.readValue();
            assertEquals("C1", state.getComplaintId());
            assertTrue(h.deadLetters.isEmpty());
        }
    }

    @Test
    void shouldDeadLetterEventsDatedInTheYears1And1900And1969InsteadOfSkippingThem() {
        try (var h = new Harness(ClockMode.WALL)) {
            for (String at : List.of("0001-01-01T00:00:00Z", "1900-01-01T00:00:00Z", "1969-12-31T12:00:00Z")) {
                h.pipeEvent(event("OLD-" + at.substring(0, 4), ComplaintEventType.RECEIVED, at));
                String reason = h.oneDeadLetter(TestDrivers.TOPICS.complaintEvents.name());
                assertTrue(reason.startsWith("occurredAt: before-floor: " + Instant.parse(at)), reason);
            }
            assertTrue(h.states.isEmpty());
        }
    }

    @Test
    void shouldNotLetAFarFutureRecordMoveStreamTimeUnderTheEventClock() {
        try (var h = new Harness(ClockMode.EVENT)) {
            h.pipeEvent(event("C1", ComplaintEventType.RECEIVED, "2026-11-23T10:00:00Z"));
            assertEquals(DeadlineStatus.ON_TRACK, h.states.readValue().getStatus());
            h.pipeEvent(event("FUTURE", ComplaintEventType.RECEIVED, "2099-01-05T10:00:00Z"));
            h.oneDeadLetter(TestDrivers.TOPICS.complaintEvents.name());
            // A later normal event: had stream time jumped to 2099, C1 and C2 would be judged OVERDUE on that date.
            h.pipeEvent(event("C2", ComplaintEventType.RECEIVED, "2026-11-24T10:00:00Z"));
            h.driver.advanceWallClockTime(Duration.ofMinutes(5));
            List<DeadlineState> later = h.states.readValuesToList();
            assertTrue(later.stream().anyMatch(s -> s.getComplaintId().equals("C2")), later.toString());
            assertTrue(later.stream().noneMatch(s -> s.getStatus() == DeadlineStatus.OVERDUE), later.toString());
        }
    }

    @Test
    void shouldDeadLetterEveryPoisonPillOnEveryInputTopicAndProcessTheNextGoodRecord() {
        var topics = TestDrivers.TOPICS;
        Instant at = NOW.minus(Duration.ofDays(3));
        Instant future = NOW.plus(Duration.ofDays(1));
        record Input(String topic, byte[] key, Function<Instant, byte[]> value) {}
        List<Input> inputs = List.of(
                new Input(topics.contacts.name(), utf8("CT-1"), t -> EventSerdes.CONTACT.encode(Contact.newBuilder()
                        .setEventId("ct-" + t).setContactId("CT-1").setLandlordId("LL1").setResidentId("R1")
                        .setChannel(Channel.phone).setOccurredAt(t).setText("Still waiting for the boiler to be fixed, third week with no heating.").build())),
                new Input(topics.serviceRequests.name(), utf8("SR-1"), t -> EventSerdes.SERVICE_REQUEST.encode(ServiceRequest.newBuilder()
                        .setEventId("sr-" + t).setRequestId("SR-1").setLandlordId("LL1").setResidentId("R2").setOccurredAt(t)
                        .setStatus(ServiceRequestStatus.OPEN).setCategory("repairs").setText("Smoke alarm keeps chirping.").build())),
                new Input(topics.surveys.name(), utf8("SV-1"), t -> EventSerdes.SURVEY.encode(Survey.newBuilder()
                        .setEventId("sv-" + t).setSurveyId("SV-1").setLandlordId("LL1").setResidentId("R3").setOccurredAt(t)
                        .setKind(SurveyKind.TRANSACTIONAL).setScore(1).setComment("Left a mess and never came back.").build())),
                new Input(topics.complaintEvents.name(), utf8("C9"), t -> EventSerdes.COMPLAINT_EVENT.encode(
                        event("C9", ComplaintEventType.RECEIVED, t.toString()))));
        try (var h = new Harness(ClockMode.WALL)) {
            var signals = h.driver.createOutputTopic(topics.signals.name(), new StringDeserializer(), new ByteArrayDeserializer());
            for (Input input : inputs) {
                var topic = h.raw(input.topic());
                for (var pill : PoisonPills.from(input.key(), input.value().apply(at), input.value().apply(future))) {
                    topic.pipeInput(new TestRecord<>(pill.key(), pill.value(), NOW.minusSeconds(30)));
                    String reason = h.oneDeadLetter(input.topic());
                    assertTrue(reason.contains(pill.reason()), input.topic() + " " + pill.name() + ": " + reason);
                }
                topic.pipeInput(new TestRecord<>(input.key(), input.value().apply(at), NOW.minusSeconds(30)));
                assertTrue(h.deadLetters.isEmpty(), "the good record after the pills is not dead-lettered: " + input.topic());
            }
            assertEquals(3, signals.readRecordsToList().size(), "contact, service request and survey each classified");
            assertEquals("C9", h.states.readValue().getComplaintId());
        }
    }
}
