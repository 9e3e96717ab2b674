package io.complaintstreams.streams.memory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.RocksDB;
import org.rocksdb.WriteBufferManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One process-wide RocksDB memory budget: an LRU block cache of {@code totalBytes} ({@value #HIGH_PRIORITY_PERCENT}%
 * reserved for index and filter blocks) and a write buffer manager that charges every memtable to that cache, capped
 * at {@value #MEMTABLE_SHARE_PERCENT}% of it. One pool per distinct size (normally exactly one), never closed: stores
 * come and go with rebalances, the budget stays for the life of the process.
 */
public final class RocksDBMemoryPool {
    public static final long MIN_TOTAL_BYTES = 8L << 20;
    static final int MEMTABLE_SHARE_PERCENT = 25;
    static final int HIGH_PRIORITY_PERCENT = 10;
    private static final Logger LOG = LoggerFactory.getLogger(RocksDBMemoryPool.class);
    private static final Map<Long, RocksDBMemoryPool> POOLS = new ConcurrentHashMap<>();

    private final long totalBytes;
    private final Cache cache;
    private final WriteBufferManager writeBufferManager;

    private RocksDBMemoryPool(long totalBytes) {
        RocksDB.loadLibrary();
        this.totalBytes = totalBytes;
        this.cache = new LRUCache(totalBytes, -1, false, HIGH_PRIORITY_PERCENT / 100.0);
        this.writeBufferManager = new WriteBufferManager(totalBytes * MEMTABLE_SHARE_PERCENT / 100, cache);
        LOG.info("RocksDB memory bounded for every store of this process: {} MiB block cache (index and filter blocks "
                + "included), memtables charged to it up to {} MiB", totalBytes >> 20, (totalBytes * MEMTABLE_SHARE_PERCENT / 100) >> 20);
    }

    /** The pool of this size, made on first use. */
    public static RocksDBMemoryPool forTotalBytes(long totalBytes) {
        return POOLS.computeIfAbsent(totalBytes, RocksDBMemoryPool::new);
    }

    public long totalBytes() {
        return totalBytes;
    }

    public long memtableLimitBytes() {
        return totalBytes * MEMTABLE_SHARE_PERCENT / 100;
    }

    /** Bytes the cache holds now (blocks, index and filter blocks, memtable reservations). */
    public long usageBytes() {
        return cache.getUsage();
    }

    Cache cache() {
        return cache;
    }

    WriteBufferManager writeBufferManager() {
        return writeBufferManager;
    }
}
