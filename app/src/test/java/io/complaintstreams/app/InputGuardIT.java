package io.complaintstreams.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import complaintstreams.events.Channel;
import complaintstreams.events.ComplaintEvent;
import complaintstreams.events.ComplaintEventType;
import complaintstreams.events.Contact;
import complaintstreams.events.ServiceRequest;
import complaintstreams.events.ServiceRequestStatus;
import complaintstreams.events.Survey;
import complaintstreams.events.SurveyKind;
import io.complaintstreams.domain.validation.TimestampBounds;
import io.complaintstreams.schema.EventSerdes;
import io.complaintstreams.testsupport.PoisonPills;
import io.complaintstreams.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 on the real broker and the real app: poison pills on every input topic, written by a raw producer (wrong
 * magic byte, unknown fingerprint, truncated datum, future timestamp, null key, null value), each go to the
 * dead-letter topic with their reason and the next good record is processed; a complaint event dated 2099 among
 * normal ones posted over HTTP is dead-lettered, the normal ones are processed and answer, and /health never said
 * DOWN while the topology was processing.
 */
@Timeout(480)
class InputGuardIT {
    @TempDir
    Path dataDir;

    private record Input(String topic, byte[] key, Function<Instant, byte[]> value) {}

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String header(ConsumerRecord<String, byte[]> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static ComplaintEvent received(String complaintId, Instant at) {
        return ComplaintEvent.newBuilder().setEventId("ev-" + complaintId).setComplaintId(complaintId).setLandlordId("LL1")
                .setResidentId("R-" + complaintId).setType(ComplaintEventType.RECEIVED).setStage(1).setOccurredAt(at)
                .setThemes(List.of()).build();
    }

    private static String receivedJson(String complaintId, Instant at) {
        return "{\"complaintId\":\"" + complaintId + "\",\"landlordId\":\"LL1\",\"residentId\":\"R-" + complaintId
                + "\",\"type\":\"RECEIVED\",\"stage\":1,\"occurredAt\":\"" + at + "\"}";
    }

    @Test
    void shouldDeadLetterEveryPoisonPillAndAFutureDatedEventAndKeepProcessingAndHealthHonest() throws Exception {
        Instant at = Instant.now().minus(Duration.ofDays(2));
        Instant future = Instant.parse("2099-01-05T10:00:00Z");
        List<Input> inputs = List.of(
                new Input(Topics.CONTACTS, utf8("CT-1"), t -> EventSerdes.CONTACT.encode(Contact.newBuilder()
                        .setEventId("ct-" + t).setContactId("CT-1").setLandlordId("LL1").setResidentId("R1")
                        .setChannel(Channel.phone).setOccurredAt(t).setText("Still waiting for the boiler repair, third week with no heating.").build())),
                new Input(Topics.SERVICE_REQUESTS, utf8("SR-1"), t -> EventSerdes.SERVICE_REQUEST.encode(ServiceRequest.newBuilder()
                        .setEventId("sr-" + t).setRequestId("SR-1").setLandlordId("LL1").setResidentId("R2").setOccurredAt(t)
                        .setStatus(ServiceRequestStatus.OPEN).setCategory("repairs").setText("Smoke alarm keeps chirping.").build())),
                new Input(Topics.SURVEYS, utf8("SV-1"), t -> EventSerdes.SURVEY.encode(Survey.newBuilder()
                        .setEventId("sv-" + t).setSurveyId("SV-1").setLandlordId("LL1").setResidentId("R3").setOccurredAt(t)
                        .setKind(SurveyKind.TRANSACTIONAL).setScore(1).setComment("Left a mess and never came back.").build())),
                new Input(Topics.COMPLAINT_EVENTS, utf8("C-RAW"), t -> EventSerdes.COMPLAINT_EVENT.encode(received("C-RAW", t))));

        try (RunningApp running = RunningApp.start(dataDir, Map.of())) {
            running.awaitHealthy(Duration.ofSeconds(120));
            List<Integer> health = Collections.synchronizedList(new ArrayList<>());
            var prober = Executors.newSingleThreadScheduledExecutor();
            prober.scheduleWithFixedDelay(() -> {
                try {
                    health.add(running.get("/health").statusCode());
                } catch (Exception e) {
                    health.add(-1);
                }
            }, 0, 500, TimeUnit.MILLISECONDS);
            try {
                assertEquals(202, running.post("/api/v1/events/complaint-events", receivedJson("C-HTTP-1", at)).statusCode());
                Properties p = new Properties();
                p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, running.app.kafkaAddress());
                try (var producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
                    // The future-dated event among normal ones (HTTP refuses it at the door: a raw producer writes it).
                    producer.send(new ProducerRecord<>(Topics.COMPLAINT_EVENTS, utf8("C-2099"),
                            EventSerdes.COMPLAINT_EVENT.encode(received("C-2099", future)))).get();
                    for (Input input : inputs) {
                        for (var pill : PoisonPills.from(input.key(), input.value().apply(at), input.value().apply(future))) {
                            producer.send(new ProducerRecord<>(input.topic(), pill.key(), pill.value())).get();
                        }
                        producer.send(new ProducerRecord<>(input.topic(), input.key(), input.value().apply(at))).get();
                    }
                }
                assertEquals(202, running.post("/api/v1/events/complaint-events", receivedJson("C-HTTP-2", at)).statusCode());

                int expected = 1 + 6 * inputs.size();
                var dead = running.awaitRecords(Topics.DEAD_LETTER, expected, Duration.ofSeconds(120));
                assertEquals(expected, dead.size(), "the 2099 event and six pills per input topic");
                for (Input input : inputs) {
                    for (var pill : PoisonPills.from(input.key(), input.value().apply(at), input.value().apply(future))) {
                        assertTrue(dead.stream().anyMatch(r -> input.topic().equals(header(r, "__streams.errors.topic"))
                                        && String.valueOf(header(r, "__streams.errors.message")).contains(pill.reason())),
                                input.topic() + " " + pill.name() + " dead-lettered with '" + pill.reason() + "'");
                    }
                }
                var the2099 = dead.stream().filter(r -> "C-2099".equals(r.key())).toList();
                assertEquals(1, the2099.size());
                assertTrue(header(the2099.get(0), "__streams.errors.message").startsWith("occurredAt: too-far-future: 2099-01-05T10:00:00Z"),
                        header(the2099.get(0), "__streams.errors.message"));
                for (var r : dead) {
                    assertTrue(TimestampBounds.defaults().isPlausible(Instant.ofEpochMilli(r.timestamp()), Instant.now()),
                            "dead letter stamped " + r.timestamp());
                }

                for (String id : List.of("C-HTTP-1", "C-RAW", "C-HTTP-2")) {
                    io.complaintstreams.testsupport.Poll.until(Duration.ofSeconds(90), () -> status(running, "/api/v1/complaints/" + id) == 200,
                            id + " processed and answered");
                }
                assertEquals(404, running.get("/api/v1/complaints/C-2099").statusCode());
                var signals = running.awaitRecords(Topics.SIGNALS, 3, Duration.ofSeconds(60));
                assertTrue(signals.size() >= 3, "the good contact, service request and survey classified: " + signals.size());
                running.awaitHealthy(Duration.ofSeconds(30));
                // keep probing a little after the work, however fast it went, so "throughout" covers the processing
                io.complaintstreams.testsupport.Poll.until(Duration.ofSeconds(30), () -> health.size() > 5, "six health probes");
            } finally {
                prober.shutdownNow();
                prober.awaitTermination(10, TimeUnit.SECONDS);
            }
            assertTrue(health.size() > 5, "health probed throughout: " + health.size());
            assertTrue(health.stream().allMatch(s -> s == 200), "/health UP while the topology processed: " + health);
        }
    }

    private static int status(RunningApp app, String path) {
        try {
            return app.get(path).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }
}
