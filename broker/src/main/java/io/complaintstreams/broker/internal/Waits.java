package io.complaintstreams.broker.internal;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** Polls a condition until it holds or a deadline passes. */
public final class Waits {
    private static final long MAX_BACKOFF_MS = 500;

    private Waits() {
    }

    /**
     * Polls {@code condition} until it returns true, backing off from 20 ms to 500 ms between attempts.
     * A condition that throws is retried (the last failure becomes the timeout's cause), except for
     * {@link GiveUp}, which is rethrown at once.
     */
    public static void until(Duration timeout, Supplier<Boolean> condition, String what)
            throws TimeoutException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long backoffMs = 20;
        RuntimeException lastFailure = null;
        while (true) {
            try {
                if (Boolean.TRUE.equals(condition.get())) {
                    return;
                }
            } catch (GiveUp e) {
                throw e;
            } catch (RuntimeException e) {
                lastFailure = e;
            }
            long remainingMs = (deadline - System.nanoTime()) / 1_000_000;
            if (remainingMs <= 0) {
                TimeoutException timeoutException = new TimeoutException(what + " not reached within " + timeout);
                if (lastFailure != null) {
                    timeoutException.initCause(lastFailure);
                }
                throw timeoutException;
            }
            Thread.sleep(Math.min(backoffMs, remainingMs));
            backoffMs = Math.min(MAX_BACKOFF_MS, backoffMs * 2);
        }
    }

    /** Thrown by a condition that can never hold (a non-retriable error): stops waiting at once. */
    public static final class GiveUp extends RuntimeException {
        public GiveUp(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
