package io.complaintstreams.streams.memory;

import java.util.Map;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Options;

/**
 * Bounds the off-heap memory of every RocksDB store in the process (Kafka Streams developer guide, "Memory
 * Management"; the same shape as ksqlDB's {@code KsqlBoundedMemoryRocksDBConfig}): all stores share one LRU block
 * cache of {@code complaint-streams.rocksdb.total.memory.bytes}, which also holds the index and filter blocks (high
 * priority, top level pinned) and is charged for every memtable through one shared {@code WriteBufferManager}
 * ({@value RocksDBMemoryPool#MEMTABLE_SHARE_PERCENT}% of the total). Without it each store (and each segment of a
 * window store) has its own 50 MB cache and 3 x 16 MB memtables.
 *
 * <p>Kafka Streams instantiates this class per store and calls {@link #setConfig} before opening it; the shared
 * cache is made on the first call ({@link RocksDBMemoryPool#forTotalBytes}) and lives as long as the process.
 */
public final class BoundedRocksDBMemory implements RocksDBConfigSetter {
    /** Streams property read by this setter: total bytes for block cache, index and filter blocks and memtables. */
    public static final String TOTAL_BYTES_CONFIG = "complaint-streams.rocksdb.total.memory.bytes";
    public static final long DEFAULT_TOTAL_BYTES = 128L << 20;
    /** Memtable size of one store (RocksDB's default is 64 MB; Kafka Streams' 16 MB); flushed earlier under the bound. */
    static final long MEMTABLE_BYTES = 8L << 20;
    static final int MEMTABLES_PER_STORE = 2;
    static final long BLOCK_BYTES = 16L << 10;
    /**
     * Arena block of a memtable. RocksDB's default is an eighth of the memtable (1 MiB here), and the write buffer
     * manager counts every arena block a memtable has taken: with Kafka Streams 4.3's two column families a store (data
     * and offsets) and some 60 stores and window segments per process, stores holding a few KiB each took the whole
     * memtable bound (a quarter of the total, 32 MiB by default), so every write to a store switched its few-KiB
     * memtable and queued a flush to the process's one flush thread: 599 flushes of 300,000 puts over 60 stores in a
     * probe, against 80 with 64 KiB blocks, and writes stopped ("2 immutable memtables (waiting for flush)") in a bench
     * run. Smaller blocks let the bound count the data, not the stores.
     */
    static final long ARENA_BLOCK_BYTES = 64L << 10;

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        RocksDBMemoryPool pool = RocksDBMemoryPool.forTotalBytes(totalBytes(configs));
        BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
        table.setBlockCache(pool.cache());
        table.setCacheIndexAndFilterBlocks(true);
        table.setCacheIndexAndFilterBlocksWithHighPriority(true);
        table.setPinTopLevelIndexAndFilter(true);
        table.setBlockSize(BLOCK_BYTES);
        options.setWriteBufferManager(pool.writeBufferManager());
        options.setWriteBufferSize(MEMTABLE_BYTES);
        options.setMaxWriteBufferNumber(MEMTABLES_PER_STORE);
        options.setArenaBlockSize(ARENA_BLOCK_BYTES);
        options.setTableFormatConfig(table);
    }

    @Override
    public void close(String storeName, Options options) {
        // the cache and write buffer manager are shared by every store of the process: never closed per store
    }

    static long totalBytes(Map<String, Object> configs) {
        Object raw = configs.get(TOTAL_BYTES_CONFIG);
        if (raw == null) {
            return DEFAULT_TOTAL_BYTES;
        }
        long bytes = raw instanceof Number n ? n.longValue() : Long.parseLong(raw.toString().trim());
        if (bytes < RocksDBMemoryPool.MIN_TOTAL_BYTES) {
            throw new IllegalArgumentException(TOTAL_BYTES_CONFIG + " must be at least " + RocksDBMemoryPool.MIN_TOTAL_BYTES
                    + " bytes, was " + bytes);
        }
        return bytes;
    }
}
