package io.complaintstreams.bench;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How big a bench run is.
 *
 * @param events                N for the producer, pass-through and pipeline phases (and the backlog)
 * @param quick                 the small run
 * @param dataDir               where the bench's own data directory is created (a fresh subdirectory each run)
 * @param keepData              leave the data directory in place afterwards
 * @param replayHomes           homes of the landlord whose generated year is replayed with --clock event
 * @param alertSamples          complaints posted for each alert latency
 * @param ingestBudget          time bound of each HTTP ingest run
 * @param ingestBatchEvents     event bound of the arrays-of-100 HTTP run
 * @param ingestSingleEvents    event bound of the single-event HTTP run
 * @param classifierRecords     records classified for the classifier throughput
 * @param restoreOpenComplaints open complaints loaded for the restore-at-scale figure
 * @param deadlineCheckSeconds  deadline check interval for the no-event alert latency (the app's default in a full run)
 */
public record BenchSettings(int events, boolean quick, Path dataDir, boolean keepData, int replayHomes, int alertSamples,
                            Duration ingestBudget, long ingestBatchEvents, long ingestSingleEvents,
                            int classifierRecords, int restoreOpenComplaints, int deadlineCheckSeconds) {
    public static final int FULL_EVENTS = 200_000;
    public static final int QUICK_EVENTS = 20_000;
    public static final int MIN_EVENTS = 1_000;
    public static final int FULL_REPLAY_HOMES = 130_000;
    public static final int QUICK_REPLAY_HOMES = 1_000;

    public BenchSettings {
        if (events < MIN_EVENTS) {
            throw new IllegalArgumentException("--events must be at least " + MIN_EVENTS + ", was " + events);
        }
        if (replayHomes < 1) {
            throw new IllegalArgumentException("--homes must be at least 1, was " + replayHomes);
        }
    }

    /** The defaults for a full or quick run; {@code events} or {@code homes} null keeps the default. */
    public static BenchSettings of(boolean quick, Integer events, Integer homes, Path dataDir, boolean keepData) {
        if (quick) {
            return new BenchSettings(events == null ? QUICK_EVENTS : events, true, dataDir, keepData,
                    homes == null ? QUICK_REPLAY_HOMES : homes, 30, Duration.ofSeconds(4), 20_000, 2_000, 50_000, 5_000, 2);
        }
        return new BenchSettings(events == null ? FULL_EVENTS : events, false, dataDir, keepData,
                homes == null ? FULL_REPLAY_HOMES : homes, 200, Duration.ofSeconds(15), 1_000_000, 50_000, 200_000, 100_000,
                Integer.parseInt(io.complaintstreams.config.AppConfig.PUNCTUATE_SECONDS.defaultValue()));
    }

    /** Events each topology is warmed on (other events, same JVM) before it is measured. */
    public int warmUpEvents() {
        return Math.max(MIN_EVENTS, Math.min(events / 4, 50_000));
    }
}
