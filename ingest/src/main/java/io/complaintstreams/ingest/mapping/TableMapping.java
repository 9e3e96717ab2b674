package io.complaintstreams.ingest.mapping;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.complaintstreams.ingest.EventKind;
import io.complaintstreams.ingest.ValidationException;
import java.math.BigDecimal;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One source table (a CSV file, a JSON-lines file, a database table's topic) mapped onto one kind of input event.
 * {@link #toFields} turns a source row (column name to text) into the JSON object our parsers validate: integers for
 * {@code stage}, {@code score}, {@code extensionWorkingDays} (Excel's {@code 2.0} included), a number for
 * {@code remedyAmount}, a list for {@code themes}, ISO-8601 instants for {@code occurredAt} and {@code dueAt}.
 *
 * @param name  the table's name in the mapping file
 * @param match a glob, case-insensitive, matched against a file's name ({@code import}) or a record's topic (Connect)
 */
public record TableMapping(String name, String match, EventKind kind, List<FieldRule> fields) {
    static final Set<String> INSTANTS = Set.of("occurredAt", "dueAt");
    private static final Set<String> INTEGERS = Set.of("stage", "score", "extensionWorkingDays");
    private static final Set<String> NUMBERS = Set.of("remedyAmount");

    public TableMapping {
        fields = List.copyOf(fields);
    }

    /** Whether this table reads a file or topic of that name. */
    public boolean matches(String fileOrTopic) {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + match.toLowerCase(Locale.ROOT));
        return matcher.matches(Path.of(fileOrTopic.toLowerCase(Locale.ROOT)));
    }

    /** A row mapped onto our field names, and the source column each field came from. */
    public record Mapped(ObjectNode fields, Map<String, String> columnOf) {
        /** The source column our {@code field} was read from, or the field itself (a constant, or not mapped). */
        public String sourceOf(String field) {
            return columnOf.getOrDefault(field, field);
        }
    }

    /**
     * Maps one source row.
     *
     * @throws ValidationException naming the source column when a value cannot be read (an unlisted code, a date
     *                             in no known format)
     */
    public Mapped toFields(Map<String, String> row) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        Map<String, String> columnOf = new HashMap<>();
        for (FieldRule rule : fields) {
            columnOf.put(rule.field(), rule.sourceName());
            var value = rule.read(row);
            if (value.isEmpty()) {
                continue;
            }
            String column = value.get().column() != null ? value.get().column() : rule.field();
            columnOf.put(rule.field(), column);
            put(node, rule, column, value.get());
        }
        return new Mapped(node, columnOf);
    }

    private static void put(ObjectNode node, FieldRule rule, String column, FieldRule.Value value) {
        String field = rule.field();
        String text = value.text();
        if (INSTANTS.contains(field)) {
            node.put(field, (rule.date() != null ? rule.date() : DateRule.iso()).parse(column, text).toString());
        } else if (INTEGERS.contains(field) && integral(text) != null) {
            node.put(field, integral(text));
        } else if (NUMBERS.contains(field) && decimal(text) != null) {
            node.put(field, decimal(text).doubleValue());
        } else if (value.items() != null) {
            ArrayNode items = node.putArray(field);
            value.items().forEach(item -> items.add(item.strip()));
        } else {
            node.put(field, text);
        }
    }

    private static Long integral(String text) {
        BigDecimal value = decimal(text);
        if (value == null) {
            return null;
        }
        try {
            return value.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
