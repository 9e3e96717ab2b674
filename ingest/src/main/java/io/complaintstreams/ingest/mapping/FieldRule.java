package io.complaintstreams.ingest.mapping;

import io.complaintstreams.ingest.ValidationException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How one of our fields is filled from a source row: from the first of {@code columns} present in the row, else
 * {@code constant}; an empty cell is absent, or {@code defaultValue} when given. A present value then goes through
 * {@code values} (the source's codes to ours: matched exactly, then ignoring case and surrounding spaces; a code
 * not listed is refused naming the column, unless {@code otherwise} is given) and, for date-time fields, through
 * {@code date}. {@code split} cuts a list field ({@code themes}) on a separator (default {@code |} or {@code ;});
 * {@code values} then maps each item.
 *
 * @param field    our field name (CONTRACTS section 2)
 * @param columns  source column names, first present wins (one mapping can serve a CSV export's display names and
 *                 a database table's column names); empty for a constant
 */
public record FieldRule(String field, List<String> columns, String constant, String defaultValue,
                        Map<String, String> values, String otherwise, DateRule date, String split) {

    public FieldRule {
        columns = List.copyOf(columns);
        values = values == null ? Map.of() : Map.copyOf(values);
        if (columns.isEmpty() && constant == null) {
            throw new IllegalArgumentException("field '" + field + "' needs a column or a constant");
        }
    }

    /** Our list fields: the cell is split ({@code split}, else on {@code |} or {@code ;}) and each item mapped. */
    static final java.util.Set<String> LISTS = java.util.Set.of("themes");
    private static final java.util.regex.Pattern DEFAULT_SPLIT = java.util.regex.Pattern.compile("[|;]");

    /**
     * A value read from the row: the text, the column it came from (null for a constant or default), and for a list
     * field its items.
     */
    public record Value(String text, String column, List<String> items) {
        Value(String text, String column) {
            this(text, column, null);
        }
    }

    /** This field's value in {@code row}, or empty when absent. */
    public Optional<Value> read(Map<String, String> row) {
        for (String column : columns) {
            if (row.containsKey(column)) {
                String cell = row.get(column);
                if (cell == null || cell.isBlank()) {
                    return fallback(column);
                }
                if (LISTS.contains(field)) {
                    List<String> items = new java.util.ArrayList<>();
                    String[] parts = split != null ? cell.split(java.util.regex.Pattern.quote(split)) : DEFAULT_SPLIT.split(cell);
                    for (String part : parts) {
                        if (!part.isBlank()) {
                            items.add(translate(column, part));
                        }
                    }
                    return Optional.of(new Value(String.join("|", items), column, items));
                }
                return Optional.of(new Value(translate(column, cell), column));
            }
        }
        if (!columns.isEmpty() && constant == null && defaultValue == null) {
            return Optional.empty();
        }
        return fallback(null);
    }

    private Optional<Value> fallback(String column) {
        if (defaultValue != null) {
            return Optional.of(new Value(defaultValue, column));
        }
        if (constant != null) {
            return Optional.of(new Value(constant, null));
        }
        return Optional.empty();
    }

    /** The column to name in an error about this field: the first column, or the field for a constant. */
    public String sourceName() {
        return columns.isEmpty() ? field : columns.get(0);
    }

    private String translate(String column, String cell) {
        String text = cell.strip();
        if (values.isEmpty()) {
            return text;
        }
        String mapped = values.get(text);
        if (mapped == null) {
            mapped = caseInsensitive().get(text.toLowerCase(Locale.ROOT));
        }
        if (mapped != null) {
            return mapped;
        }
        if (otherwise != null) {
            return otherwise;
        }
        throw new ValidationException(column, "has the code \"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text)
                + "\", which the mapping's values for '" + field + "' do not list (known: "
                + String.join(", ", new TreeMap<>(values).keySet()) + ")");
    }

    private Map<String, String> caseInsensitive() {
        Map<String, String> lower = new TreeMap<>();
        values.forEach((k, v) -> lower.putIfAbsent(k.strip().toLowerCase(Locale.ROOT), v));
        return lower;
    }
}
