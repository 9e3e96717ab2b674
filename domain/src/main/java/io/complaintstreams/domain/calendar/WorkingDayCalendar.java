package io.complaintstreams.domain.calendar;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * England and Wales working days: Monday to Friday, not a bank holiday. Years present in the holiday list
 * are taken from the list exactly (one-off days included); any other year falls back to the statutory
 * pattern ({@link StatutoryHolidays}). Immutable and thread-safe.
 */
public final class WorkingDayCalendar {
    private final Map<LocalDate, String> listed;
    private final Set<Integer> listedYears;
    private final Map<LocalDate, String> extraDays;
    private final Map<Integer, Map<LocalDate, String>> fallback = new ConcurrentHashMap<>();

    private WorkingDayCalendar(Map<LocalDate, String> listed, Map<LocalDate, String> extraDays) {
        this.listed = Map.copyOf(listed);
        this.extraDays = Map.copyOf(extraDays);
        Set<Integer> years = new HashSet<>();
        listed.keySet().forEach(d -> years.add(d.getYear()));
        this.listedYears = Set.copyOf(years);
    }

    /** The bundled GOV.UK list for England and Wales. */
    public static WorkingDayCalendar englandAndWales() {
        return of(BankHolidayFiles.bundled());
    }

    /** A calendar whose bank holidays are exactly these (for the years they mention). */
    public static WorkingDayCalendar of(Collection<BankHoliday> holidays) {
        return new WorkingDayCalendar(toMap(holidays), Map.of());
    }

    /**
     * The bundled list, updated from a file: with {@code replace} the file is the whole list (it becomes
     * authoritative for the years it mentions); otherwise its days are added to the bundled calendar.
     */
    public static WorkingDayCalendar englandAndWales(Path file, boolean replace) {
        return replace ? of(BankHolidayFiles.read(file)) : englandAndWales().withExtraDays(BankHolidayFiles.read(file));
    }

    /** A copy of this calendar in which these days (e.g. a landlord's closure days) are also not working days. */
    public WorkingDayCalendar withExtraDays(Collection<BankHoliday> days) {
        Map<LocalDate, String> extra = new HashMap<>(extraDays);
        extra.putAll(toMap(days));
        return new WorkingDayCalendar(listed, extra);
    }

    /** The years whose holidays come from the list rather than the statutory pattern. */
    public Set<Integer> listedYears() {
        return listedYears;
    }

    public boolean isBankHoliday(LocalDate date) {
        return holidayName(date).isPresent();
    }

    /** The name of the bank holiday or extra closure day on this date, if it is one. */
    public Optional<String> holidayName(LocalDate date) {
        Objects.requireNonNull(date, "date");
        String extra = extraDays.get(date);
        if (extra != null) {
            return Optional.of(extra);
        }
        if (listedYears.contains(date.getYear())) {
            return Optional.ofNullable(listed.get(date));
        }
        return Optional.ofNullable(fallback.computeIfAbsent(date.getYear(), y -> toMap(StatutoryHolidays.forYear(y))).get(date));
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isBankHoliday(date);
    }

    /** "D + N working days": the N-th working day after D (D itself never counts); D when N is 0. */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + n);
        }
        LocalDate d = date;
        for (int counted = 0; counted < n; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /**
     * The number of working days after {@code fromExclusive} up to and including {@code toInclusive};
     * negative (the count the other way round) when {@code toInclusive} is before {@code fromExclusive}.
     */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        if (toInclusive.isBefore(fromExclusive)) {
            return -workingDaysBetween(toInclusive, fromExclusive);
        }
        int count = 0;
        for (LocalDate d = fromExclusive.plusDays(1); !d.isAfter(toInclusive); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    private static Map<LocalDate, String> toMap(Collection<BankHoliday> holidays) {
        Map<LocalDate, String> map = new HashMap<>();
        holidays.forEach(h -> map.merge(h.date(), h.name(), (a, b) -> a + "; " + b));
        return map;
    }
}
