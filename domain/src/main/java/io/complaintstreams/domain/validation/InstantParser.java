package io.complaintstreams.domain.validation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The one parser of business instants ({@code occurredAt}, {@code dueAt}) for HTTP ingest, file import and
 * {@code report --input}. Accepts an ISO-8601 local date-time followed by an offset written {@code Z},
 * {@code +01:00} or without the colon {@code +0100} / {@code +0000} (as Salesforce's API and Java's
 * {@code SimpleDateFormat} write them); seconds and a fraction of up to nine digits are optional. A time
 * without an offset is ambiguous and refused. The result is truncated to milliseconds (Avro
 * {@code timestamp-millis}). Bounds (too far ahead, too old) are {@link TimestampBounds}' business.
 */
public final class InstantParser {
    /** Shown in errors. */
    public static final String EXPECTED = "an ISO-8601 instant such as 2025-04-01T09:30:00Z, or a date-time with an"
            + " offset such as 2025-04-01T10:30:00+01:00 or 2025-04-01T10:30:00.000+0100";

    private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMMss", "Z").optionalEnd()
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT)
            .withChronology(java.time.chrono.IsoChronology.INSTANCE);

    private InstantParser() {}

    /** The instant {@code text} denotes, truncated to milliseconds; empty when it is not one of the accepted forms. */
    public static Optional<Instant> parse(String text) {
        if (text == null || text.length() > 64) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text, FORMAT).toInstant().truncatedTo(ChronoUnit.MILLIS));
        } catch (DateTimeParseException | ArithmeticException e) {
            try {
                // Instant's range (to year 1000000000) is wider than a date-time's: keep such a value so the bounds name it.
                return Optional.of(Instant.parse(text).truncatedTo(ChronoUnit.MILLIS));
            } catch (DateTimeParseException | ArithmeticException notInstant) {
                return Optional.empty();
            }
        }
    }
}
