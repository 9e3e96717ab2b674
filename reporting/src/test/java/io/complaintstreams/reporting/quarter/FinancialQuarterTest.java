package io.complaintstreams.reporting.quarter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.complaintstreams.reporting.InvalidPeriodException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FinancialQuarterTest {
    @Test
    void shouldReadQ3AsOctoberToDecemberOfTheFirstCalendarYear() {
        FinancialQuarter q3 = FinancialQuarter.parse("2025-26-Q3");
        assertEquals(LocalDate.of(2025, 10, 1), q3.firstDay());
        assertEquals(LocalDate.of(2025, 12, 31), q3.lastDay());
        assertEquals("2025-26-Q3", q3.label());
    }

    @Test
    void shouldReadQ4AsJanuaryToMarchOfTheSecondCalendarYear() {
        FinancialQuarter q4 = FinancialQuarter.parse("2023-24-Q4");
        assertEquals(LocalDate.of(2024, 1, 1), q4.firstDay());
        assertEquals(LocalDate.of(2024, 3, 31), q4.lastDay());
        assertTrue(q4.contains(LocalDate.of(2024, 2, 29)));
        assertFalse(q4.contains(LocalDate.of(2024, 4, 1)));
    }

    @Test
    void shouldStepBackAcrossTheYearFromQ1() {
        FinancialQuarter q1 = FinancialQuarter.parse("2025-26-Q1");
        assertEquals("2024-25-Q4", q1.previous().label());
        assertEquals("2024-25-Q1", q1.sameQuarterLastYear().label());
    }

    @Test
    void shouldRefuseLabelsNamingPeriod() {
        for (String bad : new String[] {"2025-26", "2025-26-Q5", "2025-27-Q1", "2025-26-q5", "2025-26-x1", "", null}) {
            InvalidPeriodException e = assertThrows(InvalidPeriodException.class, () -> FinancialQuarter.parse(bad));
            assertTrue(e.getMessage().startsWith("period"), e.getMessage());
        }
    }

    @Test
    void shouldReadALowerCaseQAsPeopleTypeItAndPrintTheLabelWithACapital() {
        // a new user's finding: `report quarter --period 2025-26-q3` was refused
        assertEquals(FinancialQuarter.parse("2025-26-Q3"), FinancialQuarter.parse("2025-26-q3"));
        assertEquals("2025-26-Q3", FinancialQuarter.parse("2025-26-q3").label());
    }
}
