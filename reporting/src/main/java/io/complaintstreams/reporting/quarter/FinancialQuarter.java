package io.complaintstreams.reporting.quarter;

import io.complaintstreams.reporting.FinancialYear;
import io.complaintstreams.reporting.InvalidPeriodException;
import io.complaintstreams.reporting.ReportingPeriod;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quarter of a financial year, labelled {@code YYYY-YY-Qn}: Q1 April to June, Q2 July to September, Q3 October
 * to December, Q4 January to March (of the year's second calendar year), as Europe/London dates.
 */
public record FinancialQuarter(FinancialYear year, int quarter) implements ReportingPeriod {
    private static final Pattern LABEL = Pattern.compile("(\\d{4}-\\d{2})-[Qq]([1-4])");

    public FinancialQuarter {
        if (quarter < 1 || quarter > 4) {
            throw new InvalidPeriodException("period: quarter must be Q1 to Q4, got Q" + quarter);
        }
    }

    /** Parses {@code YYYY-YY-Qn} (the q in either case, as people type it); throws {@link InvalidPeriodException} naming "period" otherwise. */
    public static FinancialQuarter parse(String label) {
        Matcher m = LABEL.matcher(label == null ? "" : label.trim());
        if (!m.matches()) {
            throw new InvalidPeriodException("period: must be YYYY-YY-Qn, e.g. 2025-26-Q3 (October to December 2025), "
                    + (label == null ? "and is missing" : "got '" + label + "'"));
        }
        return new FinancialQuarter(FinancialYear.parse(m.group(1)), Integer.parseInt(m.group(2)));
    }

    @Override
    public LocalDate firstDay() {
        return year.firstDay().plusMonths(3L * (quarter - 1));
    }

    @Override
    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    /** The quarter just before (Q1's previous is the previous year's Q4). */
    @Override
    public FinancialQuarter previous() {
        return quarter == 1 ? new FinancialQuarter(year.previous(), 4) : new FinancialQuarter(year, quarter - 1);
    }

    /** The same quarter of the previous financial year. */
    public FinancialQuarter sameQuarterLastYear() {
        return new FinancialQuarter(year.previous(), quarter);
    }

    @Override
    public String label() {
        return year.label() + "-Q" + quarter;
    }

    @Override
    public String toString() {
        return label();
    }
}
