package io.complaintstreams.ingest.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A source row as the mapping reads it: column name to text. From a JSON object: strings as they are, numbers and
 * booleans as their JSON text, {@code null} as absent, an array of values joined by {@code |} (the default list
 * separator), other nested values as their JSON text; a nested
 * object's fields are also offered as {@code parent.child} so a mapping can name them.
 */
public final class SourceRows {
    private SourceRows() {}

    public static Map<String, String> fromJson(JsonNode object) {
        Map<String, String> row = new LinkedHashMap<>();
        flatten("", object, row);
        return row;
    }

    private static boolean isListOfValues(JsonNode v) {
        if (!v.isArray()) {
            return false;
        }
        for (JsonNode item : v) {
            if (!item.isValueNode()) {
                return false;
            }
        }
        return true;
    }

    private static String joined(JsonNode array) {
        StringBuilder out = new StringBuilder();
        for (JsonNode item : array) {
            out.append(out.isEmpty() ? "" : "|").append(item.asText());
        }
        return out.toString();
    }

    private static void flatten(String prefix, JsonNode object, Map<String, String> row) {
        object.fields().forEachRemaining(e -> {
            String name = prefix + e.getKey();
            JsonNode v = e.getValue();
            if (v == null || v.isNull()) {
                return;
            }
            row.put(name, v.isValueNode() ? v.asText() : isListOfValues(v) ? joined(v) : v.toString());
            if (v.isObject()) {
                flatten(name + ".", v, row);
            }
        });
    }
}
