package io.complaintstreams.streams.classification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One resident's signals awaiting a complaint, the signals already settled (alerted, or resolved by a complaint)
 * and recent complaint receipt dates. Settled signals live in the same store the punctuator reads, so an alert
 * and the flag saying it was raised commit together: at most one alert per signal, across restarts. Stored as
 * binary Avro {@code UnloggedResidentState} ({@link ResidentStateCodec}).
 */
public final class ResidentState {
    /** How long settled signals and receipt dates are remembered after the latest date seen. */
    static final int MEMORY_DAYS = 400;

    public Map<String, Pending> pending = new LinkedHashMap<>();
    /** signalId to the signal's date, for signals alerted or resolved. */
    public Map<String, LocalDate> settled = new LinkedHashMap<>();
    public List<LocalDate> receivedDates = new ArrayList<>();

    /** {@code themes} and {@code confidence} are null when not known. */
    public record Pending(String signalId, String landlordId, LocalDate signalDate, LocalDate dueOn, String source,
                          String sourceId, String action, String indexKey, List<String> themes, Double confidence) {}

    boolean knows(String signalId) {
        return pending.containsKey(signalId) || settled.containsKey(signalId);
    }

    boolean receivedBetween(LocalDate fromInclusive, LocalDate toInclusive) {
        return receivedDates.stream().anyMatch(d -> !d.isBefore(fromInclusive) && !d.isAfter(toInclusive));
    }

    /** Pending signals that a complaint received on {@code date} answers: dated on or before it, due on or after. */
    List<Pending> resolvedBy(LocalDate date) {
        return pending.values().stream()
                .filter(p -> !date.isBefore(p.signalDate()) && !date.isAfter(p.dueOn()))
                .toList();
    }

    void settle(Pending p) {
        pending.remove(p.signalId());
        settled.put(p.signalId(), p.signalDate());
    }

    void forgetOlderThan(LocalDate latest) {
        LocalDate horizon = latest.minusDays(MEMORY_DAYS);
        settled.values().removeIf(d -> d.isBefore(horizon));
        receivedDates.removeIf(d -> d.isBefore(horizon));
    }

    boolean isEmpty() {
        return pending.isEmpty() && settled.isEmpty() && receivedDates.isEmpty();
    }

    /**
     * This state with every pending signal's index key rebuilt by {@code indexKey} (signal to its new key): the
     * state an erased resident's mask carries on.
     */
    void reindex(java.util.function.Function<Pending, String> indexKey) {
        pending.replaceAll((id, p) -> new Pending(p.signalId(), p.landlordId(), p.signalDate(), p.dueOn(), p.source(),
                p.sourceId(), p.action(), indexKey.apply(p), p.themes(), p.confidence()));
    }

    /** Adds {@code other}'s signals and receipt dates to this state (a mask met twice). */
    void absorb(ResidentState other) {
        other.pending.forEach(pending::putIfAbsent);
        other.settled.forEach(settled::putIfAbsent);
        other.receivedDates.stream().filter(d -> !receivedDates.contains(d)).forEach(receivedDates::add);
    }
}
