package io.complaintstreams.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.complaintstreams.config.AppConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunSettingsTest {
    @Test
    void shouldGiveTheTopologyTheConfiguredTimestampBounds() throws Exception {
        AppConfig config = AppConfig.load(null, Map.of("COMPLAINT_STREAMS_TIMESTAMP_FLOOR", "2010-01-01T00:00:00Z",
                "COMPLAINT_STREAMS_TIMESTAMP_FUTURE_TOLERANCE_SECONDS", "60"), Map.of());
        var guard = new RunSettings(config, false).topology().inputGuard();
        assertEquals(Instant.parse("2010-01-01T00:00:00Z"), guard.bounds().floor());
        assertEquals(Duration.ofSeconds(60), guard.bounds().futureTolerance());
    }

    /** A value out of range is refused by validated(), before any broker starts, naming the key as the operator wrote it. */
    @Test
    void shouldRefuseOutOfRangeWholeNumbersNamingTheirKey() throws Exception {
        assertRefused(Map.of(AppConfig.DUE_SOON_DAYS, "-3"), "deadline.due-soon-working-days must be at least 0, got -3");
        assertRefused(Map.of(AppConfig.PUNCTUATE_SECONDS, "0"), "deadline.check-interval-seconds must be at least 1, got 0");
        assertRefused(Map.of(AppConfig.UNLOGGED_DAYS, "-1"), "signals.unlogged-after-working-days must be at least 0, got -1");
        assertRefused(Map.of(AppConfig.LOCAL_STAGE2_RESPOND, "-5"), "must be at least 0, got -5");
        new RunSettings(AppConfig.load(null, Map.of(), Map.of(AppConfig.DUE_SOON_DAYS, "0")), false).validated();
    }

    /**
     * Settings read once the broker, Streams or the HTTP server had started were refused only then (20 to 60 s in),
     * some by an internal name ("maxBodyBytes out of range: -1"): validated() checks them first, naming the key.
     */
    @Test
    void shouldRefuseSettingsReadAfterTheStartBeforeItNamingTheirKey() throws Exception {
        assertRefused(Map.of(AppConfig.HTTP_PORT, "99999"), "http.port must be from 0 to 65535, got 99999");
        assertRefused(Map.of(AppConfig.KAFKA_PORT, "-1"), "kafka.port must be from 0 to 65535, got -1");
        assertRefused(Map.of(AppConfig.PARTITIONS, "0"), "topic.partitions must be at least 1, got 0");
        assertRefused(Map.of(AppConfig.REPLICATION, "0"), "topic.replication must be from 1 to 32767, got 0");
        assertRefused(Map.of(AppConfig.RETENTION_MS, "30 days"), "topic.retention-ms must be a whole number, got '30 days'");
        assertRefused(Map.of(AppConfig.INGEST_MAX_BYTES, "-1"), "ingest.max-request-bytes must be from 1 to");
        assertRefused(Map.of(AppConfig.HTTP_MAX_THREADS, "0"), "http.max-threads must be at least 16, got 0");
        assertRefused(Map.of(AppConfig.HTTP_IDLE_TIMEOUT_MS, "abc"), "http.idle-timeout-ms must be a whole number, got 'abc'");
        assertRefused(Map.of(AppConfig.PRIVACY_TEXT_RETENTION, "6 years"), "privacy.text-retention");
        assertRefused(Map.of(AppConfig.PRIVACY_ENCRYPT_TEXT, "yes"), "privacy.encrypt-text must be true or false");
        assertRefused(Map.of(AppConfig.TOPIC_PREFIX, "bad prefix!"), "topic.prefix may hold only ASCII letters, digits");
        assertRefused(Map.of(AppConfig.APPLICATION_ID, ""), "application.id must not be empty");
        assertRefused(Map.of(AppConfig.APPLICATION_ID, "complaints/prod"), "application.id may hold only");
        new RunSettings(AppConfig.load(null, Map.of(), Map.of(AppConfig.HTTP_PORT, "0", AppConfig.RETENTION_MS, "-1",
                AppConfig.TOPIC_PREFIX, "prod.ll-1_", AppConfig.APPLICATION_ID, "complaint-streams")), false).validated();
    }

    private static void assertRefused(Map<io.complaintstreams.config.ConfigKey, String> flags, String expected) throws Exception {
        AppConfig config = AppConfig.load(null, Map.of(), flags);
        var e = assertThrows(IllegalArgumentException.class, () -> new RunSettings(config, false).validated());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
