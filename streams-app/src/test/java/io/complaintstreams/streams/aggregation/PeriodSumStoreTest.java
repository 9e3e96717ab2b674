package io.complaintstreams.streams.aggregation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import complaintstreams.state.CounterSet;
import io.complaintstreams.schema.StateSerdes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PeriodSumStoreTest {
    private static final String APRIL = "2025-04|LL";
    private static final String RECEIVED = Counters.stage(1, Counters.RECEIVED);
    private static final String VEXATIOUS = Counters.REFUSAL_REASON + "vexatious";
    private KeyValueStore<String, CounterSet> below;
    private PeriodSumStore store;

    @BeforeEach
    void setUp() {
        below = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("sums"), Serdes.String(), StateSerdes.COUNTER_SET)
                .withLoggingDisabled().withCachingDisabled().build();
        store = new PeriodSumStore(below, 2);
        store.init(new MockProcessorContext<>().getStateStoreContext(), store);
    }

    @AfterEach
    void tearDown() {
        if (store.isOpen()) {
            store.close();
        }
    }

    private static Map<String, Long> counters(CounterSet set) {
        return CounterSets.toMap(set);
    }

    @Test
    void shouldAddToTheStoredSumOnlyAtTheFlushBeforeACommit() {
        below.put(APRIL, CounterSets.of(Map.of(RECEIVED, 3L)));
        store.add(APRIL, RECEIVED, 1);
        store.add(APRIL, RECEIVED, 1);
        store.add(APRIL, VEXATIOUS, 1);
        assertEquals(Map.of(RECEIVED, 5L, VEXATIOUS, 1L), counters(store.get(APRIL)), "get adds what is pending");
        assertEquals(Map.of(RECEIVED, 3L), counters(below.get(APRIL)), "nothing written before the commit");
        store.flushCache();
        assertEquals(Map.of(RECEIVED, 5L, VEXATIOUS, 1L), counters(below.get(APRIL)));
        assertEquals(0, store.pendingKeys(), "emptied at the commit");
    }

    @Test
    void shouldDeleteAKeyWhoseCountersSumToZeroAndWriteNothingForChangesThatCancel() {
        below.put(APRIL, CounterSets.of(Map.of(RECEIVED, 1L)));
        store.add(APRIL, RECEIVED, -1);
        store.add("2025-05|LL", RECEIVED, 1);
        store.add("2025-05|LL", RECEIVED, -1);
        store.flushCache();
        assertNull(below.get(APRIL));
        assertNull(below.get("2025-05|LL"));
        assertEquals(0, below.approximateNumEntries());
    }

    @Test
    void shouldWriteDownTheOldestPendingKeyWhenMoreThanTheBoundArePending() {
        store.add("a", RECEIVED, 1);
        store.add("b", RECEIVED, 2);
        store.add("a", RECEIVED, 1);
        store.add("c", RECEIVED, 3); // over 2 keys: "a", the first pending, is written
        assertEquals(Map.of(RECEIVED, 2L), counters(below.get("a")));
        assertNull(below.get("b"));
        assertEquals(2, store.pendingKeys());
        assertEquals(Map.of(RECEIVED, 2L), counters(store.get("b")));
    }

    @Test
    void shouldLetRangeReadsOnTheStreamThreadSeeTheirOwnChanges() {
        store.add("a", RECEIVED, 1);
        store.add("b", VEXATIOUS, 2);
        List<KeyValue<String, Map<String, Long>>> seen = new ArrayList<>();
        try (var it = store.range("a", "z")) {
            it.forEachRemaining(kv -> seen.add(KeyValue.pair(kv.key, counters(kv.value))));
        }
        assertEquals(List.of(KeyValue.pair("a", Map.of(RECEIVED, 1L)), KeyValue.pair("b", Map.of(VEXATIOUS, 2L))), seen);
    }

    @Test
    void shouldDropWhatWasNotCommittedWhenClosedWithoutACommit() {
        store.add(APRIL, RECEIVED, 1);
        store.flushCache();
        store.add(APRIL, RECEIVED, 4);
        assertEquals(Map.of(RECEIVED, 1L), counters(below.get(APRIL)), "only the committed sum is below (and so in the changelog)");
        store.close(); // a crash or a corrupted task: no flush; the changelog restores the committed sum
        assertEquals(0, store.pendingKeys());
    }

    @Test
    void shouldSumExactlyAsAddingEachChangeToTheStoredSetDid() {
        Random random = new Random(11);
        KeyValueStore<String, CounterSet> expected = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("expected"),
                Serdes.String(), StateSerdes.COUNTER_SET).withLoggingDisabled().withCachingDisabled().build();
        expected.init(new MockProcessorContext<>().getStateStoreContext(), expected);
        List<String> names = new ArrayList<>(Counters.FIXED);
        names.addAll(List.of(VEXATIOUS, Counters.COMPLAINT_CATEGORY + "repairs", "some.new.counter"));
        for (int commit = 0; commit < 300; commit++) {
            for (int i = 0; i < random.nextInt(20); i++) {
                String key = "2025-0" + (1 + random.nextInt(3)) + "|L" + random.nextInt(2);
                Map<String, Long> change = new HashMap<>();
                change.put(names.get(random.nextInt(names.size())), (long) random.nextInt(5) - 2);
                change.forEach((name, v) -> store.add(key, name, v));
                CounterSet sum = CounterSets.plus(expected.get(key), change); // what PeriodStores.add did per change
                if (sum == null) {
                    expected.delete(key);
                } else {
                    expected.put(key, sum);
                }
            }
            store.flushCache();
            try (var want = expected.all(); var got = below.all()) {
                List<KeyValue<String, CounterSet>> w = new ArrayList<>();
                List<KeyValue<String, CounterSet>> g = new ArrayList<>();
                want.forEachRemaining(w::add);
                got.forEachRemaining(g::add);
                assertEquals(w, g, "commit " + commit);
            }
        }
    }

    @Test
    void shouldTellSameCountersWhicheverFormTheSetIsIn() {
        Map<String, Map<String, Long>> now = Map.of(APRIL, Map.of(RECEIVED, 1L, Counters.SERVICE_REQUESTS_OPENED, 1L, VEXATIOUS, 0L));
        Map<String, CounterSet> canonical = CounterSets.ofAll(now);
        // all by position (as written before the sparse cut), with a zero named counter
        long[] fixed = new long[Counters.FIXED.size()];
        fixed[CounterSets.position(RECEIVED)] = 1;
        fixed[CounterSets.position(Counters.SERVICE_REQUESTS_OPENED)] = 1;
        List<Long> byPosition = new ArrayList<>();
        for (long v : fixed) {
            byPosition.add(v);
        }
        Map<String, CounterSet> old = Map.of(APRIL, new CounterSet(byPosition, Map.of(VEXATIOUS, 0L)));
        assertEquals(true, CounterSets.sameCounters(canonical, now));
        assertEquals(true, CounterSets.sameCounters(old, now));
        assertEquals(false, CounterSets.sameCounters(old, Map.of(APRIL, Map.of(RECEIVED, 1L))));
        assertEquals(false, CounterSets.sameCounters(old, Map.of(APRIL, Map.of(RECEIVED, 1L, Counters.SERVICE_REQUESTS_OPENED, 2L))));
        assertEquals(false, CounterSets.sameCounters(old, Map.of(APRIL, Map.of(RECEIVED, 1L, Counters.SERVICE_REQUESTS_OPENED, 1L,
                VEXATIOUS, 1L))));
        assertEquals(false, CounterSets.sameCounters(canonical, Map.of()));
        assertEquals(false, CounterSets.sameCounters(canonical, Map.of("2025-05|LL", now.get(APRIL))));
    }

    @Test
    void shouldTellSameCountersAsComparingTheSetsBuiltDid() {
        Random random = new Random(7);
        List<String> names = new ArrayList<>(Counters.FIXED);
        names.add(VEXATIOUS);
        for (int round = 0; round < 5_000; round++) {
            Map<String, Map<String, Long>> before = randomContributions(random, names);
            Map<String, Map<String, Long>> now = random.nextBoolean() ? before : randomContributions(random, names);
            Map<String, CounterSet> kept = CounterSets.ofAll(before);
            assertEquals(CounterSets.ofAll(now).equals(kept), CounterSets.sameCounters(kept, now), "round " + round);
        }
    }

    private static Map<String, Map<String, Long>> randomContributions(Random random, List<String> names) {
        Map<String, Map<String, Long>> out = new HashMap<>();
        for (int k = 0; k < random.nextInt(3); k++) {
            Map<String, Long> counters = new HashMap<>();
            for (int i = 0; i < random.nextInt(4); i++) {
                counters.put(names.get(random.nextInt(random.nextBoolean() ? 3 : names.size())), (long) random.nextInt(3));
            }
            out.put("2025-0" + (1 + random.nextInt(2)) + "|LL", counters);
        }
        return out;
    }
}
