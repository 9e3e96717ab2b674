package io.complaintstreams.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.complaintstreams.generator.internal.WorkingDays;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    @Test
    void shouldSkipTheWeekendWhenAddingWorkingDays() {
        assertEquals(LocalDate.of(2025, 6, 9), WorkingDays.plus(LocalDate.of(2025, 6, 6), 1)); // Friday -> Monday
    }

    @Test
    void shouldNotCountTheStartDateEvenOnASaturday() {
        assertEquals(LocalDate.of(2025, 6, 13), WorkingDays.plus(LocalDate.of(2025, 6, 7), 5));
    }

    @Test
    void shouldSkipEasterAndChristmasBankHolidays() {
        assertEquals(LocalDate.of(2025, 4, 22), WorkingDays.plus(LocalDate.of(2025, 4, 17), 1));
        assertEquals(LocalDate.of(2025, 12, 29), WorkingDays.plus(LocalDate.of(2025, 12, 24), 1));
    }
}
