package io.complaintstreams.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import complaintstreams.events.Channel;
import complaintstreams.events.Contact;
import io.complaintstreams.cli.Main;
import io.complaintstreams.topics.Topics;
import io.complaintstreams.testsupport.Poll;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 "logs never contain free text or resident ids at INFO": the real app on the embedded broker, logging with
 * the production {@code log4j2.xml}, every event at INFO and above captured (message, exception messages and their
 * causes). It is fed sealed text over HTTP, a refused request, records a direct producer writes in clear (one the
 * input guard refuses, one not even Avro, one for an unknown complaint), then an erasure; no captured line may quote
 * the text or name a resident, and the dead-letter and erasure lines must be among them (so the check looked at them).
 */
@Timeout(300)
class LogPrivacyIT {
    private static final String RESIDENT = "R-LOGLEAK-5521";
    private static final String DIRECT_RESIDENT = "R-LOGLEAK-7733";
    private static final List<String> SECRETS = List.of("Quetzalquux", "Brontidequux", "Marmaladequux", "Ptarmiganquux",
            RESIDENT, DIRECT_RESIDENT);

    @TempDir
    Path dataDir;

    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private CaptureAppender capture;

    @BeforeEach
    void productionLoggingCaptured() throws Exception {
        URI production = LogPrivacyIT.class.getResource("/log4j2.xml").toURI();
        Configurator.reconfigure(production);
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        capture = new CaptureAppender(lines);
        capture.start();
        context.getConfiguration().addAppender(capture);
        context.getConfiguration().getRootLogger().addAppender(capture, Level.INFO, null);
        context.updateLoggers();
    }

    @AfterEach
    void testLoggingBack() {
        capture.stop();
        Configurator.reconfigure();
    }

    @Test
    void shouldLogNoFreeTextAndNoResidentIdAtInfoOrAbove() throws Exception {
        Instant now = Instant.now();
        try (RunningApp running = RunningApp.start(dataDir, Map.of())) {
            post(running, "/api/v1/events/contacts", "{\"contactId\":\"CT-LOG-1\",\"landlordId\":\"LL1\",\"residentId\":\"" + RESIDENT
                    + "\",\"channel\":\"email\",\"occurredAt\":\"" + now.minusSeconds(600) + "\",\"text\":\"Quetzalquux the damp in the "
                    + "bedroom is making my son ill and nobody has come, I want to make a complaint\"}", 202);
            post(running, "/api/v1/events/complaint-events", "[" + event("C-LOG-1", RESIDENT, "RECEIVED", now.minusSeconds(7200)) + ","
                    + event("C-LOG-1", RESIDENT, "ACKNOWLEDGED", now.minusSeconds(3600)) + "]", 202);
            int refused = running.post("/api/v1/events/contacts", "{\"contactId\":\"CT-LOG-2\",\"landlordId\":\"LL1\",\"residentId\":\""
                    + RESIDENT + "\",\"channel\":\"Brontidequux pigeon\",\"occurredAt\":\"" + now + "\",\"text\":\"Brontidequux\"}").statusCode();
            assertEquals(400, refused);

            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, running.app.kafkaAddress());
            try (var producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
                Contact ancient = Contact.newBuilder().setEventId("ev-log-ancient").setContactId("CT-LOG-3").setLandlordId("LL1")
                        .setResidentId(DIRECT_RESIDENT).setChannel(Channel.phone).setOccurredAt(Instant.parse("1900-01-01T00:00:00Z"))
                        .setText("Marmaladequux my neighbour is harassing me").build();
                producer.send(new ProducerRecord<>(Topics.CONTACTS, "CT-LOG-3", Topics.unprefixed().contacts.valueSerde().encode(ancient))).get();
                producer.send(new ProducerRecord<>(Topics.CONTACTS, "CT-LOG-4",
                        ("{\"residentId\":\"" + DIRECT_RESIDENT + "\",\"text\":\"Ptarmiganquux not Avro\"}").getBytes(StandardCharsets.UTF_8))).get();
            }
            post(running, "/api/v1/events/complaint-events", "[" + event("C-LOG-UNKNOWN", DIRECT_RESIDENT, "ACKNOWLEDGED", now.minusSeconds(60)) + "]", 202);

            running.awaitRecords(Topics.DEAD_LETTER, 2, Duration.ofSeconds(120));
            assertEquals(Main.OK, Main.execute("erase", "--resident", RESIDENT, "--yes", "--reason", "DSAR-LOG", "--by", "dpo",
                    "--bootstrap-servers", running.app.kafkaAddress(), "--data-dir", dataDir.toString()));
            Poll.until(Duration.ofSeconds(120), () -> snapshot().stream().anyMatch(l -> l.contains("Erasure ") && l.contains("carried out")),
                    "the erasure is carried out and logged");
            Poll.until(Duration.ofSeconds(60), () -> snapshot().stream().filter(l -> l.contains("Dead-lettered")).count() >= 2,
                    "the dead-letter reasons are logged (and so checked here)");
        }
        List<String> all = snapshot();
        assertTrue(all.size() > 5, "captured " + all.size() + " lines");
        for (String line : all) {
            for (String secret : SECRETS) {
                assertTrue(!line.contains(secret), "a log line at INFO or above holds '" + secret + "':\n" + line);
            }
        }
    }

    private List<String> snapshot() {
        synchronized (lines) {
            return new ArrayList<>(lines);
        }
    }

    private static void post(RunningApp running, String path, String json, int expected) {
        Poll.until(Duration.ofSeconds(120), () -> {
            try {
                int status = running.post(path, json).statusCode();
                assertTrue(status == expected || status == 503, "status " + status);
                return status == expected;
            } catch (Exception e) {
                return false;
            }
        }, "POST " + path);
    }

    private static String event(String complaintId, String resident, String type, Instant at) {
        return "{\"complaintId\":\"" + complaintId + "\",\"landlordId\":\"LL1\",\"residentId\":\"" + resident + "\",\"type\":\"" + type
                + "\",\"stage\":1,\"occurredAt\":\"" + at + "\"}";
    }

    /** Every event's level, logger, formatted message and full exception (messages, causes, stack) as one string. */
    private static final class CaptureAppender extends AbstractAppender {
        private final List<String> lines;

        CaptureAppender(List<String> lines) {
            super("privacy-capture", null, null, true, Property.EMPTY_ARRAY);
            this.lines = lines;
        }

        @Override
        public void append(LogEvent event) {
            StringBuilder line = new StringBuilder(event.getLevel() + " " + event.getLoggerName() + " " + event.getMessage().getFormattedMessage());
            if (event.getThrown() != null) {
                StringWriter trace = new StringWriter();
                event.getThrown().printStackTrace(new PrintWriter(trace));
                line.append('\n').append(trace);
            }
            lines.add(line.toString());
        }
    }
}
