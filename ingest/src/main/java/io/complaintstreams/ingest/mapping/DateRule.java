package io.complaintstreams.ingest.mapping;

import io.complaintstreams.ingest.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Locale;

/**
 * How a source writes a date-time, turned into an instant. Formats are tried in order:
 * <ul>
 *   <li>{@code iso}: an ISO-8601 instant ({@code 2025-04-01T09:30:00Z}) or a date-time with an offset written
 *       {@code +01:00}, {@code +0100} or {@code +01} ({@code 2025-04-01T09:30:00+0000}); a space may stand for the
 *       {@code T}; without an offset the time is read in {@link #zone()};</li>
 *   <li>{@code excel-serial}: an Excel (1900 date system) serial day number, days since 1899-12-30, the fraction
 *       being the time of day, rounded to the second ({@code 45748.4375} is 2025-04-01 10:30), read in the zone;</li>
 *   <li>any {@link DateTimeFormatter} pattern ({@code dd/MM/yyyy HH:mm}, {@code dd/MM/yyyy}, {@code
 *       yyyy-MM-dd'T'HH:mm:ssZ}); dates are checked strictly (31/02 is refused). A pattern with an offset gives
 *       the instant it names; one without is local time in the zone; a date alone is the start of that day.</li>
 * </ul>
 * Local times that clocks skip or repeat (British Summer Time starts and ends at 01:00 UTC) are resolved so:
 * {@code ambiguous: earlier} (default) takes the first of the two instants (the BST one, 01:30 on the last Sunday
 * of October is 00:30Z), {@code later} the second, {@code reject} refuses the row; {@code gap: shift} (default)
 * moves a skipped time forward by the gap (01:30 on the last Sunday of March is read as 02:30 BST, 01:30Z), {@code
 * reject} refuses it. Results are truncated to milliseconds.
 *
 * @param formats  tried in order; never empty
 * @param zone     the zone of local times (default Europe/London)
 */
public record DateRule(List<String> formats, ZoneId zone, Ambiguous ambiguous, Gap gap) {
    public static final String ISO = "iso";
    public static final String EXCEL_SERIAL = "excel-serial";
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/London");
    private static final LocalDateTime EXCEL_EPOCH = LocalDateTime.of(1899, 12, 30, 0, 0);
    private static final DateTimeFormatter ISO_LENIENT = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    public enum Ambiguous { EARLIER, LATER, REJECT }

    public enum Gap { SHIFT, REJECT }

    public DateRule {
        formats = List.copyOf(formats);
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("a date rule needs at least one format");
        }
        for (String format : formats) {
            if (!format.equals(ISO) && !format.equals(EXCEL_SERIAL)) {
                formatter(format); // fails early on a bad pattern
            }
        }
    }

    /** ISO-8601 in Europe/London, the defaults. */
    public static DateRule iso() {
        return new DateRule(List.of(ISO), DEFAULT_ZONE, Ambiguous.EARLIER, Gap.SHIFT);
    }

    /**
     * The instant {@code text} names.
     *
     * @throws ValidationException naming {@code column} when no format reads it, or a local time falls in a gap
     *                             or overlap the rule rejects
     */
    public Instant parse(String column, String text) {
        String value = text.strip();
        for (String format : formats) {
            TemporalAccessor parsed = tryParse(format, value);
            if (parsed != null) {
                return resolve(column, value, parsed).truncatedTo(ChronoUnit.MILLIS);
            }
        }
        throw new ValidationException(column, "is not a date-time in " + String.join(" or ", formats)
                + (formats.contains(ISO) && formats.size() == 1 ? " (e.g. 2025-04-01T09:30:00Z or 2025-04-01T10:30:00+0100)" : "")
                + " (got \"" + echo(value) + "\")");
    }

    private TemporalAccessor tryParse(String format, String value) {
        try {
            if (format.equals(EXCEL_SERIAL)) {
                return excelSerial(value);
            }
            DateTimeFormatter formatter = format.equals(ISO) ? ISO_LENIENT : formatter(format);
            return formatter.parseBest(value, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
        } catch (DateTimeParseException | NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    private static LocalDateTime excelSerial(String value) {
        BigDecimal days = new BigDecimal(value);
        if (days.signum() <= 0 || days.compareTo(BigDecimal.valueOf(2958466)) >= 0) {
            throw new NumberFormatException("outside Excel's date range");
        }
        long seconds = days.multiply(BigDecimal.valueOf(86_400)).setScale(0, RoundingMode.HALF_UP).longValueExact();
        return EXCEL_EPOCH.plusSeconds(seconds);
    }

    private Instant resolve(String column, String value, TemporalAccessor parsed) {
        if (parsed instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (parsed instanceof LocalDate date) {
            return date.atStartOfDay(zone).toInstant();
        }
        LocalDateTime local = (LocalDateTime) parsed;
        List<java.time.ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        if (offsets.size() == 1) {
            return local.toInstant(offsets.get(0));
        }
        if (offsets.isEmpty()) {
            if (gap == Gap.REJECT) {
                throw new ValidationException(column, "is a local time that does not exist in " + zone
                        + " (clocks went forward) (got \"" + echo(value) + "\")");
            }
            ZoneOffsetTransition transition = zone.getRules().getTransition(local);
            return local.plus(transition.getDuration()).toInstant(transition.getOffsetAfter());
        }
        if (ambiguous == Ambiguous.REJECT) {
            throw new ValidationException(column, "is a local time that happens twice in " + zone
                    + " (clocks went back) (got \"" + echo(value) + "\")");
        }
        ZonedDateTime earlier = ZonedDateTime.ofLocal(local, zone, null).withEarlierOffsetAtOverlap();
        return (ambiguous == Ambiguous.EARLIER ? earlier : earlier.withLaterOffsetAtOverlap()).toInstant();
    }

    /** A pattern, read strictly: {@code yyyy} means the proleptic year so that 31/02/2025 is refused. */
    static DateTimeFormatter formatter(String pattern) {
        StringBuilder strict = new StringBuilder(pattern.length());
        boolean quoted = false;
        for (char c : pattern.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            }
            strict.append(!quoted && c == 'y' ? 'u' : c);
        }
        try {
            return DateTimeFormatter.ofPattern(strict.toString(), Locale.UK).withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new IllegalArgumentException("'" + pattern + "' is not a date-time pattern: " + e.getMessage());
        }
    }

    private static String echo(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "..." : value;
    }
}
