package io.complaintstreams.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
