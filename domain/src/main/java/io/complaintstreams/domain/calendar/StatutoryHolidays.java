package io.complaintstreams.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The usual England and Wales pattern, used only for years the published list does not cover: New Year's
 * Day, Good Friday, Easter Monday, first and last Monday of May, last Monday of August, Christmas and
 * Boxing Day, each moved to the next free weekday when it falls on a weekend. One-off days (jubilees,
 * funerals, coronations) cannot be predicted; they arrive by updating the list.
 */
final class StatutoryHolidays {
    private StatutoryHolidays() {
    }

    static List<BankHoliday> forYear(int year) {
        List<BankHoliday> days = new ArrayList<>();
        LocalDate newYear = LocalDate.of(year, 1, 1);
        days.add(new BankHoliday(nextWeekday(newYear), "New Year's Day"));
        LocalDate easter = easterSunday(year);
        days.add(new BankHoliday(easter.minusDays(2), "Good Friday"));
        days.add(new BankHoliday(easter.plusDays(1), "Easter Monday"));
        days.add(new BankHoliday(firstMonday(year, Month.MAY), "Early May bank holiday"));
        days.add(new BankHoliday(lastMonday(year, Month.MAY), "Spring bank holiday"));
        days.add(new BankHoliday(lastMonday(year, Month.AUGUST), "Summer bank holiday"));
        LocalDate christmas = nextWeekday(LocalDate.of(year, 12, 25));
        LocalDate boxing = nextWeekday(LocalDate.of(year, 12, 26));
        if (!boxing.isAfter(christmas)) {
            boxing = nextWeekday(christmas.plusDays(1));
        }
        days.add(new BankHoliday(christmas, "Christmas Day"));
        days.add(new BankHoliday(boxing, "Boxing Day"));
        return days;
    }

    /** Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static LocalDate nextWeekday(LocalDate date) {
        LocalDate d = date;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static LocalDate firstMonday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    }

    private static LocalDate lastMonday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
    }
}
