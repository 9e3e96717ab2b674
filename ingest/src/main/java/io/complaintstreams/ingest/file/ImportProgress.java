package io.complaintstreams.ingest.file;

import java.io.Closeable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress over the bytes of all files: a progress bar on stderr, or nothing. */
interface ImportProgress extends Closeable {
    void advanceTo(long bytes);

    @Override
    void close();

    static ImportProgress open(boolean wanted, long totalBytes) {
        if (!wanted || System.console() == null) {
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
                .showSpeed()
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
}
