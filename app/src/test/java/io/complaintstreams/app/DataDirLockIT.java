package io.complaintstreams.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.complaintstreams.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9 section 5: a second run on a running instance's data directory is refused; the first is unharmed. */
@Timeout(240)
class DataDirLockIT {
    @TempDir
    Path dataDir;

    @Test
    void shouldRefuseASecondRunOnTheSameDataDirAndLeaveTheFirstRunning() throws Exception {
        try (RunningApp first = RunningApp.start(dataDir, Map.of())) {
            first.awaitHealthy(java.time.Duration.ofSeconds(90));

            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream saved = System.err;
            int exit;
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            try {
                exit = Main.execute("run", "--data-dir", dataDir.toString(), "--http-port", "0", "--kafka-port", "0");
            } finally {
                System.setErr(saved);
            }

            String message = err.toString(StandardCharsets.UTF_8);
            assertEquals(Main.FAILURE, exit, message);
            assertTrue(message.contains("data directory " + dataDir.toAbsolutePath().normalize() + " is in use"), message);
            assertTrue(message.contains("--data-dir"), message);
            // The first instance still serves and still takes events.
            first.awaitHealthy(java.time.Duration.ofSeconds(30));
            var accepted = first.post("/api/v1/events/complaint-events", "{\"complaintId\":\"C-L1\",\"landlordId\":\"LL1\","
                    + "\"residentId\":\"R1\",\"type\":\"RECEIVED\",\"stage\":1,\"occurredAt\":\"2026-11-02T10:00:00Z\"}");
            assertEquals(202, accepted.statusCode(), accepted.body());
            io.complaintstreams.testsupport.Poll.until(java.time.Duration.ofSeconds(60),
                    () -> status(first, "/api/v1/complaints/C-L1") == 200, "the first instance processes C-L1");
        }
    }

    private static int status(RunningApp app, String path) {
        try {
            return app.get(path).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }
}
