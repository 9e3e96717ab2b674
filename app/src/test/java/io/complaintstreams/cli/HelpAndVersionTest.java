package io.complaintstreams.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What a user sees from -V and --help before anything runs. */
class HelpAndVersionTest {
    @Test
    void shouldPrintTheVersionFromEveryCommand() {
        for (String command : new String[] {"run", "reset", "report", "rotate-master-key"}) {
            CliRun r = CliRun.of(command, "-V");
            assertEquals(Main.OK, r.code(), command);
            assertTrue(r.out().startsWith("complaint-streams "), command + " -V printed: '" + r.out() + "'");
        }
    }

    @Test
    void shouldListEveryCommandWithAWholeFirstSentence() {
        String help = CliRun.of("--help").out().replaceAll("\\s+", " "); // picocli wraps at 80 columns
        assertTrue(help.contains("Resets the application's state so that `run --clock event` replays the input"), help);
        assertTrue(help.contains("Rotates the master key that wraps residents' data keys."), help);
    }

    @Test
    void shouldRefuseAMissingConfigFileAsBadInputWithoutAStackTrace() {
        CliRun r = CliRun.of("run", "--config", "target/no-such-config.properties");
        assertEquals(Main.BAD_INPUT, r.code());
        assertTrue(r.err().startsWith("error: --config target/no-such-config.properties: no such file"), r.err());
        assertTrue(!r.err().contains("\tat "), r.err());
    }
}
