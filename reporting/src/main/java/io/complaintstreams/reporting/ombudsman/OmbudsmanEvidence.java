package io.complaintstreams.reporting.ombudsman;

import io.complaintstreams.domain.ombudsman.OmbudsmanCase;
import io.complaintstreams.domain.ombudsman.OmbudsmanFact;
import io.complaintstreams.domain.ombudsman.OrderStatus;
import io.complaintstreams.reporting.ReportingPeriod;
import io.complaintstreams.reporting.annual.Referrals;
import io.complaintstreams.reporting.annual.Statement;
import io.complaintstreams.reporting.quarter.OmbudsmanOrders;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Ombudsman referrals, determinations and orders for a report period (Code 8.1 c, 9.7 c), from the events on
 * {@code crm.ombudsman-cases} when there are any for the landlord; otherwise the landlord's files
 * ({@value Referrals#FILE}, {@value OmbudsmanOrders#FILE}) as before. Data from events takes precedence.
 */
public final class OmbudsmanEvidence {
    /** The source named in the reports when the figures come from events. */
    public static final String EVENTS = "crm.ombudsman-cases";
    /** Findings that are maladministration (a finding of non-compliance for the annual report, 8.1 c). */
    public static final List<String> MALADMINISTRATION = List.of("SEVERE_MALADMINISTRATION", "MALADMINISTRATION");
    /** Severity order, worst first: a case's headline finding is its worst. */
    static final List<String> SEVERITY = List.of("SEVERE_MALADMINISTRATION", "MALADMINISTRATION", "SERVICE_FAILURE",
            "REASONABLE_REDRESS", "NO_MALADMINISTRATION", "OUTSIDE_JURISDICTION", "OTHER");

    private final List<OmbudsmanCase> cases;

    private OmbudsmanEvidence(List<OmbudsmanCase> cases) {
        this.cases = cases;
    }

    /** The landlord's cases (all landlords when null), one per complaint. */
    public static OmbudsmanEvidence of(Collection<OmbudsmanFact> facts, String landlordId) {
        Map<String, List<OmbudsmanFact>> byComplaint = new LinkedHashMap<>();
        for (OmbudsmanFact f : facts == null ? List.<OmbudsmanFact>of() : facts) {
            if (landlordId == null || landlordId.equals(f.landlordId())) {
                byComplaint.computeIfAbsent(f.complaintId(), k -> new ArrayList<>()).add(f);
            }
        }
        return new OmbudsmanEvidence(byComplaint.values().stream().map(OmbudsmanCase::of).toList());
    }

    public boolean hasEvents() {
        return !cases.isEmpty();
    }

    /** Referrals dated in the period, by each case's headline finding ("(not yet determined)" before a determination). */
    public Referrals referrals(ReportingPeriod period, Path statementsDir) {
        if (!hasEvents()) {
            return Referrals.read(statementsDir, period);
        }
        Map<String, Long> byOutcome = new TreeMap<>();
        long count = 0;
        for (OmbudsmanCase c : cases) {
            if (period.contains(c.referredOn())) {
                count++;
                byOutcome.merge(headline(c), 1L, Long::sum);
            }
        }
        return new Referrals(Statement.SUPPLIED, EVENTS, count, byOutcome, null);
    }

    /** Orders due by the period's end and not completed before it began, with their status at its end. */
    public OmbudsmanOrders orders(ReportingPeriod period, Path statementsDir) {
        if (!hasEvents()) {
            return OmbudsmanOrders.read(statementsDir, period);
        }
        List<OmbudsmanOrders.Order> orders = new ArrayList<>();
        Map<String, Long> byStatus = new TreeMap<>();
        for (OmbudsmanCase c : cases) {
            for (OmbudsmanCase.Order o : c.orders()) {
                if (o.dueOn().isAfter(period.lastDay()) || o.completedOn() != null && o.completedOn().isBefore(period.firstDay())) {
                    continue;
                }
                OrderStatus status = o.statusOn(period.lastDay());
                boolean completedByEnd = o.completedOn() != null && !o.completedOn().isAfter(period.lastDay());
                orders.add(new OmbudsmanOrders.Order(o.orderId(), c.complaintId(), o.order(), o.dueOn().toString(),
                        completedByEnd ? o.completedOn().toString() : null, OmbudsmanOrders.OrderStatus.valueOf(status.name())));
                byStatus.merge(status.name(), 1L, Long::sum);
            }
        }
        orders.sort(Comparator.comparing(OmbudsmanOrders.Order::due).thenComparing(OmbudsmanOrders.Order::orderId));
        return new OmbudsmanOrders(Statement.SUPPLIED, EVENTS, orders, byStatus);
    }

    /** Determinations dated in the period and their findings; "Not supplied" when there are no events. */
    public Determinations determinations(ReportingPeriod period) {
        if (!hasEvents()) {
            return new Determinations(Statement.NOT_SUPPLIED, EVENTS, null, null, null, List.of());
        }
        Map<String, Long> byFinding = new TreeMap<>();
        List<Determinations.Determination> list = new ArrayList<>();
        long maladministration = 0;
        for (OmbudsmanCase c : cases) {
            if (!period.contains(c.determinedOn())) {
                continue;
            }
            c.findingKinds().forEach(k -> byFinding.merge(k, 1L, Long::sum));
            if (c.findingKinds().stream().anyMatch(MALADMINISTRATION::contains)) {
                maladministration++;
            }
            list.add(new Determinations.Determination(c.caseId(), c.complaintId(), c.determinedOn().toString(),
                    c.findings().stream().map(f -> f.issue() == null ? f.finding() : f.finding() + " (" + f.issue() + ")").toList()));
        }
        list.sort(Comparator.comparing(Determinations.Determination::date).thenComparing(Determinations.Determination::caseId));
        return new Determinations(Statement.SUPPLIED, EVENTS, (long) list.size(), maladministration, byFinding, list);
    }

    private static String headline(OmbudsmanCase c) {
        if (c.determinedOn() == null) {
            return "(not yet determined)";
        }
        return c.findingKinds().stream().min(Comparator.comparingInt(k -> SEVERITY.indexOf(k) < 0 ? SEVERITY.size() : SEVERITY.indexOf(k)))
                .orElse("(no finding recorded)");
    }
}
