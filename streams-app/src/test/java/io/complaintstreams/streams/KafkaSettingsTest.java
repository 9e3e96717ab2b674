package io.complaintstreams.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.complaintstreams.streams.memory.BoundedRocksDBMemory;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

/** kafka.* settings are checked against Kafka's own ConfigDefs; the app's forced settings are refused with a reason. */
class KafkaSettingsTest {
    private static String refusal(Map<String, String> raw) {
        return assertThrows(IllegalArgumentException.class, () -> KafkaSettings.parse(raw)).getMessage();
    }

    @Test
    void shouldPassStreamsAndPrefixedClientSettingsToStreams() {
        KafkaSettings settings = KafkaSettings.parse(Map.of(
                "commit.interval.ms", "1000",
                "num.stream.threads", "2",
                "num.standby.replicas", "1",
                "statestore.cache.max.bytes", "67108864",
                "rocksdb.config.setter", BoundedRocksDBMemory.class.getName(),
                "producer.linger.ms", "20",
                "main.consumer.max.poll.records", "2000",
                "topic.min.insync.replicas", "2",
                "max.poll.records", "500"));

        Properties props = StreamsProperties.create("app", Map.of("bootstrap.servers", "b:9092"), "/tmp/s", "dlq",
                settings, BoundedRocksDBMemory.DEFAULT_TOTAL_BYTES);
        StreamsConfig config = new StreamsConfig(props);

        assertEquals(1000L, config.getLong(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG));
        assertEquals(2, config.getInt(StreamsConfig.NUM_STREAM_THREADS_CONFIG));
        assertEquals(1, config.getInt(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG));
        assertEquals(67108864L, config.getLong(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG));
        assertEquals("20", String.valueOf(config.getProducerConfigs("c").get("linger.ms")));
        assertEquals("2000", String.valueOf(config.getMainConsumerConfigs("g", "c", 0).get("max.poll.records")));
    }

    @Test
    void shouldKeepTheAppDefaultsWhenNothingIsSet() {
        StreamsConfig config = new StreamsConfig(StreamsProperties.create("app", Map.of("bootstrap.servers", "b:9092"),
                "/tmp/s", "dlq"));

        assertEquals(StreamsProperties.DEFAULT_COMMIT_INTERVAL_MS, config.getLong(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG));
        assertEquals(StreamsProperties.DEFAULT_RECORD_CACHE_BYTES, config.getLong(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG));
        assertEquals(BoundedRocksDBMemory.class, config.getClass(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG));
        assertEquals(StreamsConfig.EXACTLY_ONCE_V2, config.getString(StreamsConfig.PROCESSING_GUARANTEE_CONFIG));
    }

    @Test
    void shouldLetAnOperatorsBareClientSettingWinOverTheAppsPrefixedDefault() {
        KafkaSettings operator = KafkaSettings.parse(Map.of("session.timeout.ms", "30000", "compression.type", "zstd"));
        StreamsConfig config = new StreamsConfig(StreamsProperties.create("app", Map.of("bootstrap.servers", "b:9092"),
                "/tmp/s", "dlq", operator, BoundedRocksDBMemory.DEFAULT_TOTAL_BYTES));

        assertEquals("30000", String.valueOf(config.getMainConsumerConfigs("g", "c", 0).get("session.timeout.ms")));
        assertEquals("zstd", String.valueOf(config.getProducerConfigs("c").get("compression.type")));

        StreamsConfig defaults = new StreamsConfig(StreamsProperties.create("app", Map.of("bootstrap.servers", "b:9092"),
                "/tmp/s", "dlq"));
        assertEquals("10000", String.valueOf(defaults.getMainConsumerConfigs("g", "c", 0).get("session.timeout.ms")));
        assertEquals("lz4", String.valueOf(defaults.getProducerConfigs("c").get("compression.type")));
    }

    @Test
    void shouldCommitLessOftenInAReplayUnlessTheOperatorSetTheInterval() {
        Properties replay = StreamsProperties.forReplay(StreamsProperties.create("app", Map.of("bootstrap.servers", "b:9092"),
                "/tmp/s", "dlq"), KafkaSettings.none());
        assertEquals((long) StreamsProperties.REPLAY_COMMIT_INTERVAL_MS,
                new StreamsConfig(replay).getLong(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG));

        KafkaSettings operator = KafkaSettings.parse(Map.of("commit.interval.ms", "300"));
        Properties set = StreamsProperties.forReplay(StreamsProperties.create("app", Map.of("bootstrap.servers", "b:9092"),
                "/tmp/s", "dlq", operator, BoundedRocksDBMemory.DEFAULT_TOTAL_BYTES), operator);
        assertEquals(300L, new StreamsConfig(set).getLong(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG));
    }

    @Test
    void shouldRefuseAnUnknownSettingNamingIt() {
        assertTrue(refusal(Map.of("commit.interval.msx", "10")).contains("kafka.commit.interval.msx"));
        assertTrue(refusal(Map.of("producer.lingerms", "10")).contains("kafka.producer.lingerms"));
        assertTrue(refusal(Map.of("topic.retention.mss", "10")).contains("kafka.topic.retention.mss"));
    }

    @Test
    void shouldRefuseAnIllTypedOrInvalidValueNamingTheSetting() {
        String notANumber = refusal(Map.of("commit.interval.ms", "soon"));
        assertTrue(notANumber.contains("kafka.commit.interval.ms") && notANumber.contains("soon"), notANumber);
        assertTrue(refusal(Map.of("commit.interval.ms", "-5")).contains("kafka.commit.interval.ms"));
        assertTrue(refusal(Map.of("num.stream.threads", "two")).contains("kafka.num.stream.threads"));
        assertTrue(refusal(Map.of("rocksdb.config.setter", "no.such.Setter")).contains("kafka.rocksdb.config.setter"));
        assertTrue(refusal(Map.of("producer.acks", "some")).contains("kafka.producer.acks"));
    }

    @Test
    void shouldRefuseOverridingWhatTheAppForcesWithTheReason() {
        String eos = refusal(Map.of("processing.guarantee", "at_least_once"));
        assertTrue(eos.contains("kafka.processing.guarantee") && eos.contains("transaction"), eos);
        assertTrue(refusal(Map.of("errors.dead.letter.queue.topic.name", "x")).contains("dead-letter"));
        assertTrue(refusal(Map.of("ensure.explicit.internal.resource.naming", "false")).contains("KIP-1111"));
        assertTrue(refusal(Map.of("consumer.auto.offset.reset", "latest")).contains("from the beginning"));
        assertTrue(refusal(Map.of("application.id", "x")).contains("set application.id instead"));
        assertTrue(refusal(Map.of("deserialization.exception.handler",
                "org.apache.kafka.streams.errors.LogAndFailExceptionHandler")).contains("dead-letter"));
    }

    @Test
    void shouldAcceptTheForcedValueItself() {
        KafkaSettings same = KafkaSettings.parse(Map.of("processing.guarantee", "exactly_once_v2"));
        assertEquals("exactly_once_v2", same.forStreams().get("processing.guarantee"));
    }

    @Test
    void shouldGiveOnlySettingsEveryClientUnderstandsToTheAppsOwnClients() {
        KafkaSettings settings = KafkaSettings.parse(Map.of("security.protocol", "SASL_SSL", "request.timeout.ms", "20000",
                "linger.ms", "5", "commit.interval.ms", "100", "client.id", "x"));

        assertEquals(Map.of("security.protocol", "SASL_SSL", "request.timeout.ms", "20000"), settings.forEveryClient());
    }
}
