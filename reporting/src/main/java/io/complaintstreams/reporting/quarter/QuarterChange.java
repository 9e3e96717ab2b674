package io.complaintstreams.reporting.quarter;

import io.complaintstreams.reporting.Rates;
import java.math.BigDecimal;

/**
 * One count in the quarter beside the previous quarter and the same quarter last year, with the changes. A comparison
 * count is null when no complaint event at all is dated in that period (no data, not zero), and so is its change;
 * a % change is also null when the earlier count is 0. {@code name} is a measure, a category or a theme.
 */
public record QuarterChange(String name, long quarter, Long previousQuarter, Long sameQuarterLastYear,
                            Long changeFromPreviousQuarter, BigDecimal changeFromPreviousQuarterPct,
                            Long changeFromLastYear, BigDecimal changeFromLastYearPct) {

    public static QuarterChange of(String name, long quarter, Long previousQuarter, Long sameQuarterLastYear) {
        return new QuarterChange(name, quarter, previousQuarter, sameQuarterLastYear,
                previousQuarter == null ? null : quarter - previousQuarter,
                previousQuarter == null ? null : Rates.percent(quarter - previousQuarter, previousQuarter),
                sameQuarterLastYear == null ? null : quarter - sameQuarterLastYear,
                sameQuarterLastYear == null ? null : Rates.percent(quarter - sameQuarterLastYear, sameQuarterLastYear));
    }

    /** Whether the theme rose from the previous quarter (false when that quarter has no data). */
    public boolean roseFromPreviousQuarter() {
        return changeFromPreviousQuarter != null && changeFromPreviousQuarter > 0;
    }
}
