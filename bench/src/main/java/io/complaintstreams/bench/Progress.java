package io.complaintstreams.bench;

import java.io.PrintStream;
import java.util.Locale;

/** Human-readable progress on stderr, with the seconds since the bench started; stdout is kept for the result. */
final class Progress {
    private final PrintStream out;
    private final long started = System.nanoTime();

    Progress(PrintStream out) {
        this.out = out;
    }

    void phase(String name) {
        out.printf(Locale.ROOT, "%n[bench %6.1fs] == %s%n", seconds(), name);
    }

    void info(String format, Object... args) {
        out.printf(Locale.ROOT, "[bench %6.1fs]    %s%n", seconds(), String.format(Locale.ROOT, format, args));
    }

    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }
}
