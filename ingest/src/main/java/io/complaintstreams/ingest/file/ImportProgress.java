package io.complaintstreams.ingest.file;

import java.io.Closeable;
import java.io.PrintStream;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress over the bytes of all files on stderr: a progress bar in a terminal; without one (cron, CI, a log file) a
 * plain line every 30 seconds, so a long import's log shows it moving; nothing with {@code --no-progress}.
 */
interface ImportProgress extends Closeable {
    /** The bar's speed: "0.4 MiB/s" (progressbar's default "#.0" wrote ".4"). */
    DecimalFormat SPEED = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.UK));
    long LINE_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(30);

    void advanceTo(long bytes);

    @Override
    void close();

    static ImportProgress open(boolean wanted, long totalBytes) {
        if (wanted && System.console() == null) {
            return lines(System.err, totalBytes, System::nanoTime, LINE_INTERVAL_NANOS);
        }
        if (!wanted) {
            return new ImportProgress() {
                @Override
                public void advanceTo(long bytes) {}

                @Override
                public void close() {}
            };
        }
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName("import")
                .setInitialMax(totalBytes)
                .setUnit(" MiB", 1024 * 1024)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .showSpeed(SPEED)
                .build();
        return new ImportProgress() {
            @Override
            public void advanceTo(long bytes) {
                bar.stepTo(bytes);
            }

            @Override
            public void close() {
                bar.close();
            }
        };
    }

    /** A plain line at most every {@code intervalNanos}: "import: 12.0 of 50.0 MiB (24%), 0.3 MiB/s, 0:00:40". */
    static ImportProgress lines(PrintStream out, long totalBytes, LongSupplier nanoTime, long intervalNanos) {
        long start = nanoTime.getAsLong();
        return new ImportProgress() {
            private long next = start + intervalNanos;

            @Override
            public void advanceTo(long bytes) {
                long now = nanoTime.getAsLong();
                if (now < next) {
                    return;
                }
                next = now + intervalNanos;
                double mib = bytes / (1024.0 * 1024);
                long seconds = TimeUnit.NANOSECONDS.toSeconds(now - start);
                out.printf(Locale.UK, "import: %.1f of %.1f MiB (%d%%), %s MiB/s, %d:%02d:%02d%n", mib,
                        totalBytes / (1024.0 * 1024), totalBytes == 0 ? 100 : bytes * 100 / totalBytes,
                        SPEED.format(seconds == 0 ? 0 : mib / seconds), seconds / 3600, seconds / 60 % 60, seconds % 60);
            }

            @Override
            public void close() {}
        };
    }
}
