package io.complaintstreams.testsupport;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition in tests, with a deadline: no sleep-and-hope. */
public final class Poll {
    private static final long INTERVAL_MS = 25;

    private Poll() {
    }

    /**
     * Evaluates {@code condition} every 25 ms until it is true.
     *
     * @throws AssertionError with {@code message} if it is still false after {@code timeout}; an exception
     *                        thrown by the condition propagates at once
     */
    public static void until(Duration timeout, BooleanSupplier condition, String message) {
        until(timeout, Duration.ofMillis(INTERVAL_MS), condition, message);
    }

    /**
     * As {@link #until(Duration, BooleanSupplier, String)}, evaluating {@code condition} every {@code interval}: for
     * conditions that cost a request (an HTTP query, a topic read), so that waiting does not load what is waited for.
     */
    public static void until(Duration timeout, Duration interval, BooleanSupplier condition, String message) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline >= 0) {
                throw new AssertionError(message + " (not true within " + timeout + ")");
            }
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting: " + message, e);
            }
        }
    }
}
