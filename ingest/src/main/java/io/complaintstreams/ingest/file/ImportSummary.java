package io.complaintstreams.ingest.file;

import io.complaintstreams.ingest.EventKind;
import java.nio.charset.Charset;
import java.util.List;

/** What an import did: per file, and the files it skipped (with why: the person importing must see it). */
public record ImportSummary(List<FileSummary> files, List<SkippedFile> skippedFiles) {
    /** How many refused rows a file's summary names. */
    public static final int MAX_REFUSALS_SHOWN = 5;

    /**
     * One file's counts, the encoding it was read in ({@code readAs}: the one asked for, or UTF-16 when the file starts
     * with a UTF-16 byte order mark), and its first {@link #MAX_REFUSALS_SHOWN} dead-lettered rows (line, field, reason)
     * so the person importing sees why without reading the dead-letter topic.
     */
    public record FileSummary(String file, EventKind kind, Charset readAs, long rowsRead, long published, long deadLettered,
            List<Refusal> firstRefusals) {
        public FileSummary {
            firstRefusals = List.copyOf(firstRefusals);
        }
    }

    /** A dead-lettered row: its line in the file (the first line of a multi-line CSV record), the field and the reason. */
    public record Refusal(long line, String field, String reason) {}

    /**
     * A file not read, and why: its name names no input, a format not read, no mapping table matches it, or
     * ({@code unreadable}) it names an input but its CSV header row cannot be read (not valid in the encoding, not CSV),
     * so none of its rows could be.
     */
    public record SkippedFile(String file, String reason, boolean unreadable) {
        public SkippedFile(String file, String reason) {
            this(file, reason, false);
        }
    }

    public ImportSummary {
        files = List.copyOf(files);
        skippedFiles = List.copyOf(skippedFiles);
    }

    /** The names of the files skipped. */
    public List<String> skipped() {
        return skippedFiles.stream().map(SkippedFile::file).toList();
    }

    /** Whether a file meant for an input could not be read at all (its rows are neither published nor dead-lettered). */
    public boolean anyUnreadable() {
        return skippedFiles.stream().anyMatch(SkippedFile::unreadable);
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
