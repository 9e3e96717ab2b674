package io.complaintstreams.streams.aggregation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
}
