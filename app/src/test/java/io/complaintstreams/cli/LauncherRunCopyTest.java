package io.complaintstreams.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new user's finding (23): a {@code mvn package}/{@code install} in the checkout while {@code bin/complaint-streams run}
 * ran from it rewrote the jars that process still loads classes from (a class loads when first used: the shutdown
 * hook's at Ctrl-C), so its stop failed with {@code NoClassDefFoundError} and the next start restored all state. Each
 * start now runs from a copy of its own: our module jars copied, the third-party ones linked. Tested as
 * {@link LauncherRebuildTest} tests the launcher: a copy of it in a scratch checkout, stand-ins for {@code mvn} and
 * {@code java} on the PATH; the stand-in {@code java} of a {@code run} waits (as a running instance does) and then
 * reads every jar on its class path (as its shutdown hook would), after the test has rebuilt and cleaned the build.
 */
class LauncherRunCopyTest {
    @TempDir
    Path root;

    private static void executable(Path file, String text) throws Exception {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private Process launch(Path fakes, String out, String... args) throws Exception {
        List<String> command = Stream.concat(Stream.of("bash", root.resolve("bin/complaint-streams").toString()), Stream.of(args)).toList();
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("PATH", fakes + ":" + System.getenv("PATH"));
        return pb.redirectOutput(root.resolve(out).toFile()).redirectError(root.resolve(out + ".err").toFile()).start();
    }

    private static void awaitFile(Path file) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(file)) {
            assertTrue(System.nanoTime() < deadline, "not written in 30 s: " + file);
            Thread.sleep(50);
        }
    }

    private static void deleteTree(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    private List<String> copies() throws Exception {
        Path dir = root.resolve(".launcher");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void shouldRunFromAStartsOwnCopyThatARebuildAndACleanLeaveAloneAndRemoveItOnceEnded() throws Exception {
        Files.createDirectories(root.resolve("bin"));
        Files.copy(Path.of("..", "bin", "complaint-streams"), root.resolve("bin/complaint-streams"));
        Path target = root.resolve("app/target");
        Path lib = Files.createDirectories(target.resolve("lib"));
        Path jar = target.resolve("complaint-streams-app.jar");
        Files.writeString(jar, "app v1");
        Files.writeString(lib.resolve("domain-0.1.0-SNAPSHOT.jar"), "domain v1");
        Files.writeString(lib.resolve("kafka-clients-4.1.0.jar"), "kafka v1");
        Files.createDirectories(root.resolve("bench/target/lib"));
        Files.writeString(root.resolve("bench/target/complaint-streams-bench.jar"), "bench v1");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(5))); // the build is current
        Path fakes = Files.createDirectories(root.resolve("fakes"));
        executable(fakes.resolve("mvn"), "#!/usr/bin/env bash\ntouch '" + root.resolve("mvn-was-run") + "'\n");
        Path go = root.resolve("go");
        // a stand-in JVM: says which class path it got; a `run` waits for `go` (a running instance) and then reads
        // every jar on it (a class loaded at Ctrl-C), naming any that is gone
        executable(fakes.resolve("java"), """
                #!/usr/bin/env bash
                while [[ $# -gt 0 && "$1" != "-cp" ]]; do shift; done
                cp="$2"; shift 2; shift # the main class
                echo "classpath $cp"
                if [[ "${1:-}" == "run" ]]; then
                  touch '%s/started'
                  for i in $(seq 600); do [[ -f '%s' ]] && break; sleep 0.1; done
                fi
                IFS=: read -ra entries <<< "$cp"
                for e in "${entries[@]}"; do
                  for f in $e; do
                    if [[ -f "$f" ]]; then echo "$(basename "$f")=$(cat "$f")"; else echo "$(basename "$f")=MISSING"; fi
                  done
                done
                """.formatted(root, go));

        Process instance = launch(fakes, "run.out", "run");
        try {
            awaitFile(root.resolve("started"));
            String started = Files.readString(root.resolve("run.out"));
            assertFalse(started.contains(target.toString()), "the class path names no jar of the build: " + started);
            assertEquals(List.of(Long.toString(instance.pid())), copies(), "the start's own copy");

            // another command while it runs: ends, and leaves the running instance's copy alone
            Process tail = launch(fakes, "tail.out", "tail", "complaints.alerts");
            assertTrue(tail.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, tail.exitValue(), Files.readString(root.resolve("tail.out.err")));
            assertTrue(Files.readString(root.resolve("tail.out")).contains("complaint-streams-app.jar=app v1"));
            assertTrue(copies().contains(Long.toString(instance.pid())), "the running instance's copy is kept: " + copies());

            // `mvn package` rewrites our jars in place; then `mvn clean` deletes the whole build
            Files.writeString(jar, "app v2");
            Files.writeString(lib.resolve("domain-0.1.0-SNAPSHOT.jar"), "domain v2");
            deleteTree(target);
            Files.writeString(go, "");
            assertTrue(instance.waitFor(30, TimeUnit.SECONDS), "the instance ends");
            String read = Files.readString(root.resolve("run.out"));
            assertTrue(read.contains("complaint-streams-app.jar=app v1"), read);
            assertTrue(read.contains("domain-0.1.0-SNAPSHOT.jar=domain v1"), read);
            assertTrue(read.contains("kafka-clients-4.1.0.jar=kafka v1"), read);
            assertFalse(read.contains("MISSING"), read);
        } finally {
            instance.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }

        // the next start (after a build) removes the copies of the processes that ended
        Files.createDirectories(lib);
        Files.writeString(jar, "app v3");
        Files.writeString(lib.resolve("domain-0.1.0-SNAPSHOT.jar"), "domain v3");
        Files.writeString(lib.resolve("kafka-clients-4.1.0.jar"), "kafka v1");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(5)));
        Process next = launch(fakes, "next.out", "tail", "complaints.alerts");
        assertTrue(next.waitFor(30, TimeUnit.SECONDS));
        assertTrue(Files.readString(root.resolve("next.out")).contains("complaint-streams-app.jar=app v3"));
        assertEquals(List.of(Long.toString(next.pid())), copies(), "only the last start's copy is left");
        assertFalse(Files.exists(root.resolve("mvn-was-run")), "nothing rebuilt: the build was current");
    }

    /** A checkout the launcher cannot write to (a read-only install) still runs, from the build itself, and says so. */
    @Test
    void shouldRunFromTheBuildWhenNoCopyCanBeMade() throws Exception {
        Files.createDirectories(root.resolve("bin"));
        Files.copy(Path.of("..", "bin", "complaint-streams"), root.resolve("bin/complaint-streams"));
        Path target = root.resolve("app/target");
        Files.createDirectories(target.resolve("lib"));
        Path jar = target.resolve("complaint-streams-app.jar");
        Files.writeString(jar, "app v1");
        Files.writeString(target.resolve("lib/domain-0.1.0-SNAPSHOT.jar"), "domain v1");
        Files.createDirectories(root.resolve("bench/target/lib"));
        Files.writeString(root.resolve("bench/target/complaint-streams-bench.jar"), "bench v1");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(5)));
        Files.writeString(root.resolve(".launcher"), "not a directory"); // mkdir fails, as on a read-only checkout
        Path fakes = Files.createDirectories(root.resolve("fakes"));
        executable(fakes.resolve("java"), "#!/usr/bin/env bash\necho \"java $*\"\n");
        Process p = launch(fakes, "ro.out", "tail", "complaints.alerts");
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        String err = Files.readString(root.resolve("ro.out.err"));
        assertEquals(0, p.exitValue(), err);
        assertTrue(Files.readString(root.resolve("ro.out")).contains("-cp " + jar + ":"), Files.readString(root.resolve("ro.out")));
        assertTrue(err.contains("cannot make a copy of the build"), err);
    }
}
