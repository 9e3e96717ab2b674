package io.complaintstreams.streams.aggregation;

import complaintstreams.state.CounterSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counter maps (name to amount) to and from the compact binary {@code CounterSet}: counters of
 * {@link Counters#FIXED} by position, every other name in {@code other}. Zero counters are dropped either way.
 *
 * <p>Where the fixed counters are sparse, the positional array ends early and the fixed counters past its end go in
 * {@code other} by name ({@link #fixedLength}): a service request's contributions are "serviceRequests.opened" alone,
 * at position 81, which by position is an array of 82 longs, 81 of them zero, encoded, decoded and boxed on every
 * status change; by name it is one map entry. Every reader already reads a fixed counter's name in {@code other}
 * ({@link #toMap} adds both places, {@link #plus} folds it back by position), so sets written either way read the
 * same, in this version and the ones before it. The split is a function of the counters alone, so equal counters give
 * equal sets.
 */
public final class CounterSets {
    private static final Map<String, Integer> POSITION = positions();
    /** What a fixed counter costs in {@code other} against one array slot (about a byte): its name's length and its value. */
    private static final int[] NAMED_COST = namedCosts();

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
        return build(fixed, length, other);
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
        for (Map.Entry<String, Long> e : change.entrySet()) {
            other = addTo(fixed, other, e.getKey(), e.getValue());
        }
        return plus(base, fixed, other);
    }

    /**
     * {@code base} plus a change given as counters by {@link #position} ({@code fixedChange}, one slot per
     * {@link Counters#FIXED} name) and by name ({@code otherChange}, names outside the fixed list; null is none), as
     * {@link #plus(CounterSet, Map)}. Both changes are taken and may be overwritten; {@code base} is not changed.
     */
    static CounterSet plus(CounterSet base, long[] fixedChange, Map<String, Long> otherChange) {
        long[] fixed = fixedChange;
        TreeMap<String, Long> other = otherChange == null || otherChange.isEmpty() ? null : new TreeMap<>(otherChange);
        if (base != null) {
            List<Long> baseFixed = base.getFixed();
            for (int i = 0; i < baseFixed.size() && i < fixed.length; i++) {
                fixed[i] += baseFixed.get(i);
            }
            for (Map.Entry<String, Long> e : base.getOther().entrySet()) {
                other = addTo(fixed, other, e.getKey(), e.getValue());
            }
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
        return build(fixed, length, other == null ? new TreeMap<>() : other);
    }

    /**
     * The set of {@code fixed} (non-zero up to {@code length}) and {@code other} (non-zero, names outside the fixed
     * list; taken, not copied): positions below {@link #fixedLength} by position, the rest by name.
     */
    private static CounterSet build(long[] fixed, int length, Map<String, Long> other) {
        int cut = fixedLength(fixed, length);
        List<Long> values = new ArrayList<>(cut);
        for (int i = 0; i < cut; i++) {
            values.add(fixed[i]);
        }
        for (int i = cut; i < length; i++) {
            if (fixed[i] != 0) {
                other.put(Counters.FIXED.get(i), fixed[i]);
            }
        }
        return new CounterSet(values, other);
    }

    /**
     * How many leading positions to keep by position: the cut that makes the set smallest, an array slot costing one
     * and a fixed counter moved to {@code other} its {@link #NAMED_COST}; on a tie the longer array (as before there
     * was a cut). Dense counters (a landlord's month) keep every position; sparse ones at the end of the list (a
     * service request's, a survey's) go by name.
     */
    static int fixedLength(long[] fixed, int length) {
        int best = length;
        long bestCost = length;
        long named = 0; // cost of naming every non-zero counter at or after the cut
        for (int cut = length - 1; cut >= 0 && named < bestCost; cut--) { // no shorter array wins once naming costs more
            if (fixed[cut] != 0) {
                named += NAMED_COST[cut];
            }
            // an array of cut slots, every non-zero counter from position cut on by name
            if (cut + named < bestCost) {
                best = cut;
                bestCost = cut + named;
            }
        }
        return best;
    }

    /**
     * Whether {@code sets} (per store key) hold exactly {@code counters} (per store key; zero counters count as absent),
     * the same keys and every counter's value, whichever form a set is in (by position or by name): true exactly when
     * {@code ofAll(counters)} reads the same as {@code sets}, without building it.
     */
    static boolean sameCounters(Map<String, CounterSet> sets, Map<String, Map<String, Long>> counters) {
        if (sets.size() != counters.size()) {
            return false;
        }
        for (Map.Entry<String, Map<String, Long>> e : counters.entrySet()) {
            CounterSet set = sets.get(e.getKey());
            if (set == null || !sameCounters(set, e.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameCounters(CounterSet set, Map<String, Long> counters) {
        for (Map.Entry<String, Long> e : counters.entrySet()) {
            if (e.getValue() != 0 && valueOf(set, e.getKey()) != e.getValue()) {
                return false;
            }
        }
        // every counter the set holds must be one of counters (checked above) or sum to zero
        List<Long> fixed = set.getFixed();
        for (int i = 0; i < fixed.size() && i < Counters.FIXED.size(); i++) {
            if (fixed.get(i) != 0 && isAbsent(counters, Counters.FIXED.get(i)) && valueOf(set, Counters.FIXED.get(i)) != 0) {
                return false;
            }
        }
        for (Map.Entry<String, Long> e : set.getOther().entrySet()) {
            if (e.getValue() != 0 && isAbsent(counters, e.getKey()) && valueOf(set, e.getKey()) != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAbsent(Map<String, Long> counters, String name) {
        Long v = counters.get(name);
        return v == null || v == 0;
    }

    /** A counter's value in a set: its position in the array (when there) plus its name in {@code other}. */
    private static long valueOf(CounterSet set, String name) {
        int at = position(name);
        long v = at >= 0 && at < set.getFixed().size() ? set.getFixed().get(at) : 0;
        Long named = set.getOther().get(name);
        return named == null ? v : v + named;
    }

    /** The position of a {@link Counters#FIXED} counter, or -1 for a name outside the fixed list. */
    static int position(String name) {
        Integer at = POSITION.get(name);
        return at == null ? -1 : at;
    }

    /** An array for {@link #plus(CounterSet, long[], Map)}: one slot per {@link Counters#FIXED} counter. */
    static long[] newFixedArray() {
        return new long[Counters.FIXED.size()];
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

    private static int[] namedCosts() {
        int[] costs = new int[Counters.FIXED.size()];
        for (int i = 0; i < costs.length; i++) {
            costs[i] = Counters.FIXED.get(i).length() + 2;
        }
        return costs;
    }

    private static Map<String, Integer> positions() {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < Counters.FIXED.size(); i++) {
            positions.put(Counters.FIXED.get(i), i);
        }
        return Map.copyOf(positions);
    }
}
