package io.complaintstreams.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example configuration in config/ lists every key with its real default; file, environment, flags in that order. */
class ExampleConfigTest {
    private static final Path EXAMPLE = Path.of("..", "config", "complaint-streams.example.properties");

    @Test
    void shouldListEveryKeyWithItsDefault() throws Exception {
        List<String> lines = Files.readAllLines(EXAMPLE);
        for (ConfigKey key : AppConfig.ALL) {
            assertTrue(lines.contains("#" + key.name() + "=" + key.defaultValue()), "example lacks " + key.name());
        }
    }

    @Test
    void shouldOverrideFileWithEnvironmentAndEnvironmentWithFlags(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("c.properties");
        Files.writeString(file, "http.port=9000\nkafka.port=9100\ntopic.prefix=file.\nkafka.security.protocol=SSL\n");
        AppConfig config = AppConfig.load(file, Map.of("COMPLAINT_STREAMS_KAFKA_PORT", "9200", "COMPLAINT_STREAMS_TOPIC_PREFIX", "env."),
                Map.of(AppConfig.TOPIC_PREFIX, "flag."));
        assertEquals(9000, config.getInt(AppConfig.HTTP_PORT));
        assertEquals(9200, config.getInt(AppConfig.KAFKA_PORT));
        assertEquals("flag.", config.get(AppConfig.TOPIC_PREFIX));
        assertEquals(Map.of("security.protocol", "SSL"), config.kafkaClientOverrides());
    }

    @Test
    void shouldNameAMissingConfigFileAsBadInput(@TempDir Path dir) {
        // a mistyped --config printed a NoSuchFileException stack trace and exited 1
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AppConfig.load(dir.resolve("nope.properties"), Map.of(), Map.of()));
        assertTrue(e.getMessage().contains("nope.properties: no such file"), e.getMessage());
        IllegalArgumentException directory = assertThrows(IllegalArgumentException.class, () -> AppConfig.load(dir, Map.of(), Map.of()));
        assertTrue(directory.getMessage().endsWith("not a file"), directory.getMessage());
    }

    @Test
    void shouldRefuseAMistypedKeyNamingItAndTheKeysOfItsGroup(@TempDir Path dir) throws Exception {
        // a typo ran with the default, silently: api.read-token (for api.read-tokens) left the API open to anyone
        Path file = dir.resolve("c.properties");
        Files.writeString(file, "http.port=9000\napi.read-token=s3cret\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AppConfig.load(file, Map.of(), Map.of()));
        assertTrue(e.getMessage().contains("unknown key 'api.read-token'"), e.getMessage());
        assertTrue(e.getMessage().contains("api.read-tokens"), "the key meant is named: " + e.getMessage());
        assertTrue(!e.getMessage().contains("s3cret"), "the value (a secret, perhaps) is not echoed");

        Files.writeString(file, "kafka.port=9100\nkafka.security.protocol=SSL\n# a comment\ntopic.prefix=x.\n");
        assertEquals(9100, AppConfig.load(file, Map.of(), Map.of()).getInt(AppConfig.KAFKA_PORT), "known and kafka.* keys load");
    }

    @Test
    void shouldLoadTheExampleFileAsItIsShipped() throws Exception {
        AppConfig config = AppConfig.load(EXAMPLE, Map.of(), Map.of());
        assertEquals(8080, config.getInt(AppConfig.HTTP_PORT));
    }

    @Test
    void shouldNameEnvironmentVariablesThatNameNoKey() {
        Map<String, String> env = Map.of("COMPLAINT_STREAMS_API_READ_TOKEN", "t", "COMPLAINT_STREAMS_API_READ_TOKENS", "t",
                "COMPLAINT_STREAMS_JAVA_OPTS", "-Xmx1g", "COMPLAINT_STREAMS_KAFKA_NUM_STREAM_THREADS", "2", "PATH", "/bin");
        assertEquals(List.of("COMPLAINT_STREAMS_API_READ_TOKEN"), AppConfig.unknownEnvironmentVariables(env));
    }

    @Test
    void shouldNotWarnAboutTheBenchBrokersJvmOptionsNorTheBrokerCleanerKey() {
        Map<String, String> env = Map.of("COMPLAINT_STREAMS_BENCH_BROKER_JAVA_OPTS", "-Xmx256m",
                "COMPLAINT_STREAMS_BROKER_LOG_CLEANER_DEDUPE_BUFFER", "32MiB");
        assertEquals(List.of(), AppConfig.unknownEnvironmentVariables(env));
    }
}
