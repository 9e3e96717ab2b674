package io.complaintstreams.ingest.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.complaintstreams.ingest.EventKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a mapping file (YAML, which includes JSON) with Jackson's YAML data format and checks it: unknown keys,
 * unknown kinds or fields, bad date patterns and unknown zones are refused with an
 * {@link IllegalArgumentException} naming the key path ({@code tables.cases.fields.occurredAt.date.zone}).
 */
final class MappingFileReader {
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Set<String> TOP = Set.of("mapping", "description", "tables");
    private static final Set<String> TABLE = Set.of("match", "kind", "description", "fields");
    private static final Set<String> FIELD = Set.of("column", "constant", "default", "values", "otherwise", "date", "split");
    private static final Set<String> DATE = Set.of("format", "formats", "zone", "ambiguous", "gap");
    private MappingFileReader() {}

    static ExportMapping read(Path file) throws IOException {
        try {
            return parse(Files.readString(file));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("mapping file " + file + ": " + e.getMessage(), e);
        }
    }

    static ExportMapping parse(String text) {
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("is not valid YAML: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("must be a YAML mapping with 'tables'");
        }
        checkKeys(root, TOP, "");
        JsonNode tables = root.get("tables");
        if (tables == null || !tables.isObject() || tables.isEmpty()) {
            throw new IllegalArgumentException("'tables' must map table names to tables");
        }
        List<TableMapping> result = new ArrayList<>();
        tables.fields().forEachRemaining(e -> result.add(table(e.getKey(), e.getValue(), "tables." + e.getKey())));
        String name = root.hasNonNull("mapping") ? root.get("mapping").asText() : "";
        return new ExportMapping(name, result);
    }

    private static TableMapping table(String name, JsonNode node, String path) {
        checkObject(node, path);
        checkKeys(node, TABLE, path);
        String kindText = requiredText(node, "kind", path);
        EventKind kind = EventKind.fromBaseName(kindText).orElseThrow(() -> new IllegalArgumentException(
                "'" + path + ".kind' must be contacts, service-requests, surveys or complaint-events (got " + kindText + ")"));
        String match = node.hasNonNull("match") ? node.get("match").asText() : "*" + name + "*";
        JsonNode fields = node.get("fields");
        if (fields == null || !fields.isObject()) {
            throw new IllegalArgumentException("'" + path + ".fields' must map our field names to columns");
        }
        List<FieldRule> rules = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String fieldPath = path + ".fields." + e.getKey();
            if (!kind.fieldNames().contains(e.getKey())) {
                throw new IllegalArgumentException("'" + fieldPath + "': " + kind.pathSegment() + " has no field '"
                        + e.getKey() + "' (fields: " + String.join(", ", kind.fieldNames().stream().sorted().toList()) + ")");
            }
            rules.add(field(e.getKey(), e.getValue(), fieldPath));
        }
        return new TableMapping(name, match, kind, rules);
    }

    private static FieldRule field(String field, JsonNode node, String path) {
        if (node.isValueNode()) {
            return new FieldRule(field, List.of(node.asText()), null, null, null, null, defaultDate(field), null);
        }
        checkObject(node, path);
        checkKeys(node, FIELD, path);
        List<String> columns = new ArrayList<>();
        JsonNode column = node.get("column");
        if (column != null && column.isArray()) {
            column.forEach(c -> columns.add(c.asText()));
        } else if (column != null && !column.isNull()) {
            columns.add(column.asText());
        }
        Map<String, String> values = null;
        if (node.has("values")) {
            checkObject(node.get("values"), path + ".values");
            values = new LinkedHashMap<>();
            for (var it = node.get("values").fields(); it.hasNext(); ) {
                var e = it.next();
                values.put(e.getKey(), e.getValue().asText());
            }
        }
        DateRule date = node.has("date") ? date(node.get("date"), path + ".date") : defaultDate(field);
        if (node.has("date") && !TableMapping.INSTANTS.contains(field)) {
            throw new IllegalArgumentException("'" + path + ".date': only occurredAt and dueAt are date-times");
        }
        try {
            return new FieldRule(field, columns, text(node, "constant"), text(node, "default"), values,
                    text(node, "otherwise"), date, text(node, "split"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + path + "': " + e.getMessage());
        }
    }

    private static DateRule defaultDate(String field) {
        return TableMapping.INSTANTS.contains(field) ? DateRule.iso() : null;
    }

    private static DateRule date(JsonNode node, String path) {
        try {
            if (node.isTextual()) {
                return new DateRule(List.of(node.asText()), DateRule.DEFAULT_ZONE, DateRule.Ambiguous.EARLIER, DateRule.Gap.SHIFT);
            }
            checkObject(node, path);
            checkKeys(node, DATE, path);
            List<String> formats = new ArrayList<>();
            if (node.hasNonNull("format")) {
                formats.add(node.get("format").asText());
            }
            if (node.has("formats")) {
                node.get("formats").forEach(f -> formats.add(f.asText()));
            }
            if (formats.isEmpty()) {
                formats.add(DateRule.ISO);
            }
            ZoneId zone = node.hasNonNull("zone") ? ZoneId.of(node.get("zone").asText()) : DateRule.DEFAULT_ZONE;
            var ambiguous = node.hasNonNull("ambiguous")
                    ? DateRule.Ambiguous.valueOf(node.get("ambiguous").asText().toUpperCase(Locale.ROOT)) : DateRule.Ambiguous.EARLIER;
            var gap = node.hasNonNull("gap")
                    ? DateRule.Gap.valueOf(node.get("gap").asText().toUpperCase(Locale.ROOT)) : DateRule.Gap.SHIFT;
            return new DateRule(formats, zone, ambiguous, gap);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + path + ".zone' is not a time zone: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + path + "': " + e.getMessage()
                    + " (ambiguous: earlier|later|reject, gap: shift|reject)");
        }
    }

    private static String text(JsonNode node, String key) {
        JsonNode v = node.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String requiredText(JsonNode node, String key, String path) {
        String v = text(node, key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("'" + path + "." + key + "' is required");
        }
        return v;
    }

    private static void checkObject(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("'" + path + "' must be a YAML mapping");
        }
    }

    private static void checkKeys(JsonNode node, Set<String> allowed, String path) {
        node.fieldNames().forEachRemaining(key -> {
            if (!allowed.contains(key)) {
                throw new IllegalArgumentException("'" + (path.isEmpty() ? key : path + "." + key)
                        + "' is not a known key (known: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        });
    }
}
