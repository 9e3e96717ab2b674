package io.complaintstreams.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.complaintstreams.app.Application;
import io.complaintstreams.broker.DataDirLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code reset} on a data directory a running instance holds is refused (exit 1) before anything starts. */
@Timeout(60)
class ResetInUseTest {
    @TempDir
    Path dataDir;

    @Test
    void shouldRefuseADataDirectoryInUseBeforeStartingABroker() throws Exception {
        try (DataDirLock running = DataDirLock.acquire(dataDir, Application.LOCK_FILE)) {
            CliRun reset = CliRun.of("reset", "--data-dir", dataDir.toString(), "--yes");

            assertEquals(Main.FAILURE, reset.code(), reset.err());
            assertTrue(reset.err().contains(dataDir.toAbsolutePath().normalize().toString()), reset.err());
            try (Stream<Path> entries = Files.list(dataDir)) {
                assertEquals(java.util.List.of(Application.LOCK_FILE),
                        entries.map(p -> p.getFileName().toString()).toList(), "no broker was started in the directory");
            }
            assertFalse(reset.out().contains("Reset of Kafka Streams application"), reset.out());
        }
    }
}
