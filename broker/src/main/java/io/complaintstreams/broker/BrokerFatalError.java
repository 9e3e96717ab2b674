package io.complaintstreams.broker;

/**
 * A fatal error the in-process broker reported through {@code org.apache.kafka.common.utils.Exit}: in a
 * standalone broker it would have ended the JVM with {@code statusCode}.
 *
 * @param statusCode the exit status the broker asked for
 * @param message    the broker's message, may be null
 * @param halt       true for {@code Exit.halt} (no shutdown hooks), false for {@code Exit.exit}
 */
public record BrokerFatalError(int statusCode, String message, boolean halt) {
    @Override
    public String toString() {
        return (halt ? "halt(" : "exit(") + statusCode + (message == null ? ")" : ", " + message + ")");
    }
}
