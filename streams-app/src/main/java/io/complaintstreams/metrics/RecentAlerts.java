package io.complaintstreams.metrics;

import complaintstreams.events.AlertKind;
import complaintstreams.events.DeadlineAlert;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The most recent alerts, a bounded ring per kind, so that a noisy kind (possible unlogged complaints) never
 * pushes the deadline alerts out. Thread-safe.
 */
final class RecentAlerts {
    private record Entry(long sequence, DeadlineAlert alert) {}

    private final int perKind;
    private final Map<AlertKind, ArrayDeque<Entry>> rings = new EnumMap<>(AlertKind.class);
    private long sequence;

    RecentAlerts(int perKind) {
        this.perKind = perKind;
    }

    synchronized void add(DeadlineAlert alert) {
        ArrayDeque<Entry> ring = rings.computeIfAbsent(alert.getKind(), k -> new ArrayDeque<>());
        ring.addLast(new Entry(sequence++, alert));
        if (ring.size() > perKind) {
            ring.removeFirst();
        }
    }

    /** Newest first, of the given kinds (all kinds when empty), at most {@code limit}. */
    synchronized List<DeadlineAlert> newest(Set<AlertKind> kinds, int limit) {
        List<Entry> candidates = new ArrayList<>();
        rings.forEach((kind, ring) -> {
            if (kinds.isEmpty() || kinds.contains(kind)) {
                var it = ring.descendingIterator();
                for (int i = 0; i < limit && it.hasNext(); i++) {
                    candidates.add(it.next());
                }
            }
        });
        return candidates.stream().sorted(Comparator.comparingLong(Entry::sequence).reversed()).limit(limit)
                .map(Entry::alert).toList();
    }
}
