package io.complaintstreams.broker.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.complaintstreams.broker.BrokerSettings;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import kafka.server.KafkaConfig;
import org.junit.jupiter.api.Test;

class BrokerPropertiesTest {
    @Test
    void shouldGiveTheLogCleanerASixteenMebibyteKeyMapThatKafkaAccepts() {
        Properties p = BrokerProperties.build(Path.of("target/logs"), 19092, 19093, Map.of());
        assertEquals(Long.toString(16L << 20), p.getProperty("log.cleaner.dedupe.buffer.size"));
        assertEquals(16L << 20, (long) KafkaConfig.fromProps(p, false).logCleanerDedupeBufferSize());
    }

    @Test
    void shouldLetAnOverrideSetTheKeyMap() {
        Properties p = BrokerProperties.build(Path.of("target/logs"), 19092, 19093,
                Map.of(BrokerSettings.CLEANER_DEDUPE_BUFFER, Long.toString(64L << 20)));
        assertEquals(64L << 20, (long) KafkaConfig.fromProps(p, false).logCleanerDedupeBufferSize());
    }
}
