package io.complaintstreams.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JVM the bench starts on its own classpath (the broker, or the app as {@code run} starts it), so that its memory
 * is its own: stdout is watched for a line, stderr goes to a log file; {@link #close} closes its stdin, waits, then
 * destroys it.
 */
final class ChildJvm implements AutoCloseable {
    /** JVM options of the app's own process when the launcher gave none: the launcher's default. */
    private static final Pattern USED = Pattern.compile("\\stotal \\d+K, used (\\d+)K");
    static final String APP_DEFAULT_OPTIONS = "-Xms64m -Xmx512m -XX:+UseSerialGC";
    private final Process process;
    private final String name;
    private final Path log;
    private final CompletableFuture<String> matched = new CompletableFuture<>();

    private ChildJvm(Process process, String name, Path log, Predicate<String> ready) {
        this.process = process;
        this.name = name;
        this.log = log;
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    if (!matched.isDone() && ready.test(line)) {
                        matched.complete(line);
                    }
                }
            } catch (IOException e) {
                matched.completeExceptionally(e);
            }
            matched.completeExceptionally(new IllegalStateException(name + " ended before it was ready; see " + log));
        }, "bench-child-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code mainClass args} with these JVM options and extra environment; stderr to {@code log}. */
    static ChildJvm start(String name, String jvmOptions, String mainClass, List<String> args, Map<String, String> env,
                          Path log, Predicate<String> ready) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.stream(jvmOptions.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(args);
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy, "bench-stop-" + name)); // the bench stopped early
        return new ChildJvm(process, name, log, ready);
    }

    /** The app's JVM options: {@code COMPLAINT_STREAMS_JAVA_OPTS} as the launcher would use it, else its default. */
    static String appOptions() {
        String given = System.getenv("COMPLAINT_STREAMS_JAVA_OPTS");
        return given == null || given.isBlank() ? APP_DEFAULT_OPTIONS : given;
    }

    /** The first stdout line that satisfied the ready test. */
    String awaitReady(Duration timeout) throws Exception {
        try {
            return matched.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new TimeoutException(name + " not ready within " + timeout + "; see " + log);
        }
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Resident set size now ({@code VmRSS}) in MiB. */
    OptionalLong rssMb() {
        return status("VmRSS");
    }

    /** Peak resident set size ({@code VmHWM}) in MiB. */
    OptionalLong peakRssMb() {
        return status("VmHWM");
    }

    /**
     * The heap still in use after a full collection ({@code jcmd PID GC.run}, then {@code GC.heap_info}): the live set
     * the heap must hold, in MiB; empty if jcmd is not available.
     */
    OptionalLong liveHeapMbAfterGc() {
        try {
            jcmd("GC.run");
            OptionalLong kb = usedHeapKilobytes(jcmd("GC.heap_info"));
            return kb.isPresent() ? OptionalLong.of(kb.getAsLong() / 1024) : kb;
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalLong.empty();
        }
    }

    /**
     * The heap in use in a {@code GC.heap_info} answer, in KiB: the sum of the {@code total ...K, used ...K} lines, one
     * for G1 ({@code garbage-first heap}), one per generation for Serial and Parallel ({@code def new generation},
     * {@code tenured generation}; {@code PSYoungGen}, {@code ParOldGen}); empty when there is none.
     */
    static OptionalLong usedHeapKilobytes(String heapInfo) {
        Matcher m = USED.matcher(heapInfo);
        long used = 0;
        boolean found = false;
        while (m.find()) {
            used += Long.parseLong(m.group(1));
            found = true;
        }
        return found ? OptionalLong.of(used) : OptionalLong.empty();
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(process.pid()), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    private OptionalLong status(String field) {
        try {
            String status = Files.readString(Path.of("/proc", Long.toString(process.pid()), "status"));
            OptionalLong kb = PeakRss.parseKilobytes(status, field);
            return kb.isPresent() ? OptionalLong.of(kb.getAsLong() / 1024) : kb;
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    @Override
    public void close() {
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // already gone
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
