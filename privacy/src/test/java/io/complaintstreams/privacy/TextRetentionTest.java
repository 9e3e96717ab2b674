package io.complaintstreams.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class TextRetentionTest {
    private final TextRetention sixYears = TextRetention.parse("P6Y");

    @Test
    void shouldExpireAMonthOnlyOnceTheRetentionHasPassedSinceItsLastDay() {
        assertFalse(sixYears.expired(YearMonth.of(2020, 11), LocalDate.of(2026, 11, 30)));
        assertTrue(sixYears.expired(YearMonth.of(2020, 11), LocalDate.of(2026, 12, 1)));
        assertTrue(sixYears.expired(YearMonth.of(2019, 1), LocalDate.of(2026, 11, 30)));
        assertEquals(YearMonth.of(2020, 10), sixYears.latestExpiredPeriod(LocalDate.of(2026, 11, 30)));
        assertEquals(YearMonth.of(2020, 11), sixYears.latestExpiredPeriod(LocalDate.of(2026, 12, 1)));
    }

    @Test
    void shouldRefuseANonPositiveOrUnreadablePeriodNamingTheKey() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TextRetention.parse("six years")).getMessage()
                .contains("privacy.text-retention"));
        assertThrows(IllegalArgumentException.class, () -> TextRetention.parse("P0D"));
        assertThrows(IllegalArgumentException.class, () -> TextRetention.parse("-P1Y"));
    }
}
