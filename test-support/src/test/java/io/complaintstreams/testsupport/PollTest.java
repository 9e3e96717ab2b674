package io.complaintstreams.testsupport;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class PollTest {
    @Test
    void shouldReturnOnceTheConditionHolds() {
        AtomicInteger calls = new AtomicInteger();
        Poll.until(Duration.ofSeconds(5), () -> calls.incrementAndGet() >= 3, "three calls");
        assertTrue(calls.get() >= 3);
    }

    @Test
    void shouldFailWithTheMessageAfterTheDeadline() {
        AssertionError error = assertThrows(AssertionError.class,
                () -> Poll.until(Duration.ofMillis(100), () -> false, "never true"));
        assertTrue(error.getMessage().startsWith("never true"), error.getMessage());
    }

    @Test
    void shouldEvaluateAtTheGivenIntervalAndFailWithTheMessage() {
        AtomicInteger calls = new AtomicInteger();
        AssertionError error = assertThrows(AssertionError.class, () -> Poll.until(Duration.ofMillis(450), Duration.ofMillis(200),
                () -> calls.incrementAndGet() < 0, "a costly condition"));
        assertTrue(error.getMessage().startsWith("a costly condition"), error.getMessage());
        assertTrue(calls.get() >= 2 && calls.get() <= 4, "every 200 ms within 450 ms, not every 25 ms: " + calls.get());
    }
}
