package io.complaintstreams.streams.deadline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A complaint's stored facts and what has already been alerted, kept together in one store so that an alert and
 * the flag saying it was sent commit in the same transaction.
 */
public final class StoredComplaint {
    public List<StoredFact> facts = new ArrayList<>();
    /** {@code stage:KIND} of every alert already raised. */
    public Set<String> alerted = new LinkedHashSet<>();
    /** The complaint's current key in the deadline index, or null when its clock has stopped. */
    public String indexKey;
    /** While no RECEIVED has arrived: the date the first held fact was seen. */
    public java.time.LocalDate heldSince;

    boolean hasEvent(String eventId) {
        return facts.stream().anyMatch(f -> f.eventId().equals(eventId));
    }
}
