package io.complaintstreams.broker.internal;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;

/**
 * One KRaft node of an embedded cluster in a JVM of its own (this JVM's classpath), so that a test can kill it with
 * SIGKILL as a crashed or killed broker goes: no controlled shutdown, no log flush, no resignation from the quorum; its
 * partitions move only once the controllers fence it (its heartbeats stop, {@code broker.session.timeout.ms}). Kafka's
 * own system tests hard-kill broker processes the same way. The child formats its log directory if needed, starts the
 * node, prints {@value #STARTED} and runs until SIGTERM (a clean shutdown, through its shutdown hook) or SIGKILL. It
 * halts by itself when its parent goes (its standard input closes), so no broker outlives the test that started it.
 * Its output goes to {@code <workDir>/node-<id>.log}.
 */
public final class NodeProcess implements AutoCloseable {
    static final String STARTED = "embedded-kafka-node-started";
    private static final String HEAP = "-Xmx512m";

    private final int nodeId;
    private final Process process;
    private final Path log;
    private final CompletableFuture<Void> started = new CompletableFuture<>();

    private NodeProcess(int nodeId, Process process, Path log) {
        this.nodeId = nodeId;
        this.process = process;
        this.log = log;
        Thread reader = new Thread(this::copyOutput, "node-process-" + nodeId);
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts node {@code nodeId} with these broker properties in a child JVM; returns once the process runs, before the
     * node has started ({@link #awaitStarted}).
     */
    public static NodeProcess start(int nodeId, Properties props, String clusterId, Path workDir) throws IOException {
        Files.createDirectories(workDir);
        Path propsFile = workDir.resolve("node-" + nodeId + ".properties");
        try (OutputStream out = Files.newOutputStream(propsFile)) {
            props.store(out, "embedded cluster node " + nodeId);
        }
        Path log = workDir.resolve("node-" + nodeId + ".log");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                NodeProcess.class.getName(), propsFile.toString(), clusterId);
        return new NodeProcess(nodeId, new ProcessBuilder(command).redirectErrorStream(true).start(), log);
    }

    private void copyOutput() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             BufferedWriter file = Files.newBufferedWriter(log, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                     StandardOpenOption.APPEND)) {
            for (String line; (line = out.readLine()) != null; ) {
                file.write(line);
                file.newLine();
                file.flush();
                if (line.equals(STARTED)) {
                    started.complete(null);
                }
            }
        } catch (IOException e) {
            started.completeExceptionally(e);
        }
        started.completeExceptionally(new IllegalStateException("node " + nodeId + " ended before it started; see " + log));
    }

    /** Waits until the node has started (joined the quorum and registered as a broker). */
    public void awaitStarted(Duration timeout) throws TimeoutException, ExecutionException, InterruptedException {
        try {
            started.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new TimeoutException("node " + nodeId + " (pid " + process.pid() + ") not started within " + timeout + "; see " + log);
        }
    }

    /**
     * Closes the node's standard input, as the parent's end does when the parent goes away (killed with SIGKILL, or its
     * JVM ended): the node halts (exit status 2).
     */
    void closeInput() throws IOException {
        process.getOutputStream().close();
    }

    /** The exit status, once the process has ended (waits at most {@code timeout}); empty while it still runs. */
    java.util.OptionalInt exitStatus(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? java.util.OptionalInt.of(process.exitValue())
                : java.util.OptionalInt.empty();
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * SIGKILL ({@link Process#destroyForcibly()} on Unix) and waits until the process is gone.
     *
     * @throws IllegalStateException if it is still there 30 s later
     */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("node " + nodeId + " (pid " + process.pid() + ") still alive 30 s after SIGKILL");
        }
    }

    /** SIGTERM (a clean shutdown) and waits at most {@code timeout}, then SIGKILL. */
    public void stop(Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop(Duration.ofSeconds(20));
    }

    /** The child: {@code NodeProcess PROPERTIES_FILE CLUSTER_ID}. */
    public static void main(String[] args) {
        try {
            Properties props = new Properties();
            try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
                props.load(in);
            }
            StorageFormatter.formatIfNeeded(Path.of(props.getProperty("log.dirs")), props, args[1]);
            KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.shutdown();
                server.awaitShutdown();
            }, "node-shutdown"));
            Thread orphaned = new Thread(NodeProcess::haltWhenParentGoes, "parent-watch");
            orphaned.setDaemon(true);
            orphaned.start();
            server.startup();
            System.out.println(STARTED);
            System.out.flush();
            server.awaitShutdown();
        } catch (Throwable e) { // the node's threads would keep a failed JVM alive
            e.printStackTrace();
            Runtime.getRuntime().halt(1);
        }
    }

    /** Reads standard input (the parent never writes) until it closes, i.e. the parent is gone; then halts. */
    private static void haltWhenParentGoes() {
        try {
            while (System.in.read() >= 0) {
                // nothing is sent
            }
        } catch (IOException e) {
            // closed
        }
        System.err.println("the process that started this node is gone: halting");
        Runtime.getRuntime().halt(2);
    }
}
