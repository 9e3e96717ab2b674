package io.complaintstreams.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ThreadFailureBudgetTest {
    private static final Instant T0 = Instant.parse("2026-11-30T17:00:00Z");

    @Test
    void shouldReplaceUpToTheBudgetWithinTheWindowThenGiveUp() {
        ThreadFailureBudget budget = new ThreadFailureBudget(3, Duration.ofMinutes(10));
        assertTrue(budget.allowsReplacementAfterFailureAt(T0));
        assertTrue(budget.allowsReplacementAfterFailureAt(T0.plusSeconds(1)));
        assertTrue(budget.allowsReplacementAfterFailureAt(T0.plusSeconds(2)));
        assertFalse(budget.allowsReplacementAfterFailureAt(T0.plusSeconds(3)), "the fourth failure within ten minutes");
    }

    @Test
    void shouldForgetFailuresOlderThanTheWindow() {
        ThreadFailureBudget budget = new ThreadFailureBudget(2, Duration.ofMinutes(10));
        assertTrue(budget.allowsReplacementAfterFailureAt(T0));
        assertTrue(budget.allowsReplacementAfterFailureAt(T0.plus(Duration.ofMinutes(5))));
        assertTrue(budget.allowsReplacementAfterFailureAt(T0.plus(Duration.ofMinutes(11))), "the first one has aged out");
        assertFalse(budget.allowsReplacementAfterFailureAt(T0.plus(Duration.ofMinutes(11)).plusSeconds(1)));
    }
}
