package io.complaintstreams.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FinancialYearTest {
    @Test
    void shouldSpanFirstAprilToThirtyFirstMarchInclusive() {
        FinancialYear year = FinancialYear.parse("2025-26");
        assertEquals(LocalDate.of(2025, 4, 1), year.firstDay());
        assertEquals(LocalDate.of(2026, 3, 31), year.lastDay());
        assertTrue(year.contains(LocalDate.of(2026, 3, 31)));
        assertFalse(year.contains(LocalDate.of(2025, 3, 31)));
        assertFalse(year.contains(LocalDate.of(2026, 4, 1)));
        assertEquals("2024-25", year.previous().label());
    }

    @Test
    void shouldAcceptTheCenturyTurn() {
        assertEquals(2099, FinancialYear.parse("2099-00").startYear());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-27", "2025/26", "2025-2026", "25-26", "", "abcd-ef", "2025-25"})
    void shouldRejectMalformedPeriodsNamingTheParameter(String label) {
        InvalidPeriodException e = assertThrows(InvalidPeriodException.class, () -> FinancialYear.parse(label));
        assertTrue(e.getMessage().startsWith("period"), e.getMessage());
    }
}
