package io.complaintstreams.ingest.mapping;

import io.complaintstreams.ingest.EventParsers;
import io.complaintstreams.ingest.ParsedEvent;
import io.complaintstreams.ingest.ValidationException;
import java.util.Map;

/**
 * A source row to a valid input event: the table's mapping, then the same validation as HTTP ingest
 * ({@link EventParsers}). Every error names the <em>source column</em> (the data engineer's word for it): a code
 * the mapping does not list, a date in no known format, or a mapped value our validation refuses ({@code error-field}
 * {@code Status Reason}, reason {@code 'type' from column 'Status Reason': must be one of ...}). Thread-safe.
 */
public final class MappedEvents {
    private final EventParsers parsers;

    /** With the default timestamp bounds. */
    public MappedEvents() {
        this(new EventParsers());
    }

    /** Validating with {@code parsers} (e.g. the import's configured timestamp bounds). */
    public MappedEvents(EventParsers parsers) {
        this.parsers = parsers;
    }

    /**
     * @throws ValidationException whose {@link ValidationException#field()} is the source column (or our field name
     *                             when no column feeds it)
     */
    public ParsedEvent parse(TableMapping table, Map<String, String> row) {
        TableMapping.Mapped mapped = table.toFields(row);
        try {
            return parsers.parse(table.kind(), mapped.fields());
        } catch (ValidationException e) {
            String field = e.field();
            String column = mapped.sourceOf(field);
            if (column.equals(field)) {
                throw e;
            }
            throw new ValidationException(column, "(our '" + field + "') " + e.reason());
        }
    }

    /** The Kafka key the row would have (its id column), or null when it has none: for dead letters. */
    public static String keyOf(TableMapping table, Map<String, String> row) {
        for (FieldRule rule : table.fields()) {
            if (rule.field().equals(table.kind().keyField())) {
                try {
                    return rule.read(row).map(FieldRule.Value::text).orElse(null);
                } catch (ValidationException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
