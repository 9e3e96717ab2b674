package io.complaintstreams.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The calendar against GOV.UK's England and Wales list, year by year, written out here independently of the resource. */
class GovUkBankHolidaysTest {
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    static Stream<Arguments> govUkYears() {
        return Stream.of(
                Arguments.of(2022, dates("2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03",
                        "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27")),
                Arguments.of(2023, dates("2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29",
                        "2023-08-28", "2023-12-25", "2023-12-26")),
                Arguments.of(2024, dates("2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26",
                        "2024-12-25", "2024-12-26")),
                Arguments.of(2025, dates("2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25",
                        "2025-12-25", "2025-12-26")),
                Arguments.of(2026, dates("2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31",
                        "2026-12-25", "2026-12-28")),
                Arguments.of(2027, dates("2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30",
                        "2027-12-27", "2027-12-28")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("govUkYears")
    void shouldMatchGovUkBankHolidaysForYear(int year, Set<LocalDate> expected) {
        Set<LocalDate> actual = new TreeSet<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (CALENDAR.isBankHoliday(d)) {
                actual.add(d);
            }
        }
        assertEquals(expected, actual);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("govUkYears")
    void shouldTreatEveryGovUkBankHolidayAsNonWorkingDay(int year, Set<LocalDate> expected) {
        expected.forEach(d -> assertEquals(false, CALENDAR.isWorkingDay(d), d::toString));
    }

    private static Set<LocalDate> dates(String... iso) {
        return Stream.of(iso).map(LocalDate::parse).collect(Collectors.toCollection(TreeSet::new));
    }
}
