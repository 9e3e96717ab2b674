package io.complaintstreams.ingest.file;

import io.complaintstreams.ingest.EventKind;
import java.util.List;

/** What an import did: per file, and the files it skipped because their names tell no topic. */
public record ImportSummary(List<FileSummary> files, List<String> skipped) {
    public record FileSummary(String file, EventKind kind, long rowsRead, long published, long deadLettered) {}

    public ImportSummary {
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
    }

    public long rowsRead() {
        return files.stream().mapToLong(FileSummary::rowsRead).sum();
    }

    /** Rows published to their input topic (acknowledged by the broker). */
    public long published() {
        return files.stream().mapToLong(FileSummary::published).sum();
    }

    /** Rows published to the dead-letter topic instead. */
    public long deadLettered() {
        return files.stream().mapToLong(FileSummary::deadLettered).sum();
    }
}
