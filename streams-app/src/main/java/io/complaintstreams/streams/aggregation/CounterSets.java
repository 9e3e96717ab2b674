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

    /**
     * {@code base} plus {@code change} (counter name to amount; {@code base} null is all zeros) as a new set, exactly
     * {@code of(toMap(base) merged with change)}, without going through maps: the period stores add to a landlord's
     * counters on every event. {@code base} is not changed (the write-back cache hands out shared instances); null when
     * every counter of the sum is zero.
     */
    static CounterSet plus(CounterSet base, Map<String, Long> change) {
        long[] fixed = new long[Counters.FIXED.size()];
        TreeMap<String, Long> other = null;
        if (base != null) {
            List<Long> baseFixed = base.getFixed();
            for (int i = 0; i < baseFixed.size() && i < fixed.length; i++) {
                fixed[i] = baseFixed.get(i);
            }
            for (Map.Entry<String, Long> e : base.getOther().entrySet()) {
                other = addTo(fixed, other, e.getKey(), e.getValue());
            }
        }
        for (Map.Entry<String, Long> e : change.entrySet()) {
            other = addTo(fixed, other, e.getKey(), e.getValue());
        }
        int length = fixed.length;
        while (length > 0 && fixed[length - 1] == 0) {
            length--;
        }
        if (other != null) {
            other.values().removeIf(v -> v == 0);
        }
        if (length == 0 && (other == null || other.isEmpty())) {
            return null;
        }
        List<Long> values = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            values.add(fixed[i]);
        }
        return new CounterSet(values, other == null ? new TreeMap<>() : other);
    }

    private static TreeMap<String, Long> addTo(long[] fixed, TreeMap<String, Long> other, String name, long amount) {
        Integer at = POSITION.get(name);
        if (at != null) {
            fixed[at] += amount;
            return other;
        }
        TreeMap<String, Long> out = other == null ? new TreeMap<>() : other;
        out.merge(name, amount, Long::sum);
        return out;
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
