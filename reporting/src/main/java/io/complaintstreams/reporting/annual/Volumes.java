package io.complaintstreams.reporting.annual;

import io.complaintstreams.reporting.ComplaintRecord;
import io.complaintstreams.reporting.ReportingPeriod;
import io.complaintstreams.reporting.Rates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Volumes (CH01 counting: stage 1 by RECEIVED date, stage 2 by ESCALATED date), rates, last year, by month.
 * {@code previousYearStage1}/{@code previousYearStage2} are null when no complaint event at all is dated in the previous
 * period (no data, not zero: e.g. the first year a landlord's data covers).
 */
public record Volumes(long stage1, long stage2, BigDecimal stage1Per1000, BigDecimal stage2Per1000,
                      Long previousYearStage1, Long previousYearStage2, List<MonthVolume> byMonth) {
    public Volumes {
        byMonth = List.copyOf(byMonth);
    }

    public static Volumes of(Collection<ComplaintRecord> records, ReportingPeriod period, Integer homes) {
        long s1 = count(records, period, 1);
        long s2 = count(records, period, 2);
        List<MonthVolume> months = new ArrayList<>(12);
        for (YearMonth m = YearMonth.from(period.firstDay()); !m.isAfter(YearMonth.from(period.lastDay())); m = m.plusMonths(1)) {
            YearMonth month = m;
            months.add(new MonthVolume(m.toString(),
                    records.stream().map(ComplaintRecord::stage1ReceivedOn).filter(d -> in(d, month)).count(),
                    records.stream().map(ComplaintRecord::escalatedOn).filter(d -> in(d, month)).count()));
        }
        boolean previousHasData = io.complaintstreams.reporting.ComplaintRecords.hasData(records, period.previous());
        return new Volumes(s1, s2, Rates.per1000(s1, homes), Rates.per1000(s2, homes),
                previousHasData ? count(records, period.previous(), 1) : null,
                previousHasData ? count(records, period.previous(), 2) : null, months);
    }

    private static long count(Collection<ComplaintRecord> records, ReportingPeriod period, int stage) {
        return records.stream().map(stage == 1 ? ComplaintRecord::stage1ReceivedOn : ComplaintRecord::escalatedOn)
                .filter(period::contains).count();
    }

    private static boolean in(LocalDate date, YearMonth month) {
        return date != null && Objects.equals(YearMonth.from(date), month);
    }
}
