package io.complaintstreams.domain.complaint;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The canonical order of a complaint's facts: occurredAt, then {@link FactType} order, then eventId (then the
 * whole fact, so that even two different facts sharing an eventId are ordered the same way every time). One
 * fact per eventId survives (per content when it has none): the first in that order. The result is independent of arrival order.
 */
public final class FactOrder {
    public static final Comparator<ComplaintFact> CANONICAL = Comparator
            .comparing(ComplaintFact::occurredAt)
            .thenComparing(ComplaintFact::type)
            .thenComparing(ComplaintFact::eventId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Object::toString);

    private FactOrder() {
    }

    public static List<ComplaintFact> canonical(Collection<ComplaintFact> facts) {
        List<ComplaintFact> sorted = new ArrayList<>(facts);
        sorted.sort(CANONICAL);
        Map<String, ComplaintFact> firstPerId = new LinkedHashMap<>();
        for (ComplaintFact fact : sorted) {
            firstPerId.putIfAbsent(fact.eventId() != null ? fact.eventId() : "content:" + fact, fact);
        }
        return List.copyOf(firstPerId.values());
    }
}
