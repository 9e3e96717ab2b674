package io.complaintstreams.reporting.annual;

import io.complaintstreams.domain.complaint.ComplaintFact;
import io.complaintstreams.domain.complaint.FactType;
import io.complaintstreams.reporting.ComplaintRecord;
import io.complaintstreams.reporting.ReportingPeriod;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Complaints not accepted: the first REFUSED of each (complaint, stage) dated in the period, by reason. */
public record Refusals(long total, List<RefusalReason> byReason) {
    public static final String NO_REASON = "(no reason given)";

    public Refusals {
        byReason = List.copyOf(byReason);
    }

    public static Refusals of(Collection<ComplaintRecord> records, ReportingPeriod period) {
        Map<String, long[]> counts = new TreeMap<>();
        long total = 0;
        for (ComplaintRecord r : records) {
            Set<Integer> seen = new HashSet<>();
            for (ComplaintFact f : r.facts()) {
                if (f.type() == FactType.REFUSED && seen.add(f.stage()) && period.contains(f.date())) {
                    String reason = f.reason() == null || f.reason().isBlank() ? NO_REASON : f.reason().trim();
                    counts.computeIfAbsent(reason, k -> new long[2])[f.stage() == 2 ? 1 : 0]++;
                    total++;
                }
            }
        }
        List<RefusalReason> rows = counts.entrySet().stream()
                .map(e -> new RefusalReason(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[0] + e.getValue()[1]))
                .sorted(Comparator.comparingLong(RefusalReason::total).reversed().thenComparing(RefusalReason::reason))
                .toList();
        return new Refusals(total, rows);
    }
}
