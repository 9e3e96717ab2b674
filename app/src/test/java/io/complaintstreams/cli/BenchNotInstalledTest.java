package io.complaintstreams.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The app jar alone does not carry the bench: `bench` says where it is, with exit 1. */
class BenchNotInstalledTest {
    @Test
    void shouldExplainWhereTheBenchIsWhenItsModuleIsNotOnTheClasspath() {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            code = Main.execute("bench");
        } finally {
            System.setErr(err);
        }
        assertEquals(Main.FAILURE, code);
        assertTrue(captured.toString(StandardCharsets.UTF_8).contains("bin/complaint-streams bench"));
    }
}
