package io.complaintstreams.bench;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How big a bench run is.
 *
 * @param events           N for the producer, pass-through and pipeline phases
 * @param quick            the small run
 * @param dataDir          where the bench's own data directory is created (a fresh subdirectory each run)
 * @param keepData         leave the data directory in place afterwards
 * @param alertSamples     complaints posted for the alert latency
 * @param ingestBudget     time bound of each HTTP ingest run
 * @param ingestBatchEvents    event bound of the arrays-of-100 HTTP run
 * @param ingestSingleEvents   event bound of the single-event HTTP run
 * @param classifierRecords    records classified for the classifier throughput
 * @param restoreOpenComplaints open complaints loaded for the restore-at-scale figure
 */
public record BenchSettings(int events, boolean quick, Path dataDir, boolean keepData, int alertSamples,
                            Duration ingestBudget, long ingestBatchEvents, long ingestSingleEvents,
                            int classifierRecords, int restoreOpenComplaints) {
    public static final int FULL_EVENTS = 200_000;
    public static final int QUICK_EVENTS = 20_000;
    public static final int MIN_EVENTS = 1_000;

    public BenchSettings {
        if (events < MIN_EVENTS) {
            throw new IllegalArgumentException("--events must be at least " + MIN_EVENTS + ", was " + events);
        }
    }

    /** The defaults for a full or quick run; {@code events} null keeps the default N. */
    public static BenchSettings of(boolean quick, Integer events, Path dataDir, boolean keepData) {
        if (quick) {
            return new BenchSettings(events == null ? QUICK_EVENTS : events, true, dataDir, keepData, 30,
                    Duration.ofSeconds(5), 50_000, 5_000, 50_000, 20_000);
        }
        return new BenchSettings(events == null ? FULL_EVENTS : events, false, dataDir, keepData, 200,
                Duration.ofSeconds(15), 1_000_000, 50_000, 200_000, 100_000);
    }
}
