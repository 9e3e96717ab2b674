package io.complaintstreams.streams.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WriteBackKeyValueStoreTest {
    private KeyValueStore<String, Long> below;
    private WriteBackKeyValueStore<String, Long> store;

    @BeforeEach
    void setUp() {
        below = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("counts"), Serdes.String(), Serdes.Long())
                .withLoggingDisabled().withCachingDisabled().build();
        store = new WriteBackKeyValueStore<>(below, 2);
        store.init(new MockProcessorContext<>().getStateStoreContext(), store);
    }

    @AfterEach
    void tearDown() {
        if (store.isOpen()) {
            store.close();
        }
    }

    @Test
    void shouldWriteDownOnlyAtTheFlushBeforeACommit() {
        store.put("2025-04|LL", 1L);
        store.put("2025-04|LL", 2L);
        assertEquals(2L, store.get("2025-04|LL"));
        assertNull(below.get("2025-04|LL"), "nothing written before the commit");
        store.flushCache();
        assertEquals(2L, below.get("2025-04|LL"));
        assertEquals(0, store.cachedEntries(), "emptied at the commit");
        store.delete("2025-04|LL");
        assertNull(store.get("2025-04|LL"));
        assertEquals(2L, below.get("2025-04|LL"));
        store.flushCache();
        assertNull(below.get("2025-04|LL"));
    }

    @Test
    void shouldWriteDownTheLeastRecentlyUsedDirtyEntryWhenFull() {
        store.put("a", 1L);
        store.put("b", 2L);
        store.get("a");
        store.put("c", 3L); // over 2 entries: "b" is the least recently used
        assertEquals(2L, below.get("b"));
        assertNull(below.get("a"));
        assertNull(below.get("c"));
        assertEquals(2, store.cachedEntries());
    }

    @Test
    void shouldLetRangeReadsOnTheStreamThreadSeeTheirOwnWrites() {
        store.put("a", 1L);
        store.put("b", 2L);
        List<KeyValue<String, Long>> seen = new ArrayList<>();
        try (var it = store.range("a", "z")) {
            it.forEachRemaining(seen::add);
        }
        assertEquals(List.of(KeyValue.pair("a", 1L), KeyValue.pair("b", 2L)), seen);
    }

    @Test
    void shouldDropWhatWasNotCommittedWhenClosedWithoutACommit() {
        store.put("a", 1L);
        store.flushCache();
        store.put("a", 5L);
        assertEquals(1L, below.get("a"), "only the committed value is below (and so in the changelog)");
        store.close(); // a crash or a corrupted task: no flush; the changelog restores the committed value
        assertEquals(0, store.cachedEntries());
    }
}
