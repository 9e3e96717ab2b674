package io.complaintstreams.ingest.file;

import io.complaintstreams.ingest.EventKind;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * A file to import: its kind, from the name without extension (see {@link EventKind#fromBaseName}), and its
 * format, from the extension: {@code .jsonl}, {@code .ndjson} or {@code .json} (JSON lines) or {@code .csv}.
 */
public record ImportFile(Path path, EventKind kind, Format format) {
    public enum Format { JSON_LINES, CSV }

    /** The format from the extension alone (for mapped imports, where a mapping table names the kind). */
    public static Optional<Format> formatOf(Path path) {
        String lower = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return Optional.of(Format.CSV);
        }
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json")) {
            return Optional.of(Format.JSON_LINES);
        }
        return Optional.empty();
    }

    public static Optional<ImportFile> of(Path path) {
        String name = path.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        Format format;
        String ext;
        if (lower.endsWith(".csv")) {
            format = Format.CSV;
            ext = ".csv";
        } else if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json")) {
            format = Format.JSON_LINES;
            ext = lower.substring(lower.lastIndexOf('.'));
        } else {
            return Optional.empty();
        }
        return EventKind.fromBaseName(name.substring(0, name.length() - ext.length()))
                .map(kind -> new ImportFile(path, kind, format));
    }
}
