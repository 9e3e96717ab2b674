package io.complaintstreams.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A client command that finds no broker says so in one line (exit 1), not with Kafka's stack trace. */
class UnreachableKafkaTest {
    @Test
    void shouldSayKafkaDidNotAnswerWhenTailFindsNoBroker() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            code = Main.execute("tail", "complaints.alerts", "--bootstrap-servers", "127.0.0.1:" + closedPort, "--max", "1");
        } finally {
            System.setErr(err);
        }
        String said = captured.toString(StandardCharsets.UTF_8);
        assertEquals(Main.FAILURE, code, said);
        assertTrue(said.contains("error: Kafka did not answer") && said.contains("--bootstrap-servers"), said);
        assertFalse(said.contains("\tat org.apache.kafka"), "no stack trace: " + said);
    }
}
