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
        return newest(kinds, limit, true);
    }

    /**
     * Newest first, of the given kinds (all kinds when empty), at most {@code limit}; without {@code superseded}, a
     * DUE_SOON alert is left out when this feed also holds the OVERDUE alert of the same complaint, stage and deadline
     * (the overdue replaces it: {@code io.complaintstreams.domain.complaint.AlertOutcomes}).
     */
    synchronized List<DeadlineAlert> newest(Set<AlertKind> kinds, int limit, boolean superseded) {
        List<Entry> candidates = new ArrayList<>();
        rings.forEach((kind, ring) -> {
            if (kinds.isEmpty() || kinds.contains(kind)) {
                var it = ring.descendingIterator();
                int taken = 0;
                while (taken < limit && it.hasNext()) {
                    Entry e = it.next();
                    if (superseded || !isSuperseded(e.alert())) {
                        candidates.add(e);
                        taken++;
                    }
                }
            }
        });
        return candidates.stream().sorted(Comparator.comparingLong(Entry::sequence).reversed()).limit(limit)
                .map(Entry::alert).toList();
    }

    private boolean isSuperseded(DeadlineAlert alert) {
        AlertKind overdue = switch (alert.getKind()) {
            case ACKNOWLEDGEMENT_DUE_SOON -> AlertKind.ACKNOWLEDGEMENT_OVERDUE;
            case RESPONSE_DUE_SOON -> AlertKind.RESPONSE_OVERDUE;
            default -> null;
        };
        ArrayDeque<Entry> ring = overdue == null ? null : rings.get(overdue);
        if (ring == null || alert.getComplaintId() == null) {
            return false;
        }
        for (Entry e : ring) {
            if (java.util.Objects.equals(e.alert().getComplaintId(), alert.getComplaintId())
                    && java.util.Objects.equals(e.alert().getStage(), alert.getStage())) {
                return true;
            }
        }
        return false;
    }
}
