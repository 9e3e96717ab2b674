package io.complaintstreams.ingest.file;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A new user's finding: run without a terminal (cron, CI, {@code nohup}, {@code > log}) a 50 MB import printed nothing
 * for its 100 s until the summary, so a script's log could not tell a slow import from a hung one. Without a terminal
 * it now prints a plain line every interval; in a terminal the bar's speed reads "0.4 MiB/s" (it read ".4 MiB/s").
 */
class ImportProgressTest {
    private static final long MIB = 1024 * 1024;

    @Test
    void shouldPrintAPlainLineEveryIntervalWithoutATerminal() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicLong now = new AtomicLong(0);
        try (ImportProgress progress = ImportProgress.lines(new PrintStream(err, true, StandardCharsets.UTF_8), 50 * MIB,
                now::get, TimeUnit.SECONDS.toNanos(30))) {
            now.set(TimeUnit.SECONDS.toNanos(10));
            progress.advanceTo(4 * MIB); // before the first interval: nothing
            now.set(TimeUnit.SECONDS.toNanos(40));
            progress.advanceTo(12 * MIB);
            now.set(TimeUnit.SECONDS.toNanos(45));
            progress.advanceTo(13 * MIB); // within the next interval: nothing
            now.set(TimeUnit.SECONDS.toNanos(100));
            progress.advanceTo(50 * MIB);
        }
        assertEquals("import: 12.0 of 50.0 MiB (24%), 0.3 MiB/s, 0:00:40\n"
                + "import: 50.0 of 50.0 MiB (100%), 0.5 MiB/s, 0:01:40\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void shouldShowTheBarsSpeedWithALeadingZero() {
        assertEquals("0.4", ImportProgress.SPEED.format(0.4));
        assertEquals("12.0", ImportProgress.SPEED.format(12));
    }
}
