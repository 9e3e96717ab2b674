package io.complaintstreams.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.complaintstreams.app.InstanceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How tail, import, report and erase find the instance `run` started: flags, then DATA_DIR/instance.json, then 9092. */
class InstanceTargetTest {
    @TempDir
    Path dataDir;

    @Test
    void shouldUseTheRunningInstancesBrokerAndPrefixWhenNoFlagIsGiven() {
        InstanceFile.ofThisProcess("http://127.0.0.1:18280", "127.0.0.1:18292", "acme.", "event", Map.of("LL-DEMO", 2000)).writeTo(dataDir);

        InstanceTarget target = InstanceTarget.resolve(dataDir, null, null);

        assertEquals("127.0.0.1:18292", target.bootstrapServers());
        assertEquals("acme.", target.topicPrefix());
        assertTrue(target.instance().isPresent());
        assertFalse(target.instance().get().wallClock());
        assertEquals(Map.of("LL-DEMO", 2000), target.instance().get().homes(), "report takes the instance's homes");
    }

    @Test
    void shouldLetFlagsWinOverTheInstanceFile() {
        InstanceFile.ofThisProcess("http://127.0.0.1:18280", "127.0.0.1:18292", "acme.", "wall", Map.of()).writeTo(dataDir);

        InstanceTarget target = InstanceTarget.resolve(dataDir, "broker:9093", "");

        assertEquals("broker:9093", target.bootstrapServers());
        assertEquals("", target.topicPrefix());
        assertTrue(target.instance().isEmpty(), "an explicit broker is not the instance's");
    }

    @Test
    void shouldFallBackToTheDefaultBrokerWithoutAFileOrWhenItsProcessHasEnded() throws Exception {
        assertEquals(InstanceTarget.DEFAULT_BOOTSTRAP, InstanceTarget.resolve(dataDir, null, null).bootstrapServers());

        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        new InstanceFile(ended.pid(), "http://127.0.0.1:18280", "127.0.0.1:18292", "", "wall", Instant.now(), Map.of()).writeTo(dataDir);
        InstanceTarget target = InstanceTarget.resolve(dataDir, null, null);

        assertEquals(InstanceTarget.DEFAULT_BOOTSTRAP, target.bootstrapServers(), "a stale file is ignored");
        assertEquals("", target.topicPrefix());
        assertEquals(ended.pid(), InstanceFile.leftBehind(dataDir).orElseThrow().pid(), "and recognised as left behind");

        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream before = System.err;
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            InstanceTarget.resolve(dataDir, null, null);
        } finally {
            System.setErr(before);
        }
        String note = err.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(note.contains("process " + ended.pid() + ", which no longer runs") && note.contains("127.0.0.1:18292"),
                "the user is told why the instance's Kafka is not used: " + note);
    }

    @Test
    void shouldDeleteOnlyItsOwnFile() throws Exception {
        InstanceFile.ofThisProcess("http://127.0.0.1:18280", "127.0.0.1:18292", "", "wall", Map.of()).writeTo(dataDir);
        InstanceFile.deleteOwn(dataDir);
        assertFalse(Files.exists(dataDir.resolve(InstanceFile.NAME)));

        new InstanceFile(ProcessHandle.current().pid() + 1, "u", "b", "", "wall", Instant.now(), Map.of()).writeTo(dataDir);
        InstanceFile.deleteOwn(dataDir);
        assertTrue(Files.exists(dataDir.resolve(InstanceFile.NAME)), "another process's file stays");
    }
}
