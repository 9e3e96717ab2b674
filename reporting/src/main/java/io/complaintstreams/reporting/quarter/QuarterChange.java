package io.complaintstreams.reporting.quarter;

import io.complaintstreams.reporting.Rates;
import java.math.BigDecimal;

/**
 * One count in the quarter beside the previous quarter and the same quarter last year, with the changes (the %
 * changes are null when the earlier count is 0). {@code name} is a measure, a category or a theme.
 */
public record QuarterChange(String name, long quarter, long previousQuarter, long sameQuarterLastYear,
                            long changeFromPreviousQuarter, BigDecimal changeFromPreviousQuarterPct,
                            long changeFromLastYear, BigDecimal changeFromLastYearPct) {

    public static QuarterChange of(String name, long quarter, long previousQuarter, long sameQuarterLastYear) {
        return new QuarterChange(name, quarter, previousQuarter, sameQuarterLastYear,
                quarter - previousQuarter, Rates.percent(quarter - previousQuarter, previousQuarter),
                quarter - sameQuarterLastYear, Rates.percent(quarter - sameQuarterLastYear, sameQuarterLastYear));
    }
}
