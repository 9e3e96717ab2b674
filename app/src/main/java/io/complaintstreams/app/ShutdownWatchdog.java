package io.complaintstreams.app;

import java.time.Duration;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last resort behind {@link BoundedShutdown}: once armed (when Ctrl-C or SIGTERM starts the shutdown), halts
 * the process with status 1 if it has not ended within the bound, whatever is stuck (issue 9 section 5:
 * {@code run} stops within 30 s of Ctrl-C). A daemon thread, so it never keeps the JVM alive itself.
 */
public final class ShutdownWatchdog {
    private static final Logger LOG = LoggerFactory.getLogger(ShutdownWatchdog.class);
    private final Thread thread;

    private ShutdownWatchdog(Duration bound, IntConsumer halt) {
        thread = new Thread(() -> {
            try {
                Thread.sleep(bound.toMillis());
            } catch (InterruptedException disarmed) {
                return;
            }
            LOG.error("Shutdown did not finish within {} s; halting", bound.toSeconds());
            System.err.println("complaint-streams: shutdown did not finish within " + bound.toSeconds() + " s; halting");
            halt.accept(1);
        }, "shutdown-watchdog");
        thread.setDaemon(true);
    }

    /** Starts the countdown; {@code halt} is {@code Runtime.getRuntime()::halt} in production. */
    public static ShutdownWatchdog arm(Duration bound, IntConsumer halt) {
        ShutdownWatchdog watchdog = new ShutdownWatchdog(bound, halt);
        watchdog.thread.start();
        return watchdog;
    }

    /** Stops the countdown (the shutdown finished in time). */
    public void disarm() {
        thread.interrupt();
    }
}
