package io.complaintstreams.generator.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Monday to Friday except England and Wales bank holidays 2024 to 2028 (a fixed list, enough for synthetic data). */
public final class WorkingDays {
    private static final Set<LocalDate> BANK_HOLIDAYS = Stream.of(
            "2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26",
            "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26",
            "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28",
            "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28",
            "2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-08-28", "2028-12-25", "2028-12-26")
            .map(LocalDate::parse).collect(Collectors.toUnmodifiableSet());

    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !BANK_HOLIDAYS.contains(date);
    }

    /** The n-th working day after {@code date} (the date itself never counts); n = 0 returns the date. */
    public static LocalDate plus(LocalDate date, int n) {
        LocalDate d = date;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /** The date itself if it is a working day, else the next working day. */
    public static LocalDate onOrAfter(LocalDate date) {
        return isWorkingDay(date) ? date : plus(date, 1);
    }
}
