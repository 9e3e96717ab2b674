package io.complaintstreams.reporting.annual;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A part of a report the landlord writes itself: its text (Markdown) from a file, or status "Not supplied". */
public record Statement(String title, String status, String file, String text) {
    public static final String SUPPLIED = "Supplied";
    public static final String NOT_SUPPLIED = "Not supplied";

    public boolean supplied() {
        return SUPPLIED.equals(status);
    }

    /** Reads {@code file} (UTF-8 Markdown) from the statements directory; a missing or blank file, or no directory, is "Not supplied". */
    public static Statement read(Path dir, String file, String title) {
        Path path = dir == null ? null : dir.resolve(file);
        if (path == null || !Files.isRegularFile(path)) {
            return new Statement(title, NOT_SUPPLIED, file, null);
        }
        try {
            String text = Files.readString(path, StandardCharsets.UTF_8).strip();
            return new Statement(title, text.isEmpty() ? NOT_SUPPLIED : SUPPLIED, file, text.isEmpty() ? null : text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
