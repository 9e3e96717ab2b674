package io.complaintstreams.broker;

import io.complaintstreams.broker.internal.ExitGuard;
import io.complaintstreams.broker.internal.FreePorts;
import io.complaintstreams.broker.internal.NodeProcess;
import io.complaintstreams.broker.internal.StorageFormatter;
import io.complaintstreams.broker.internal.Waits;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real multi-node Kafka cluster (KRaft) in this JVM, for tests of what a cluster does that one broker cannot show:
 * replication, a broker stopped mid-stream, leader election. Every node is a combined broker and controller (static
 * voters, so a majority keeps the quorum when one stops); node {@code i} (1-based) keeps its log in
 * {@code <dataDir>/node-i}. Replication defaults to the production shape, {@code min(3, nodes)} replicas and
 * {@code min.insync.replicas} one fewer (for three nodes: 3 and 2), for the app's topics, Streams' internal topics, the
 * consumer offsets and the transaction log; internal topics have few partitions and the log cleaner a small buffer, so
 * three nodes start in seconds and fit a test JVM. {@link #stopNode} shuts one node down (controlled shutdown: its
 * partitions elect new leaders among the in-sync replicas before it goes). Nodes named at the start run in a JVM of
 * their own ({@link NodeProcess}), so that {@link #killNode} can SIGKILL one mid-stream as a crash does (no controlled
 * shutdown: its partitions move once the controllers fence it). {@link #close()} stops the rest, each bounded by
 * {@link EmbeddedKafkaBroker#SHUTDOWN_TIMEOUT}.
 */
public final class EmbeddedKafkaCluster implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaCluster.class);
    private static final String CONTROLLER = "CONTROLLER";

    private final Path dataDir;
    private final int[] clientPorts;
    private final int[] controllerPorts;
    private final KafkaRaftServer[] servers;
    /** The nodes in a JVM of their own (null for those in this JVM). */
    private final NodeProcess[] processes;

    private EmbeddedKafkaCluster(Path dataDir, int nodes) {
        this.dataDir = dataDir;
        this.clientPorts = new int[nodes];
        this.controllerPorts = new int[nodes];
        this.servers = new KafkaRaftServer[nodes];
        this.processes = new NodeProcess[nodes];
        for (int i = 0; i < nodes; i++) {
            clientPorts[i] = FreePorts.pick();
            controllerPorts[i] = FreePorts.pick();
        }
    }

    /**
     * Formats (on first use) and starts {@code nodes} nodes in parallel (a node's start-up waits for the quorum).
     *
     * @param overrides broker properties applied to every node last
     * @throws IllegalStateException if a node fails to format or start (the started ones are stopped)
     */
    public static EmbeddedKafkaCluster start(Path dataDir, int nodes, Map<String, String> overrides) {
        return start(dataDir, nodes, overrides, Set.of());
    }

    /**
     * As {@link #start(Path, int, Map)}, with the nodes {@code ownProcess} (1-based ids) each in a child JVM of their own
     * (this JVM's classpath, {@code -Xmx512m}; output in {@code <dataDir>/node-<id>.log}), which {@link #killNode} can
     * SIGKILL.
     */
    public static EmbeddedKafkaCluster start(Path dataDir, int nodes, Map<String, String> overrides, Set<Integer> ownProcess) {
        if (nodes < 1) {
            throw new IllegalArgumentException("nodes must be at least 1: " + nodes);
        }
        EmbeddedKafkaCluster cluster = new EmbeddedKafkaCluster(dataDir, nodes);
        ExitGuard.register(cluster, error -> LOG.error("a node of the embedded cluster reported a fatal error: {}", error));
        try {
            String clusterId = Uuid.randomUuid().toString();
            List<CompletableFuture<Void>> starting = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                Properties props = cluster.nodeProperties(i, overrides);
                if (ownProcess.contains(i + 1)) {
                    NodeProcess process = NodeProcess.start(i + 1, props, clusterId, dataDir);
                    cluster.processes[i] = process;
                    starting.add(CompletableFuture.runAsync(() -> {
                        try {
                            process.awaitStarted(Duration.ofSeconds(110));
                        } catch (Exception e) {
                            throw new IllegalStateException(e.getMessage(), e);
                        }
                    }));
                    continue;
                }
                StorageFormatter.formatIfNeeded(cluster.logDir(i + 1), props, clusterId);
                KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
                cluster.servers[i] = server;
                starting.add(CompletableFuture.runAsync(server::startup));
            }
            CompletableFuture.allOf(starting.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
            LOG.info("Embedded Kafka cluster of {} nodes on {}", nodes, cluster.bootstrapServers());
            return cluster;
        } catch (IOException | ExecutionException | TimeoutException | RuntimeException e) {
            cluster.close();
            throw new IllegalStateException("embedded Kafka cluster failed to start in " + dataDir + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cluster.close();
            throw new IllegalStateException("interrupted while starting the embedded Kafka cluster", e);
        }
    }

    private Properties nodeProperties(int index, Map<String, String> overrides) {
        int nodes = servers.length;
        int replicas = Math.min(3, nodes);
        String minIsr = Integer.toString(Math.max(1, replicas - 1));
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", Integer.toString(index + 1));
        StringBuilder voters = new StringBuilder();
        for (int i = 0; i < nodes; i++) {
            voters.append(i == 0 ? "" : ",").append(i + 1).append("@127.0.0.1:").append(controllerPorts[i]);
        }
        p.put("controller.quorum.voters", voters.toString());
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + clientPorts[index] + "," + CONTROLLER + "://127.0.0.1:" + controllerPorts[index]);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + clientPorts[index]);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER + ":PLAINTEXT");
        p.put("controller.listener.names", CONTROLLER);
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", logDir(index + 1).toAbsolutePath().toString());
        p.put("auto.create.topics.enable", "false");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("default.replication.factor", Integer.toString(replicas));
        p.put("min.insync.replicas", minIsr);
        p.put("offsets.topic.replication.factor", Integer.toString(replicas));
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", Integer.toString(replicas));
        p.put("transaction.state.log.min.isr", minIsr);
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.replication.factor", Integer.toString(replicas));
        p.put("share.coordinator.state.topic.min.isr", minIsr);
        p.put("log.cleaner.dedupe.buffer.size", Integer.toString(8 << 20));
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "2");
        p.putAll(overrides);
        return p;
    }

    /** Every running node's client address, comma-separated. */
    public String bootstrapServers() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < servers.length; i++) {
            out.add("127.0.0.1:" + clientPorts[i]);
        }
        return String.join(",", out);
    }

    /** Node ids, 1-based. */
    public int size() {
        return servers.length;
    }

    /** {@code <dataDir>/node-<nodeId>} */
    public Path logDir(int nodeId) {
        return dataDir.resolve("node-" + nodeId);
    }

    /**
     * Waits until an Admin client sees {@code nodes} brokers in the cluster.
     *
     * @throws TimeoutException if not within {@code timeout}
     */
    public void awaitNodes(int nodes, Duration timeout) throws TimeoutException, InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000))) {
            Waits.until(timeout, () -> {
                try {
                    return admin.describeCluster(new DescribeClusterOptions().timeoutMs(3_000)).nodes()
                            .get(4, TimeUnit.SECONDS).size() == nodes;
                } catch (ExecutionException | TimeoutException e) {
                    return false;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }, nodes + " brokers in the embedded cluster on " + bootstrapServers());
        }
    }

    /**
     * Shuts node {@code nodeId} (1-based) down and waits for it, at most {@link EmbeddedKafkaBroker#SHUTDOWN_TIMEOUT};
     * idempotent.
     *
     * @throws IllegalStateException if it did not stop in time
     */
    public void stopNode(int nodeId) {
        KafkaRaftServer server;
        NodeProcess process;
        synchronized (servers) {
            server = servers[nodeId - 1];
            servers[nodeId - 1] = null;
            process = processes[nodeId - 1];
            processes[nodeId - 1] = null;
        }
        if (process != null) {
            LOG.info("Stopping node {} of the embedded cluster (pid {})", nodeId, process.pid());
            try {
                process.stop(EmbeddedKafkaBroker.SHUTDOWN_TIMEOUT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while stopping node " + nodeId, e);
            }
            return;
        }
        if (server == null) {
            return;
        }
        LOG.info("Stopping node {} of the embedded cluster", nodeId);
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> {
            server.shutdown();
            server.awaitShutdown();
        });
        try {
            stopping.get(EmbeddedKafkaBroker.SHUTDOWN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new IllegalStateException("node " + nodeId + " did not stop within " + EmbeddedKafkaBroker.SHUTDOWN_TIMEOUT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping node " + nodeId, e);
        }
    }

    /**
     * Kills node {@code nodeId} (1-based) with SIGKILL, as a crash does: no controlled shutdown, no flush, no goodbye to
     * the quorum; returns once its process is gone. Only a node started in its own process can be killed.
     *
     * @throws IllegalStateException if the node runs in this JVM, or is still there 30 s after the signal
     */
    public void killNode(int nodeId) throws InterruptedException {
        NodeProcess process;
        synchronized (servers) {
            if (servers[nodeId - 1] != null) {
                throw new IllegalStateException("node " + nodeId + " runs in this JVM: start it in its own process to kill it");
            }
            process = processes[nodeId - 1];
            processes[nodeId - 1] = null;
        }
        if (process != null) {
            LOG.info("Killing node {} of the embedded cluster (pid {}) with SIGKILL", nodeId, process.pid());
            process.kill();
        }
    }

    /** Whether node {@code nodeId} is running (not stopped or killed). */
    public boolean isRunning(int nodeId) {
        synchronized (servers) {
            return servers[nodeId - 1] != null || processes[nodeId - 1] != null && processes[nodeId - 1].isAlive();
        }
    }

    /** Stops every node still running (in parallel), each bounded; the first failure is thrown after all were tried. */
    @Override
    public void close() {
        List<String> failed = new ArrayList<>();
        List<CompletableFuture<Void>> stopping = new ArrayList<>();
        for (int i = 0; i < servers.length; i++) {
            int nodeId = i + 1;
            stopping.add(CompletableFuture.runAsync(() -> {
                try {
                    stopNode(nodeId);
                } catch (RuntimeException e) {
                    synchronized (failed) {
                        failed.add(e.getMessage());
                    }
                }
            }));
        }
        try {
            CompletableFuture.allOf(stopping.toArray(CompletableFuture[]::new))
                    .get(EmbeddedKafkaBroker.SHUTDOWN_TIMEOUT.toMillis() + 5_000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            failed.add(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed.add("interrupted");
        } finally {
            ExitGuard.unregister(this);
        }
        if (!failed.isEmpty()) {
            throw new IllegalStateException("embedded Kafka cluster did not stop cleanly: "
                    + failed.stream().collect(Collectors.joining("; ")));
        }
    }
}
