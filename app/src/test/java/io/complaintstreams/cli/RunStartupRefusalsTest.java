package io.complaintstreams.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new user's findings on {@code run}'s start: an HTTP port in use, a bind address that is not this machine's, a port
 * out of range and a setting read late were found only after the embedded broker and Kafka Streams had started (20 to
 * 60 s), and told with a Javalin stack trace ("Port already in use" even for the address); a bootstrap host that does
 * not resolve was a Kafka stack trace. Each is now one line naming the setting, before any broker starts.
 */
class RunStartupRefusalsTest {
    @TempDir
    Path dataDir;

    private record Said(int code, String err) {}

    private Said run(String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            int code = Main.execute(args);
            return new Said(code, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(err);
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private void assertNothingStarted(Said said) {
        assertFalse(said.err().contains("\tat "), "no stack trace: " + said.err());
        assertFalse(Files.exists(dataDir.resolve("kafka")), "no broker was started: " + said.err());
    }

    @Test
    void shouldRefuseAnHttpPortInUseBeforeTheBrokerStarts() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            Said said = run("run", "--http-port", Integer.toString(taken.getLocalPort()), "--kafka-port",
                    Integer.toString(freePort()), "--data-dir", dataDir.toString());
            assertEquals(Main.FAILURE, said.code(), said.err());
            assertTrue(said.err().contains("error: HTTP port " + taken.getLocalPort() + " on 127.0.0.1 is in use"), said.err());
            assertNothingStarted(said);
        }
    }

    @Test
    void shouldRefuseABindAddressThatIsNotThisMachinesNamingIt() throws Exception {
        // 192.0.2.1 is TEST-NET-1 (RFC 5737): documentation only, never an address of a real machine
        Said said = run("run", "--bind-address", "192.0.2.1", "--http-port", Integer.toString(freePort()),
                "--data-dir", dataDir.toString());
        assertEquals(Main.BAD_INPUT, said.code(), said.err());
        assertTrue(said.err().contains("http.bind-address 192.0.2.1 is not an address of this machine"), said.err());
        assertFalse(said.err().contains("in use"), said.err());
        assertNothingStarted(said);
    }

    @Test
    void shouldRefuseAPortOutOfRangeNamingTheKey() {
        Said said = run("run", "--http-port", "99999", "--data-dir", dataDir.toString());
        assertEquals(Main.BAD_INPUT, said.code(), said.err());
        assertTrue(said.err().contains("http.port must be from 0 to 65535, got 99999"), said.err());
        assertNothingStarted(said);
    }

    @Test
    void shouldRefuseASettingReadAfterTheStartNamingItsKey() throws Exception {
        Path config = dataDir.resolveSibling(dataDir.getFileName() + ".properties");
        Files.writeString(config, "ingest.max-request-bytes=-1\n");
        Said said = run("run", "--config", config.toString(), "--http-port", Integer.toString(freePort()),
                "--data-dir", dataDir.toString());
        assertEquals(Main.BAD_INPUT, said.code(), said.err());
        assertTrue(said.err().contains("ingest.max-request-bytes must be from 1 to"), said.err());
        assertNothingStarted(said);
        Files.delete(config);
    }

    @Test
    void shouldSayABootstrapHostDoesNotResolveWithoutAStackTrace() throws Exception {
        Said said = run("run", "--bootstrap-servers", "no-such-broker.invalid:9092", "--http-port",
                Integer.toString(freePort()), "--data-dir", dataDir.toString());
        assertEquals(Main.BAD_INPUT, said.code(), said.err());
        assertTrue(said.err().contains("bootstrap") && said.err().contains("--bootstrap-servers"), said.err());
        assertFalse(said.err().contains("\tat "), "no stack trace: " + said.err());
    }
}
