package io.complaintstreams.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs shutdown steps in order within one overall bound (issue 9 section 5): each step runs on its own daemon
 * thread and is waited on for at most its own limit and what is left of the bound; a step still running then is
 * abandoned (logged, its thread left behind) and the next step starts. So a component stuck in its close (a broker
 * on a full disk, a Streams thread that never answers) cannot hold the process past the bound.
 */
public final class BoundedShutdown {
    private static final Logger LOG = LoggerFactory.getLogger(BoundedShutdown.class);

    /** A step's work; may throw. */
    @FunctionalInterface
    public interface Step {
        void run() throws Exception;
    }

    private final long deadlineNanos;
    private final List<String> abandoned = new ArrayList<>();

    public BoundedShutdown(Duration bound) {
        this.deadlineNanos = System.nanoTime() + bound.toNanos();
    }

    /**
     * Runs {@code step}, waiting at most {@code limit} or the time left, whichever is shorter.
     *
     * @return true when the step finished (with or without an exception), false when it was abandoned
     */
    public boolean run(String name, Duration limit, Step step) {
        long waitNanos = Math.min(limit.toNanos(), remaining().toNanos());
        long waitUntil = System.nanoTime() + waitNanos;
        long waitMs = TimeUnit.NANOSECONDS.toMillis(waitNanos);
        Thread worker = new Thread(() -> {
            try {
                step.run();
            } catch (Exception e) {
                LOG.warn("Error while stopping {}: {}", name, e.toString());
            }
        }, "shutdown-" + name.replace(' ', '-'));
        worker.setDaemon(true);
        worker.start();
        try {
            // Thread.join counts in whole milliseconds of another clock: wait until the nanoTime bound has really passed
            for (long left = waitNanos; worker.isAlive() && left > 0; left = waitUntil - System.nanoTime()) {
                worker.join(TimeUnit.NANOSECONDS.toMillis(left) + 1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (worker.isAlive()) {
            abandoned.add(name);
            LOG.error("{} did not stop within {} ms; abandoned so that the process can still stop", name, waitMs);
            return false;
        }
        return true;
    }

    /** Time left of the overall bound (zero when spent). */
    public Duration remaining() {
        return Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime()));
    }

    /** Names of the steps abandoned so far, in order. */
    public List<String> abandoned() {
        return List.copyOf(abandoned);
    }
}
