package io.complaintstreams.broker;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How to start an {@link EmbeddedKafkaBroker}. Immutable.
 *
 * @param dataDir      the data directory; the broker's log directory is {@code <dataDir>/kafka}
 * @param clientPort   the client (PLAINTEXT) port; 0 picks a free port (then kept for this broker's life)
 * @param onFatalError called, on its own thread, when the broker reports a fatal error instead of ending
 *                     the JVM; the application should then stop cleanly
 * @param overrides    extra broker properties, applied last (for tests and tuning); {@code {clientPort}} and
 *                     {@code {controllerPort}} in a value are replaced by the ports in use (e.g. to redefine
 *                     {@code listeners} with an extra SASL listener)
 */
public record BrokerSettings(Path dataDir, int clientPort, Consumer<BrokerFatalError> onFatalError,
                             Map<String, String> overrides) {
    /** The port Kafka clients expect by default. */
    public static final int DEFAULT_CLIENT_PORT = 9092;
    /** Kafka's name of the log cleaner's key map size (all cleaner threads together). */
    public static final String CLEANER_DEDUPE_BUFFER = "log.cleaner.dedupe.buffer.size";
    /**
     * The log cleaner's key map: 16 MiB rather than Kafka's 128 MiB. Kafka allocates it on the heap when the broker
     * starts ({@code SkimpyOffsetMap}: {@code ByteBuffer.allocate}) and keeps it for the broker's life, whatever the
     * compacted topics hold, so in this one-node broker, which shares a process (or a machine) with the application,
     * it was the largest single object of the heap. 16 MiB holds about 600,000 keys (24 bytes each at the cleaner's 0.9
     * load factor) per cleaning pass; a compacted partition with more keys is cleaned in more passes (Kafka maps part
     * of it and cleans up to there), nothing is lost. Set by {@code broker.log-cleaner.dedupe-buffer} for {@code run} (an
     * override of {@link #CLEANER_DEDUPE_BUFFER}).
     */
    public static final long DEFAULT_CLEANER_DEDUPE_BUFFER_BYTES = 16L << 20;

    public BrokerSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        if (clientPort < 0 || clientPort > 65535) {
            throw new IllegalArgumentException("clientPort must be 0..65535: " + clientPort);
        }
        onFatalError = onFatalError == null ? error -> { } : onFatalError;
        overrides = overrides == null ? Map.of() : Map.copyOf(overrides);
    }

    /** Settings with the default port 9092, no fatal-error callback beyond logging, no overrides. */
    public static BrokerSettings of(Path dataDir) {
        return new BrokerSettings(dataDir, DEFAULT_CLIENT_PORT, null, null);
    }

    public BrokerSettings withClientPort(int port) {
        return new BrokerSettings(dataDir, port, onFatalError, overrides);
    }

    public BrokerSettings withOnFatalError(Consumer<BrokerFatalError> callback) {
        return new BrokerSettings(dataDir, clientPort, callback, overrides);
    }

    public BrokerSettings withOverrides(Map<String, String> brokerProperties) {
        return new BrokerSettings(dataDir, clientPort, onFatalError, brokerProperties);
    }
}
