package io.complaintstreams.broker.internal;

import io.complaintstreams.broker.BrokerFatalError;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.kafka.common.utils.Exit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops an in-process broker from ending the JVM: while at least one broker is registered, Kafka's
 * {@link Exit#exit} and {@link Exit#halt} log the error and call every registered callback (each on its
 * own thread, so a callback may close the broker without deadlocking the broker thread that failed)
 * instead of exiting. The default procedures come back when the last broker unregisters.
 */
public final class ExitGuard {
    private static final Logger LOG = LoggerFactory.getLogger(ExitGuard.class);
    private static final Map<Object, Consumer<BrokerFatalError>> CALLBACKS = new ConcurrentHashMap<>();

    private ExitGuard() {
    }

    /** Registers {@code callback} for {@code owner} and installs the exit and halt procedures. */
    public static synchronized void register(Object owner, Consumer<BrokerFatalError> callback) {
        if (CALLBACKS.isEmpty()) {
            Exit.setExitProcedure((status, message) -> onFatal(new BrokerFatalError(status, message, false)));
            Exit.setHaltProcedure((status, message) -> onFatal(new BrokerFatalError(status, message, true)));
        }
        CALLBACKS.put(owner, callback);
    }

    /** Unregisters {@code owner}; the last one out restores Kafka's default procedures. */
    public static synchronized void unregister(Object owner) {
        if (CALLBACKS.remove(owner) != null && CALLBACKS.isEmpty()) {
            Exit.resetExitProcedure();
            Exit.resetHaltProcedure();
        }
    }

    private static void onFatal(BrokerFatalError error) {
        LOG.error("Embedded Kafka broker reported a fatal error ({}); the JVM keeps running and the "
                + "application is told to stop", error, new Throwable("called from here"));
        for (Consumer<BrokerFatalError> callback : CALLBACKS.values()) {
            Thread thread = new Thread(() -> runCallback(callback, error), "broker-fatal-error-callback");
            thread.setDaemon(false);
            thread.start();
        }
    }

    private static void runCallback(Consumer<BrokerFatalError> callback, BrokerFatalError error) {
        try {
            callback.accept(error);
        } catch (RuntimeException e) {
            LOG.error("Fatal-error callback failed", e);
        }
    }
}
