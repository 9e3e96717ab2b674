package io.complaintstreams.streams.aggregation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import complaintstreams.state.CounterSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CounterSetsTest {
    private static final List<String> OPEN_ENDED = List.of(Counters.REFUSAL_REASON + "vexatious",
            Counters.REFUSAL_REASON + "out_of_time", Counters.COMPLAINT_CATEGORY + "repairs", "some.new.counter");

    /** The sum the period stores used to make: both sets as maps, merged, zeros dropped, back to a set. */
    private static CounterSet throughMaps(CounterSet base, Map<String, Long> change) {
        Map<String, Long> counters = CounterSets.toMap(base);
        change.forEach((name, v) -> counters.merge(name, v, Long::sum));
        counters.values().removeIf(v -> v == 0);
        return counters.isEmpty() ? null : CounterSets.of(counters);
    }

    private static Map<String, Long> randomCounters(Random random, int size) {
        Map<String, Long> out = new HashMap<>();
        for (int i = 0; i < size; i++) {
            String name = random.nextInt(4) == 0 ? OPEN_ENDED.get(random.nextInt(OPEN_ENDED.size()))
                    : Counters.FIXED.get(random.nextInt(Counters.FIXED.size()));
            out.merge(name, (long) random.nextInt(7) - 3, Long::sum);
        }
        return out;
    }

    @Test
    void shouldAddAChangeExactlyAsTheMapRoundTripDidWithoutChangingTheBase() {
        Random random = new Random(11);
        for (int round = 0; round < 5_000; round++) {
            CounterSet base = random.nextInt(5) == 0 ? null : CounterSets.of(randomCounters(random, random.nextInt(12)));
            CounterSet baseCopy = base == null ? null : CounterSet.newBuilder(base).build();
            Map<String, Long> change = randomCounters(random, 1 + random.nextInt(6));
            assertEquals(throughMaps(base, change), CounterSets.plus(base, change), "round " + round);
            assertEquals(baseCopy, base, "the base set must not change (round " + round + ")");
        }
    }

    @Test
    void shouldCutTrailingZerosAndReturnNullWhenEverythingCancels() {
        CounterSet base = CounterSets.of(Map.of(Counters.stage(1, Counters.RECEIVED), 1L, Counters.SIGNALS_TOTAL, 2L,
                Counters.REFUSAL_REASON + "vexatious", 1L));
        CounterSet lessSignals = CounterSets.plus(base, Map.of(Counters.SIGNALS_TOTAL, -2L,
                Counters.REFUSAL_REASON + "vexatious", -1L));
        assertEquals(List.of(1L), lessSignals.getFixed());
        assertEquals(Map.of(), lessSignals.getOther());
        assertNull(CounterSets.plus(lessSignals, Map.of(Counters.stage(1, Counters.RECEIVED), -1L)));
        assertNotEquals(base, lessSignals);
    }

    /** A set as every version before the sparse cut wrote it: every fixed counter by position, trailing zeros cut. */
    private static CounterSet allByPosition(Map<String, Long> counters) {
        long[] fixed = new long[Counters.FIXED.size()];
        int length = 0;
        Map<String, Long> other = new java.util.TreeMap<>();
        for (Map.Entry<String, Long> e : counters.entrySet()) {
            int at = Counters.FIXED.indexOf(e.getKey());
            if (e.getValue() == 0) {
                continue;
            }
            if (at < 0) {
                other.put(e.getKey(), e.getValue());
            } else {
                fixed[at] = e.getValue();
                length = Math.max(length, at + 1);
            }
        }
        List<Long> values = new java.util.ArrayList<>();
        for (int i = 0; i < length; i++) {
            values.add(fixed[i]);
        }
        return new CounterSet(values, other);
    }

    @Test
    void shouldKeepSparseFixedCountersAtTheEndOfTheListByNameAndDenseOnesByPosition() throws java.io.IOException {
        // a service request's contributions: one counter near the end of the fixed list
        CounterSet request = CounterSets.of(Map.of(Counters.SERVICE_REQUESTS_OPENED, 1L));
        assertEquals(List.of(), request.getFixed());
        assertEquals(Map.of(Counters.SERVICE_REQUESTS_OPENED, 1L), request.getOther());
        assertEquals(Map.of(Counters.SERVICE_REQUESTS_OPENED, 1L), CounterSets.toMap(request));
        // a landlord's month: counters from the start to the end of the list, all by position
        Map<String, Long> month = new HashMap<>();
        for (int i = 0; i < Counters.FIXED.size(); i++) {
            month.put(Counters.FIXED.get(i), (long) i + 1);
        }
        CounterSet dense = CounterSets.of(month);
        assertEquals(Counters.FIXED.size(), dense.getFixed().size());
        assertEquals(Map.of(), dense.getOther());
        // a complaint received and acknowledged, with one theme far down the list: the theme by name
        String theme = Counters.FIXED.stream().filter(n -> n.startsWith(Counters.COMPLAINT_THEME)).findFirst().orElseThrow();
        CounterSet complaint = CounterSets.of(Map.of(Counters.stage(1, Counters.RECEIVED), 1L,
                Counters.stage(1, Counters.ACKNOWLEDGED_ON_TIME), 1L, theme, 1L));
        assertEquals(List.of(1L, 1L), complaint.getFixed());
        assertEquals(Map.of(theme, 1L), complaint.getOther());
        // smaller encoded: 82 array slots before
        int before = complaintstreams.state.CounterSet.getEncoder().encode(allByPosition(Map.of(Counters.SERVICE_REQUESTS_OPENED, 1L))).remaining();
        int after = complaintstreams.state.CounterSet.getEncoder().encode(request).remaining();
        assertTrue(after * 2 < before, after + " against " + before + " bytes");
    }

    @Test
    void shouldReadSetsWrittenAllByPositionAsBeforeAndAddToThemIntoTheSameSetAsNew() {
        Random random = new Random(5);
        for (int round = 0; round < 5_000; round++) {
            Map<String, Long> counters = randomCounters(random, random.nextInt(20));
            counters.values().removeIf(v -> v == 0);
            CounterSet old = allByPosition(counters);
            CounterSet now = CounterSets.of(counters);
            assertEquals(counters, CounterSets.toMap(now), "round " + round);
            assertEquals(CounterSets.toMap(old), CounterSets.toMap(now), "round " + round);
            Map<String, Long> change = randomCounters(random, 1 + random.nextInt(6));
            assertEquals(CounterSets.plus(now, change), CounterSets.plus(old, change), "round " + round);
            // what a version before the cut makes of a new set: the same counters (its toMap and plus are these)
            if (!now.getFixed().isEmpty()) {
                assertTrue(now.getFixed().get(now.getFixed().size() - 1) != 0, "no trailing zero, round " + round);
            }
        }
    }
}
