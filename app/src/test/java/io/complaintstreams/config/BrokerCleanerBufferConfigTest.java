package io.complaintstreams.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.complaintstreams.app.RunSettings;
import io.complaintstreams.broker.BrokerSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** broker.log-cleaner.dedupe-buffer: the embedded broker's cleaner key map, from the file or the environment, checked. */
class BrokerCleanerBufferConfigTest {
    @Test
    void shouldDefaultToTheBrokerModulesSixteenMebibytes() {
        assertEquals(BrokerSettings.DEFAULT_CLEANER_DEDUPE_BUFFER_BYTES, AppConfig.defaults().brokerCleanerDedupeBufferBytes());
        assertEquals(16L << 20, AppConfig.defaults().brokerCleanerDedupeBufferBytes());
    }

    @Test
    void shouldReadTheSizeFromTheFileThenTheEnvironment(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("c.properties");
        Files.writeString(file, "broker.log-cleaner.dedupe-buffer=64MiB\n");
        assertEquals(64L << 20, AppConfig.load(file, Map.of(), Map.of()).brokerCleanerDedupeBufferBytes());
        assertEquals(1L << 20, AppConfig.load(file, Map.of("COMPLAINT_STREAMS_BROKER_LOG_CLEANER_DEDUPE_BUFFER", "1m"), Map.of())
                .brokerCleanerDedupeBufferBytes());
    }

    @Test
    void shouldRefuseASizeKafkaWouldRefuseNamingTheKey() {
        for (String bad : new String[] {"lots", "512KiB", "2GiB"}) {
            var e = assertThrows(IllegalArgumentException.class,
                    () -> AppConfig.defaults().with(Map.of(AppConfig.BROKER_CLEANER_DEDUPE_BUFFER, bad)).brokerCleanerDedupeBufferBytes());
            assertTrue(e.getMessage().contains("broker.log-cleaner.dedupe-buffer"), e.getMessage());
            assertTrue(e.getMessage().contains(bad), e.getMessage());
        }
    }

    @Test
    void shouldStopTheStartOnABadSizeBeforeAnythingRuns() {
        RunSettings settings = new RunSettings(AppConfig.defaults().with(Map.of(AppConfig.BROKER_CLEANER_DEDUPE_BUFFER, "100")), false);
        var e = assertThrows(IllegalArgumentException.class, settings::validated);
        assertTrue(e.getMessage().contains("broker.log-cleaner.dedupe-buffer"), e.getMessage());
    }
}
