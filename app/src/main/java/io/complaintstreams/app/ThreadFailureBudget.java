package io.complaintstreams.app;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;

/**
 * How many stream-thread failures are met by replacing the thread before the process gives up: at most
 * {@code maxFailures} within {@code window}. Beyond that, replacing again does not help: a thread that failed with its
 * stores still open can leave their RocksDB locks held by this process ("lock hold by current process"), so every
 * replacement fails the same way and, in Kafka Streams 4.x, one can wait for ever in the state updater's shutdown. A new
 * process frees the locks, so the application stops and exits 1 for its supervisor to restart it. Thread-safe.
 */
final class ThreadFailureBudget {
    static final int DEFAULT_MAX_FAILURES = 5;
    static final Duration DEFAULT_WINDOW = Duration.ofMinutes(10);

    private final int maxFailures;
    private final Duration window;
    private final ArrayDeque<Instant> failures = new ArrayDeque<>();

    ThreadFailureBudget(int maxFailures, Duration window) {
        this.maxFailures = maxFailures;
        this.window = window;
    }

    static ThreadFailureBudget standard() {
        return new ThreadFailureBudget(DEFAULT_MAX_FAILURES, DEFAULT_WINDOW);
    }

    /** Records a failure at {@code now}; true while the failures within the window are at most {@code maxFailures}. */
    synchronized boolean allowsReplacementAfterFailureAt(Instant now) {
        failures.addLast(now);
        while (!failures.isEmpty() && failures.peekFirst().isBefore(now.minus(window))) {
            failures.removeFirst();
        }
        return failures.size() <= maxFailures;
    }

    synchronized int failuresInWindow() {
        return failures.size();
    }
}
