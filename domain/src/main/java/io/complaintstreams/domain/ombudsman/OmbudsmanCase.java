package io.complaintstreams.domain.ombudsman;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A complaint's Ombudsman case as a pure function of its facts (ordered by occurredAt then eventId, one per eventId):
 * the earliest referral and determination, the findings of the latest determination, and each order (the first
 * ORDER_MADE of an orderId gives its due date, a later one replaces it; the earliest ORDER_COMPLETED completes it).
 */
public record OmbudsmanCase(String caseId, String complaintId, String landlordId, String residentId, LocalDate referredOn,
                            LocalDate determinedOn, List<OmbudsmanFact.Finding> findings, List<Order> orders) {

    /** One order of the case. */
    public record Order(String orderId, String order, LocalDate dueOn, LocalDate completedOn, Double amount, LocalDate madeOn) {
        public OrderStatus statusOn(LocalDate asOf) {
            return OrderStatus.at(dueOn, completedOn, asOf);
        }
    }

    public static OmbudsmanCase of(Collection<OmbudsmanFact> facts) {
        Map<String, OmbudsmanFact> unique = new LinkedHashMap<>();
        facts.forEach(f -> unique.putIfAbsent(f.eventId(), f));
        List<OmbudsmanFact> ordered = new ArrayList<>(unique.values());
        ordered.sort(Comparator.comparing(OmbudsmanFact::occurredAt).thenComparing(OmbudsmanFact::eventId));
        String caseId = null;
        String complaintId = null;
        String landlordId = null;
        String residentId = null;
        LocalDate referred = null;
        LocalDate determined = null;
        List<OmbudsmanFact.Finding> findings = List.of();
        Map<String, Order> orders = new LinkedHashMap<>();
        for (OmbudsmanFact f : ordered) {
            caseId = caseId != null ? caseId : f.caseId();
            complaintId = complaintId != null ? complaintId : f.complaintId();
            landlordId = landlordId != null ? landlordId : f.landlordId();
            residentId = f.residentId() != null ? f.residentId() : residentId;
            switch (f.type()) {
                case "REFERRED" -> referred = referred == null ? f.date() : referred;
                case "DETERMINED" -> {
                    determined = determined == null ? f.date() : determined;
                    findings = f.findings();
                }
                case "ORDER_MADE" -> {
                    Order before = orders.get(f.orderId());
                    orders.put(f.orderId(), new Order(f.orderId(), f.order(), f.orderDueOn(), before == null ? null : before.completedOn(),
                            f.amount(), before == null ? f.date() : before.madeOn()));
                }
                case "ORDER_COMPLETED" -> {
                    Order before = orders.get(f.orderId());
                    if (before == null) {
                        orders.put(f.orderId(), new Order(f.orderId(), null, null, f.date(), null, null));
                    } else if (before.completedOn() == null) {
                        orders.put(f.orderId(), new Order(before.orderId(), before.order(), before.dueOn(), f.date(), before.amount(),
                                before.madeOn()));
                    }
                }
                default -> { }
            }
        }
        return new OmbudsmanCase(caseId, complaintId, landlordId, residentId, referred, determined, findings,
                orders.values().stream().filter(o -> o.dueOn() != null).toList());
    }

    /** The distinct findings of the determination, e.g. MALADMINISTRATION. */
    public List<String> findingKinds() {
        return List.copyOf(new LinkedHashSet<>(findings.stream().map(OmbudsmanFact.Finding::finding).toList()));
    }
}
