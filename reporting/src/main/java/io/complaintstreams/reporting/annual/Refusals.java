package io.complaintstreams.reporting.annual;

import io.complaintstreams.domain.complaint.ComplaintFact;
import io.complaintstreams.domain.complaint.FactType;
import io.complaintstreams.reporting.ComplaintRecord;
import io.complaintstreams.reporting.ReportingPeriod;
import java.util.ArrayList;
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

    /** One complaint's refusal at one stage; {@code reason} is trimmed, or null where none was recorded. */
    public record Refusal(String complaintId, int stage, String reason) {
    }

    /** The first REFUSED of each (complaint, stage) dated in the period, in record order. */
    public static List<Refusal> first(Collection<ComplaintRecord> records, ReportingPeriod period) {
        List<Refusal> result = new ArrayList<>();
        for (ComplaintRecord r : records) {
            Set<Integer> seen = new HashSet<>();
            for (ComplaintFact f : r.facts()) {
                if (f.type() == FactType.REFUSED && seen.add(f.stage()) && period.contains(f.date())) {
                    result.add(new Refusal(r.complaintId(), f.stage(), f.reason() == null || f.reason().isBlank() ? null : f.reason().trim()));
                }
            }
        }
        return result;
    }

    public static Refusals of(Collection<ComplaintRecord> records, ReportingPeriod period) {
        Map<String, long[]> counts = new TreeMap<>();
        List<Refusal> refusals = first(records, period);
        for (Refusal x : refusals) {
            counts.computeIfAbsent(x.reason() == null ? NO_REASON : x.reason(), k -> new long[2])[x.stage() == 2 ? 1 : 0]++;
        }
        long total = refusals.size();
        List<RefusalReason> rows = counts.entrySet().stream()
                .map(e -> new RefusalReason(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[0] + e.getValue()[1]))
                .sorted(Comparator.comparingLong(RefusalReason::total).reversed().thenComparing(RefusalReason::reason))
                .toList();
        return new Refusals(total, rows);
    }
}
