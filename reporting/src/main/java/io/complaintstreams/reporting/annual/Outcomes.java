package io.complaintstreams.reporting.annual;

import io.complaintstreams.domain.complaint.StageView;
import io.complaintstreams.reporting.ComplaintRecord;
import io.complaintstreams.reporting.ReportingPeriod;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Outcomes of the responses dated in the period, per stage (NOT_RECORDED when a response gave none). */
public record Outcomes(Map<String, Long> stage1, Map<String, Long> stage2) {
    public static final List<String> KINDS = List.of("UPHELD", "PARTLY_UPHELD", "NOT_UPHELD", "NOT_RECORDED");

    public static Outcomes of(Collection<ComplaintRecord> records, ReportingPeriod period) {
        return new Outcomes(stage(records, 1, period), stage(records, 2, period));
    }

    private static Map<String, Long> stage(Collection<ComplaintRecord> records, int stage, ReportingPeriod period) {
        Map<String, Long> counts = new LinkedHashMap<>();
        KINDS.forEach(k -> counts.put(k, 0L));
        records.stream().map(r -> r.stage(stage).orElse(null))
                .filter(v -> v != null && period.contains(v.respondedOn()))
                .map(StageView::outcome)
                .forEach(o -> counts.merge(o == null || !counts.containsKey(o) ? "NOT_RECORDED" : o, 1L, Long::sum));
        return counts;
    }
}
