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

    @Test
    void shouldNotFlushStoresThatEachHoldALittleData(@TempDir Path dir) throws Exception {
        // 40 stores (a task's stores and window segments add up to that) with 16 KiB each: far below the memtable bound
        // (a quarter of the total), so nothing is flushed. With RocksDB's default arena block (an eighth of the memtable,
        // 1 MiB here) each such store would hold 1 MiB of arena and the write buffer manager would flush memtables of a
        // few KiB on every write once 4.5 of its 6 MiB are taken by 5 stores.
        long total = 20L << 20; // a size no other test uses: this pool is this test's alone
        org.rocksdb.RocksDB.loadLibrary();
        java.util.List<org.rocksdb.RocksDB> dbs = new java.util.ArrayList<>();
        java.util.List<org.rocksdb.Options> options = new java.util.ArrayList<>();
        try (org.rocksdb.WriteOptions write = new org.rocksdb.WriteOptions().setDisableWAL(true)) {
            for (int i = 0; i < 40; i++) {
                org.rocksdb.Options o = new org.rocksdb.Options().setCreateIfMissing(true);
                o.setTableFormatConfig(new org.rocksdb.BlockBasedTableConfig());
                new BoundedRocksDBMemory().setConfig("store-" + i, o, Map.of(BoundedRocksDBMemory.TOTAL_BYTES_CONFIG, total));
                options.add(o);
                dbs.add(org.rocksdb.RocksDB.open(o, dir.resolve("db-" + i).toString()));
            }
            byte[] value = new byte[160];
            for (int round = 0; round < 100; round++) {
                for (org.rocksdb.RocksDB db : dbs) {
                    db.put(write, ("key-" + round).getBytes(java.nio.charset.StandardCharsets.UTF_8), value);
                }
            }
            long switched = 0; // memtables made immutable (to be flushed) or already flushed to a table file
            for (org.rocksdb.RocksDB db : dbs) {
                switched += db.getLongProperty("rocksdb.num-immutable-mem-table") + db.getLongProperty("rocksdb.total-sst-files-size")
                        + db.getLongProperty("rocksdb.num-running-flushes");
            }
            assertEquals(0, switched, "no memtable switched or flushed while the stores hold 40 x 16 KiB");
        } finally {
            dbs.forEach(org.rocksdb.RocksDB::close);
            options.forEach(org.rocksdb.Options::close);
        }
    }
}
