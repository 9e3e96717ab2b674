package io.complaintstreams.streams.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.complaintstreams.streams.KafkaSettings;
import io.complaintstreams.streams.StreamsProperties;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every RocksDB store of the process draws on the one shared, bounded pool. */
class BoundedRocksDBMemoryTest {
    /** A size no other test uses, so that this pool is this test's alone. */
    private static final long TOTAL = 24L << 20;

    @Test
    void shouldChargeEveryStoresMemtablesToTheSharedCache(@TempDir Path state) {
        StreamsBuilder builder = new StreamsBuilder();
        for (String name : new String[] {"a", "b"}) {
            builder.stream(name, Consumed.with(Serdes.String(), Serdes.String()).withName("source-" + name))
                    .toTable(Named.as("table-" + name), Materialized.<String, String, KeyValueStore<org.apache.kafka.common.utils.Bytes, byte[]>>as("store-" + name)
                            .withKeySerde(Serdes.String()).withValueSerde(Serdes.String()));
        }
        var props = StreamsProperties.create("memory-test", Map.of("bootstrap.servers", "dummy:9092"), state.toString(),
                "dlq", KafkaSettings.none(), TOTAL);
        RocksDBMemoryPool pool = RocksDBMemoryPool.forTotalBytes(TOTAL);
        long before = pool.usageBytes();
        try (var driver = new TopologyTestDriver(builder.build(), props)) {
            for (String name : new String[] {"a", "b"}) {
                var input = driver.createInputTopic(name, new StringSerializer(), new StringSerializer());
                for (int i = 0; i < 2_000; i++) {
                    input.pipeInput("k" + i, "v".repeat(100));
                }
                assertEquals("v".repeat(100), driver.<String, String>getKeyValueStore("store-" + name).get("k7"));
            }
            assertTrue(pool.usageBytes() > before, "memtables are charged to the shared cache: " + pool.usageBytes());
            assertTrue(pool.usageBytes() <= TOTAL + (1L << 20), "within the bound: " + pool.usageBytes());
        }
    }

    @Test
    void shouldRefuseATotalBelowTheMinimum() {
        assertThrows(IllegalArgumentException.class,
                () -> BoundedRocksDBMemory.totalBytes(Map.of(BoundedRocksDBMemory.TOTAL_BYTES_CONFIG, 1024L)));
        assertEquals(BoundedRocksDBMemory.DEFAULT_TOTAL_BYTES, BoundedRocksDBMemory.totalBytes(Map.of()));
    }
}
