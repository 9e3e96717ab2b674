package io.complaintstreams.reporting.annual;

import io.complaintstreams.reporting.ComplaintRecord;
import io.complaintstreams.reporting.ReportingPeriod;
import io.complaintstreams.reporting.Rates;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A category or theme: complaints received in the period (first receipt: stage 1, else the escalation) carrying
 * it, the previous year's count, the change, and the change as a % of last year (null when last year had none).
 * {@code previousYear} and {@code change} are null when no complaint event at all is dated in the previous year (no
 * data to compare with, not zero), and such a theme is not "rising".
 */
public record TrendRow(String name, long count, Long previousYear, Long change, BigDecimal changePct) {
    static final Comparator<TrendRow> BY_COUNT = Comparator.comparingLong(TrendRow::count).reversed().thenComparing(TrendRow::name);

    public static List<TrendRow> categories(Collection<ComplaintRecord> records, ReportingPeriod period) {
        return rows(records, period, r -> r.category() == null ? List.of("(none)") : List.of(r.category()));
    }

    public static List<TrendRow> themes(Collection<ComplaintRecord> records, ReportingPeriod period) {
        return rows(records, period, ComplaintRecord::themes);
    }

    /** Themes that rose from last year, largest increase first, at most {@code limit}. */
    public static List<TrendRow> rising(List<TrendRow> themes, int limit) {
        return themes.stream().filter(t -> t.change() != null && t.change() > 0)
                .sorted(Comparator.comparing(TrendRow::change).reversed().thenComparing(TrendRow::name))
                .limit(limit).toList();
    }

    private static List<TrendRow> rows(Collection<ComplaintRecord> records, ReportingPeriod period,
                                       Function<ComplaintRecord, List<String>> names) {
        Map<String, long[]> counts = new TreeMap<>();
        for (ComplaintRecord r : records) {
            int slot = period.contains(r.firstReceivedOn()) ? 0 : period.previous().contains(r.firstReceivedOn()) ? 1 : -1;
            if (slot >= 0) {
                names.apply(r).forEach(n -> counts.computeIfAbsent(n, k -> new long[2])[slot]++);
            }
        }
        boolean previousHasData = io.complaintstreams.reporting.ComplaintRecords.hasData(records, period.previous());
        return counts.entrySet().stream().map(e -> previousHasData
                        ? new TrendRow(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[0] - e.getValue()[1],
                                Rates.percent(e.getValue()[0] - e.getValue()[1], e.getValue()[1]))
                        : new TrendRow(e.getKey(), e.getValue()[0], null, null, null))
                .sorted(BY_COUNT).toList();
    }
}
