package io.complaintstreams.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkingDayCalendarTest {
    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    @Test
    void shouldNotCountTheStartDayEvenWhenItIsAWeekend() {
        LocalDate saturday = LocalDate.parse("2024-06-01");
        assertEquals(LocalDate.parse("2024-06-03"), calendar.plusWorkingDays(saturday, 1));
        assertEquals(LocalDate.parse("2024-06-07"), calendar.plusWorkingDays(saturday, 5));
        LocalDate monday = LocalDate.parse("2024-06-03");
        assertEquals(LocalDate.parse("2024-06-04"), calendar.plusWorkingDays(monday, 1));
    }

    @Test
    void shouldSkipChristmasSubstituteDaysAndNewYear() {
        // Fri 24 Dec 2021: Mon 27 and Tue 28 are substitutes, Sat 1 Jan 2022 moves to Mon 3 Jan.
        assertEquals(LocalDate.parse("2021-12-29"), calendar.plusWorkingDays(LocalDate.parse("2021-12-24"), 1));
        assertEquals(LocalDate.parse("2022-01-05"), calendar.plusWorkingDays(LocalDate.parse("2021-12-24"), 5));
    }

    @Test
    void shouldReturnSameDayForZeroWorkingDaysAndRefuseNegative() {
        LocalDate sunday = LocalDate.parse("2025-01-05");
        assertEquals(sunday, calendar.plusWorkingDays(sunday, 0));
        assertThrows(IllegalArgumentException.class, () -> calendar.plusWorkingDays(sunday, -1));
    }

    @Test
    void shouldCountWorkingDaysAfterFromUpToAndIncludingTo() {
        LocalDate friday = LocalDate.parse("2024-05-24");
        LocalDate wednesday = LocalDate.parse("2024-05-29"); // Mon 27 May is a bank holiday
        assertEquals(2, calendar.workingDaysBetween(friday, wednesday));
        assertEquals(-2, calendar.workingDaysBetween(wednesday, friday));
        assertEquals(0, calendar.workingDaysBetween(friday, friday));
    }

    @Test
    void shouldInvertPlusWorkingDaysWithWorkingDaysBetween() {
        for (LocalDate d = LocalDate.parse("2022-11-20"); d.isBefore(LocalDate.parse("2023-02-01")); d = d.plusDays(1)) {
            for (int n = 0; n <= 25; n += 5) {
                assertEquals(n, calendar.workingDaysBetween(d, calendar.plusWorkingDays(d, n)), d + " + " + n);
            }
        }
    }

    @Test
    void shouldFallBackToStatutoryPatternForYearsNotListed() {
        assertFalse(calendar.listedYears().contains(2029));
        Set<LocalDate> expected2029 = Set.of(LocalDate.parse("2029-01-01"), LocalDate.parse("2029-03-30"), LocalDate.parse("2029-04-02"),
                LocalDate.parse("2029-05-07"), LocalDate.parse("2029-05-28"), LocalDate.parse("2029-08-27"),
                LocalDate.parse("2029-12-25"), LocalDate.parse("2029-12-26"));
        Set<LocalDate> actual = new HashSet<>();
        for (LocalDate d = LocalDate.parse("2029-01-01"); d.getYear() == 2029; d = d.plusDays(1)) {
            if (calendar.isBankHoliday(d)) {
                actual.add(d);
            }
        }
        assertEquals(expected2029, actual);
    }

    @Test
    void shouldAgreeWithStatutoryPatternInYearsWithoutOneOffDays() {
        for (int year : List.of(2017, 2018, 2019, 2021, 2024, 2025, 2026, 2027, 2028)) {
            Set<LocalDate> pattern = new HashSet<>();
            StatutoryHolidays.forYear(year).forEach(h -> pattern.add(h.date()));
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                assertEquals(pattern.contains(d), calendar.isBankHoliday(d), d.toString());
            }
        }
    }

    @Test
    void shouldAddExtraDaysFromFileWithoutDroppingBundledOnes(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("extra.txt"), "# one-off\n2029-06-04 Imagined one-off day\n");
        WorkingDayCalendar updated = WorkingDayCalendar.englandAndWales(file, false);
        assertTrue(updated.isBankHoliday(LocalDate.parse("2029-06-04")));
        assertTrue(updated.isBankHoliday(LocalDate.parse("2029-12-25")));
        assertTrue(updated.isBankHoliday(LocalDate.parse("2026-04-03")));
        assertFalse(calendar.isBankHoliday(LocalDate.parse("2029-06-04")));
    }

    @Test
    void shouldReplaceBundledListWithGovUkJsonFile(@TempDir Path dir) throws IOException {
        String json = """
                {"england-and-wales": {"division": "england-and-wales", "events": [
                  {"title": "Early May bank holiday", "date": "2026-05-11", "notes": "", "bunting": true}]},
                 "scotland": {"division": "scotland", "events": [{"title": "St Andrew", "date": "2026-11-30"}]}}
                """;
        Path file = Files.writeString(dir.resolve("bank-holidays.json"), json);
        WorkingDayCalendar replaced = WorkingDayCalendar.englandAndWales(file, true);
        assertEquals(Set.of(2026), replaced.listedYears());
        assertTrue(replaced.isBankHoliday(LocalDate.parse("2026-05-11")));
        assertFalse(replaced.isBankHoliday(LocalDate.parse("2026-05-04")));
        assertFalse(replaced.isBankHoliday(LocalDate.parse("2026-11-30")));
    }

    @Test
    void shouldRejectUnreadableDateInHolidayFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.txt"), "2026-02-30 Nonsense\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WorkingDayCalendar.englandAndWales(file, true));
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void shouldApplyLandlordClosuresOnlyToThatLandlord() {
        BankHoliday closure = new BankHoliday(LocalDate.parse("2025-12-29"), "Office closed");
        LandlordCalendars calendars = LandlordCalendars.from(
                new CalendarConfig(java.util.Optional.empty(), false, java.util.Map.of("L1", List.of(closure))));
        assertFalse(calendars.forLandlord("L1").isWorkingDay(closure.date()));
        assertTrue(calendars.forLandlord("L2").isWorkingDay(closure.date()));
        assertTrue(LandlordCalendars.from(CalendarConfig.defaults()).forLandlord("L1").isWorkingDay(closure.date()));
    }
}
