package io.complaintstreams.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new user's finding: {@code bin/complaint-streams} rebuilds the project when sources changed, also while a
 * {@code run} of the same checkout is running from the built jars; the rebuilt jars broke that process (its shutdown
 * hook's class could no longer be loaded: NoClassDefFoundError at Ctrl-C, an unclean stop). The launcher now leaves a
 * build that a process runs from alone, says so, and uses it. Tested on a copy of the launcher in a scratch checkout
 * with stand-ins for {@code mvn} and {@code java} on the PATH and a process whose command line names the jar.
 */
class LauncherRebuildTest {
    @TempDir
    Path root;

    private static void executable(Path file, String text) throws Exception {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private record Ran(int code, String out, String err) {}

    private Ran launch(Path fakes) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", root.resolve("bin/complaint-streams").toString(), "tail", "complaints.alerts");
        pb.environment().put("PATH", fakes + ":" + System.getenv("PATH"));
        Path out = root.resolve("out.txt");
        Path err = root.resolve("err.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher ends");
        return new Ran(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void shouldNotRebuildUnderAProcessRunningFromTheBuildButUseIt() throws Exception {
        Files.createDirectories(root.resolve("bin"));
        Files.copy(Path.of("..", "bin", "complaint-streams"), root.resolve("bin/complaint-streams"));
        Path jar = Files.createDirectories(root.resolve("app/target/lib")).resolveSibling("complaint-streams-app.jar");
        Files.writeString(jar, "jar");
        Files.createDirectories(root.resolve("bench/target/lib"));
        Files.writeString(root.resolve("bench/target/complaint-streams-bench.jar"), "jar");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(3600)));
        Files.writeString(root.resolve("pom.xml"), "<project/>"); // a source newer than the build
        Path fakes = Files.createDirectories(root.resolve("fakes"));
        Path built = root.resolve("mvn-was-run");
        executable(fakes.resolve("mvn"), "#!/usr/bin/env bash\ntouch '" + built + "'\n");
        executable(fakes.resolve("java"), "#!/usr/bin/env bash\necho \"java $*\"\n");

        // a running instance: its command line names the jar as the launcher's java command does
        Process instance = new ProcessBuilder("bash", "-c", "exec -a 'java -cp " + jar + ":" + root + "/app/target/lib/*' sleep 120")
                .start();
        try {
            Thread.sleep(300); // the exec has happened
            Ran ran = launch(fakes);
            assertEquals(0, ran.code(), ran.err());
            assertFalse(Files.exists(built), "no rebuild under the running process: " + ran.err());
            assertTrue(ran.err().contains("process " + instance.pid() + " runs from that build; not rebuilding"), ran.err());
            assertTrue(ran.out().contains("java ") && ran.out().contains("tail complaints.alerts"), "the command still runs: " + ran.out());
        } finally {
            instance.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }

        Ran alone = launch(fakes);
        assertEquals(0, alone.code(), alone.err());
        assertTrue(Files.exists(built), "with nothing running from it, sources newer than the build rebuild it: " + alone.err());
        assertFalse(alone.err().contains("not rebuilding"), alone.err());
        assertTrue(new String(Files.readAllBytes(root.resolve("out.txt")), StandardCharsets.UTF_8).contains("java "));
    }
}
