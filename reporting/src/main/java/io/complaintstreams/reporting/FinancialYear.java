package io.complaintstreams.reporting;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A financial year such as {@code 2025-26}: 1 April 2025 to 31 March 2026 inclusive, as Europe/London dates.
 * The label must be {@code YYYY-YY} with YY = (YYYY + 1) mod 100.
 */
public record FinancialYear(int startYear) implements ReportingPeriod {
    private static final Pattern LABEL = Pattern.compile("(\\d{4})-(\\d{2})");

    public FinancialYear {
        if (startYear < 1900 || startYear > 9998) {
            throw new InvalidPeriodException("period: year out of range: " + startYear);
        }
    }

    /** Parses {@code YYYY-YY}; throws {@link InvalidPeriodException} (naming "period") otherwise. */
    public static FinancialYear parse(String label) {
        Matcher m = LABEL.matcher(label == null ? "" : label.trim());
        if (!m.matches()) {
            throw new InvalidPeriodException("period: must be YYYY-YY, e.g. 2025-26, " + (label == null ? "and is missing" : "got '" + label + "'"));
        }
        int start = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        if (end != (start + 1) % 100) {
            throw new InvalidPeriodException("period: '" + label + "' must end with the year after " + start
                    + " (" + String.format("%d-%02d", start, (start + 1) % 100) + ")");
        }
        return new FinancialYear(start);
    }

    /** The financial year containing this date. */
    public static FinancialYear containing(LocalDate date) {
        return new FinancialYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
    }

    @Override
    public LocalDate firstDay() {
        return LocalDate.of(startYear, 4, 1);
    }

    @Override
    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, 3, 31);
    }

    @Override
    public FinancialYear previous() {
        return new FinancialYear(startYear - 1);
    }

    @Override
    public String label() {
        return String.format("%d-%02d", startYear, (startYear + 1) % 100);
    }

    @Override
    public String toString() {
        return label();
    }
}
