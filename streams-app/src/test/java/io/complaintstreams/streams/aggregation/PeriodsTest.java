package io.complaintstreams.streams.aggregation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import org.junit.jupiter.api.Test;

class PeriodsTest {

    @Test
    void shouldNameIsoWeeksAcrossYearEndsLikeTheFormatDid() {
        assertEquals("2025-W01", Periods.week(LocalDate.of(2024, 12, 30))); // ISO year 2025 starts on a Monday in 2024
        assertEquals("2020-W53", Periods.week(LocalDate.of(2021, 1, 3)));
        assertEquals("2025-W14", Periods.week(LocalDate.of(2025, 4, 1)));
        assertEquals("0999-W05", Periods.week(LocalDate.of(999, 2, 1)));
        for (LocalDate d = LocalDate.of(2019, 12, 1); d.isBefore(LocalDate.of(2027, 2, 1)); d = d.plusDays(1)) {
            String expected = String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            assertEquals(expected, Periods.week(d), d.toString());
            assertEquals(d.with(java.time.DayOfWeek.MONDAY), Periods.parseWeek(Periods.week(d)), d.toString());
        }
    }
}
