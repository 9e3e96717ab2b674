package io.complaintstreams.broker;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirLockTest {
    @TempDir
    Path dir;

    @Test
    void shouldRefuseASecondOwnerAndNameTheHolder() throws Exception {
        try (DataDirLock first = DataDirLock.acquire(dir.resolve("data"), "app.lock")) {
            DataDirInUseException e = assertThrows(DataDirInUseException.class, () -> DataDirLock.acquire(dir.resolve("data"), "app.lock"));
            assertTrue(e.getMessage().contains("pid " + ProcessHandle.current().pid()), e.getMessage());
            assertTrue(e.getMessage().contains("--data-dir"), e.getMessage());
            assertTrue(Files.readString(first.file()).startsWith("pid "), "the holder is still recorded");
        }
    }

    @Test
    void shouldBeFreeAgainAfterClose() {
        DataDirLock.acquire(dir, "app.lock").close();
        try (DataDirLock again = DataDirLock.acquire(dir, "app.lock")) {
            assertTrue(Files.exists(again.file()));
        }
    }

    @Test
    void shouldRefuseALockHeldByAnotherProcess() throws Exception {
        // A real second process: the JVM running this test holds the lock; a child JVM tries to take it.
        try (DataDirLock held = DataDirLock.acquire(dir, "app.lock")) {
            String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process child = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                    LockProbe.class.getName(), dir.toString()).redirectErrorStream(true).start();
            String out = new String(child.getInputStream().readAllBytes());
            assertTrue(child.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "probe finished");
            assertTrue(out.contains("refused: data directory"), out);
            assertTrue(out.contains("pid " + ProcessHandle.current().pid()), out);
        }
    }

    /** Entry point of the child process in {@link #shouldRefuseALockHeldByAnotherProcess()}. */
    public static final class LockProbe {
        public static void main(String[] args) {
            try (DataDirLock lock = DataDirLock.acquire(Path.of(args[0]), "app.lock")) {
                System.out.println("acquired");
            } catch (DataDirInUseException e) {
                System.out.println("refused: " + e.getMessage());
            }
        }
    }
}
