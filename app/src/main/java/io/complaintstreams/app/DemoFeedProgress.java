package io.complaintstreams.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * How far {@code run --demo} has fed this data directory: the feed's first day and the events published (acknowledged)
 * from it, in {@value #FILE} as {@code 2024-04-01 63692}. A restart resumes after them instead of streaming the whole
 * history into the input topics again (duplicates would be dropped by event id, but cost minutes and disk).
 *
 * @param firstDay  {@link io.complaintstreams.generator.DemoFeed#firstDay()} of the feed that published them
 * @param published events published, in feed order
 */
record DemoFeedProgress(LocalDate firstDay, long published) {
    static final String FILE = "demo-feed.progress";

    /** The progress recorded in {@code dataDir}, or empty when there is none or it does not read. */
    static Optional<DemoFeedProgress> read(Path dataDir) {
        try {
            String[] parts = Files.readString(dataDir.resolve(FILE), StandardCharsets.UTF_8).trim().split("\\s+");
            return parts.length == 2 ? Optional.of(new DemoFeedProgress(LocalDate.parse(parts[0]), Long.parseLong(parts[1])))
                    : Optional.empty();
        } catch (IOException | DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Writes it atomically (a file beside it, then a move), so a crash leaves the old or the new figure. */
    void writeTo(Path dataDir) throws IOException {
        Path next = dataDir.resolve(FILE + ".next");
        Files.writeString(next, firstDay + " " + published + "\n", StandardCharsets.UTF_8);
        Files.move(next, dataDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
