package io.complaintstreams.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.complaintstreams.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kafka.* settings come from the file, the environment and --kafka flags, and a bad one stops `run` with exit 2. */
class KafkaSettingsConfigTest {
    @Test
    void shouldReadKafkaSettingsFromFileEnvironmentAndFlagsInThatOrder(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("c.properties");
        Files.writeString(file, "kafka.commit.interval.ms=1000\nkafka.num.stream.threads=2\nkafka.producer.linger.ms=5\n");
        AppConfig config = AppConfig.load(file, Map.of("COMPLAINT_STREAMS_KAFKA_NUM_STREAM_THREADS", "3",
                        "COMPLAINT_STREAMS_KAFKA_STATESTORE_CACHE_MAX_BYTES", "1048576", "COMPLAINT_STREAMS_KAFKA_PORT", "9300"),
                Map.of()).withKafka(Map.of("producer.linger.ms", "10"));

        assertEquals(Map.of("commit.interval.ms", "1000", "num.stream.threads", "3", "statestore.cache.max.bytes", "1048576",
                "producer.linger.ms", "10"), config.kafkaSettings().forStreams());
        assertEquals(9300, config.getInt(AppConfig.KAFKA_PORT), "kafka.port is the app's own key, not a client setting");
    }

    @Test
    void shouldParseTheRocksDbBudget() {
        assertEquals(128L << 20, AppConfig.defaults().rocksDbTotalBytes());
        assertEquals(1L << 30, AppConfig.defaults().with(Map.of(AppConfig.ROCKSDB_TOTAL_MEMORY, "1GiB")).rocksDbTotalBytes());
        assertEquals(64L << 20, AppConfig.defaults().with(Map.of(AppConfig.ROCKSDB_TOTAL_MEMORY, "64m")).rocksDbTotalBytes());
        var e = assertThrows(IllegalArgumentException.class,
                () -> AppConfig.defaults().with(Map.of(AppConfig.ROCKSDB_TOTAL_MEMORY, "lots")).rocksDbTotalBytes());
        assertTrue(e.getMessage().contains("state.rocksdb.total-memory"));
    }

    @Test
    void shouldStopRunWithExitTwoNamingAnUnknownSetting(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("c.properties");
        Files.writeString(file, "kafka.commit.interval.msx=1000\n");
        assertRefused(dir, "kafka.commit.interval.msx", "run", "--config", file.toString());
    }

    @Test
    void shouldStopRunWithExitTwoNamingAnIllTypedOrForcedSetting(@TempDir Path dir) {
        assertRefused(dir, "kafka.num.standby.replicas", "run", "--kafka", "num.standby.replicas=one");
        assertRefused(dir, "kafka.processing.guarantee", "run", "--kafka", "processing.guarantee=at_least_once");
    }

    private static void assertRefused(Path dir, String key, String... args) {
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                java.util.stream.Stream.of("--data-dir", dir.resolve("data").toString(), "--http-port", "0", "--kafka-port", "0"))
                .toArray(String[]::new);
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            code = Main.execute(all);
        } finally {
            System.setErr(err);
        }
        String message = captured.toString(StandardCharsets.UTF_8);
        assertEquals(Main.BAD_INPUT, code, message);
        assertTrue(message.contains(key), message);
        assertTrue(Files.notExists(dir.resolve("data")), "nothing started");
    }
}
