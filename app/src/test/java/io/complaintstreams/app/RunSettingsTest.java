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

    private static void assertRefused(Map<io.complaintstreams.config.ConfigKey, String> flags, String expected) throws Exception {
        AppConfig config = AppConfig.load(null, Map.of(), flags);
        var e = assertThrows(IllegalArgumentException.class, () -> new RunSettings(config, false).validated());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
