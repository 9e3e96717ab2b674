package io.complaintstreams.reporting;

import java.time.LocalDate;

/**
 * A reporting period of whole Europe/London calendar days: a financial year ({@link FinancialYear}, the annual report
 * and TSM) or one of its quarters ({@code quarter.FinancialQuarter}, the Code 9.7 quarterly pack).
 */
public interface ReportingPeriod {
    /** The first day, inclusive. */
    LocalDate firstDay();

    /** The last day, inclusive. */
    LocalDate lastDay();

    /** The period of the same length just before this one (the previous year, or the previous quarter). */
    ReportingPeriod previous();

    /** The label users type and reports print, e.g. {@code 2025-26} or {@code 2025-26-Q3}. */
    String label();

    /** Whether the date falls in the period; false for null. */
    default boolean contains(LocalDate date) {
        return date != null && !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }
}
