package io.complaintstreams.broker;

import io.complaintstreams.broker.internal.BrokerProperties;
import io.complaintstreams.broker.internal.ExitGuard;
import io.complaintstreams.broker.internal.FreePorts;
import io.complaintstreams.broker.internal.StorageFormatter;
import io.complaintstreams.broker.internal.Waits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka (combined broker and controller, KRaft) running in this JVM. The log directory
 * is {@code <dataDir>/kafka}, formatted on first start only, so a restart on the same data directory sees
 * the earlier topics and records. Fatal broker errors do not end the JVM: see {@link BrokerSettings#onFatalError()}.
 * The data directory is locked ({@code <dataDir>/kafka.lock}, {@link DataDirLock}) before anything in it is touched:
 * a second broker on it is refused and the first is unharmed. {@link #close()} is bounded
 * ({@link #SHUTDOWN_TIMEOUT}): a broker that cannot stop (a full disk) is abandoned with an error, never waited on
 * for ever.
 *
 * <pre>{@code
 * try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(BrokerSettings.of(dataDir))) {
 *     broker.awaitReady(Duration.ofSeconds(60));
 *     ... broker.bootstrapServers() ...
 * }
 * }</pre>
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    /** How long {@link #close()} waits for the broker to stop. */
    public static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(20);
    static final String LOCK_FILE = "kafka.lock";

    private final BrokerSettings settings;
    private final int clientPort;
    private final int controllerPort;
    private final long startNanos;
    private KafkaRaftServer server;
    private DataDirLock lock;

    private EmbeddedKafkaBroker(BrokerSettings settings, int clientPort, int controllerPort) {
        this.settings = settings;
        this.clientPort = clientPort;
        this.controllerPort = controllerPort;
        this.startNanos = System.nanoTime();
    }

    /**
     * Formats the log directory if needed and starts the broker. Returns once the server's start-up has
     * returned; call {@link #awaitReady(Duration)} before relying on it.
     *
     * @throws DataDirInUseException if another broker (in this or another process) uses the data directory
     * @throws IllegalStateException if formatting or start-up fails (the partly started broker is stopped)
     */
    public static EmbeddedKafkaBroker start(BrokerSettings settings) {
        int clientPort = settings.clientPort() == 0 ? FreePorts.pick() : settings.clientPort();
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(settings, clientPort, FreePorts.pick());
        broker.startServer();
        return broker;
    }

    private void startServer() {
        lock = DataDirLock.acquire(settings.dataDir(), LOCK_FILE);
        Properties props = BrokerProperties.build(logDir(), clientPort, controllerPort, settings.overrides());
        ExitGuard.register(this, settings.onFatalError());
        try {
            FreePorts.requireFree(clientPort);
            FreePorts.requireFree(controllerPort);
            boolean formatted = StorageFormatter.formatIfNeeded(logDir(), props);
            LOG.info("Starting embedded Kafka on {} (controller port {}, log dir {}, {})", bootstrapServers(),
                    controllerPort, logDir(), formatted ? "newly formatted" : "existing data");
            server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
            server.startup();
        } catch (IOException | RuntimeException e) {
            close();
            throw new IllegalStateException("embedded Kafka broker failed to start on " + bootstrapServers()
                    + " with data in " + logDir() + ": " + rootCause(e).getMessage(), e);
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** {@code 127.0.0.1:PORT} */
    public String bootstrapServers() {
        return "127.0.0.1:" + clientPort;
    }

    public int clientPort() {
        return clientPort;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public Path dataDir() {
        return settings.dataDir();
    }

    /** {@code <dataDir>/kafka} */
    public Path logDir() {
        return settings.dataDir().resolve("kafka");
    }

    /** Client settings for this broker (no security settings: it listens on PLAINTEXT, loopback only). */
    public KafkaClientConfig clientConfig() {
        return new KafkaClientConfig(bootstrapServers(), Map.of());
    }

    /**
     * Waits until an Admin client can describe the cluster and sees this node.
     *
     * @return the time from {@link #start} to ready
     * @throws TimeoutException if not ready within {@code timeout}
     */
    public Duration awaitReady(Duration timeout) throws TimeoutException, InterruptedException {
        Map<String, Object> config = clientConfig().asMap();
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
        try (Admin admin = Admin.create(config)) {
            Waits.until(timeout, () -> clusterHasNodes(admin), "embedded Kafka on " + bootstrapServers() + " ready");
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
        LOG.info("Embedded Kafka on {} ready {} ms after start", bootstrapServers(), elapsed.toMillis());
        return elapsed;
    }

    private static boolean clusterHasNodes(Admin admin) {
        try {
            return !admin.describeCluster(new DescribeClusterOptions().timeoutMs(2_000))
                    .nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("describeCluster failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * Shuts the broker down and waits for it, at most {@link #SHUTDOWN_TIMEOUT}; idempotent.
     *
     * @throws IllegalStateException if the broker did not stop in time (its threads are abandoned, the data
     *                               directory stays locked until the process ends)
     */
    @Override
    public synchronized void close() {
        try {
            if (server != null) {
                LOG.info("Stopping embedded Kafka on {}", bootstrapServers());
                KafkaRaftServer stopping = server;
                server = null;
                Thread stopper = new Thread(() -> {
                    stopping.shutdown();
                    stopping.awaitShutdown();
                }, "embedded-kafka-shutdown");
                stopper.setDaemon(true);
                stopper.start();
                stopper.join(SHUTDOWN_TIMEOUT.toMillis());
                if (stopper.isAlive()) {
                    throw new IllegalStateException("embedded Kafka on " + bootstrapServers() + " did not stop within "
                            + SHUTDOWN_TIMEOUT.toSeconds() + " s (data in " + logDir() + "); abandoned");
                }
            }
            if (lock != null) {
                lock.close();
                lock = null;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping embedded Kafka on " + bootstrapServers(), e);
        } finally {
            ExitGuard.unregister(this);
        }
    }
}
