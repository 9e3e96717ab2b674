package io.complaintstreams.streams.aggregation;

import complaintstreams.state.CounterSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counter maps (name to amount) to and from the compact binary {@code CounterSet}: counters of
 * {@link Counters#FIXED} by position (trailing zeros cut), every other name in {@code other}. Zero counters are
 * dropped either way.
 */
public final class CounterSets {
    private static final Map<String, Integer> POSITION = positions();

    private CounterSets() {}

    public static CounterSet of(Map<String, Long> counters) {
        long[] fixed = new long[Counters.FIXED.size()];
        int length = 0;
        Map<String, Long> other = new TreeMap<>();
        for (Map.Entry<String, Long> e : counters.entrySet()) {
            long v = e.getValue();
            if (v == 0) {
                continue;
            }
            Integer at = POSITION.get(e.getKey());
            if (at == null) {
                other.put(e.getKey(), v);
            } else {
                fixed[at] = v;
                length = Math.max(length, at + 1);
            }
        }
        List<Long> values = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            values.add(fixed[i]);
        }
        return CounterSet.newBuilder().setFixed(values).setOther(other).build();
    }

    public static Map<String, Long> toMap(CounterSet set) {
        Map<String, Long> counters = new HashMap<>();
        if (set == null) {
            return counters;
        }
        List<Long> fixed = set.getFixed();
        for (int i = 0; i < fixed.size() && i < Counters.FIXED.size(); i++) {
            if (fixed.get(i) != 0) {
                counters.put(Counters.FIXED.get(i), fixed.get(i));
            }
        }
        set.getOther().forEach((name, v) -> {
            if (v != 0) {
                counters.merge(name, v, Long::sum);
            }
        });
        return counters;
    }

    /** Per store key, for a complaint's contributions kept in its ledger. */
    static Map<String, CounterSet> ofAll(Map<String, Map<String, Long>> byKey) {
        Map<String, CounterSet> out = new TreeMap<>();
        byKey.forEach((key, counters) -> out.put(key, of(counters)));
        return out;
    }

    public static Map<String, Map<String, Long>> toMapAll(Map<String, CounterSet> byKey) {
        Map<String, Map<String, Long>> out = new TreeMap<>();
        if (byKey != null) {
            byKey.forEach((key, set) -> out.put(key, toMap(set)));
        }
        return out;
    }

    private static Map<String, Integer> positions() {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < Counters.FIXED.size(); i++) {
            positions.put(Counters.FIXED.get(i), i);
        }
        return Map.copyOf(positions);
    }
}
