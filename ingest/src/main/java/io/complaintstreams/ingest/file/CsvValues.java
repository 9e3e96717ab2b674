package io.complaintstreams.ingest.file;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CSV cells to the JSON the parsers validate: an empty cell is absent; every cell is stripped of leading and trailing
 * whitespace, as the mapped import does ({@code "  repairs "} is {@code repairs}); {@code stage}, {@code score} and
 * {@code extensionWorkingDays} become integers and {@code remedyAmount} a number when they look like one
 * (else they stay text, and the parser names the field); {@code themes} is split on {@code |} or {@code ;}.
 */
final class CsvValues {
    private static final Set<String> INTEGERS = Set.of("stage", "score", "extensionWorkingDays");
    private static final Set<String> NUMBERS = Set.of("remedyAmount");
    private static final Set<String> LISTS = Set.of("themes");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,18}");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[|;]");

    private CsvValues() {}

    static ObjectNode toJson(List<String> header, List<String> values) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            String value = values.get(i);
            if (name.isEmpty() || value == null || value.isBlank()) {
                continue;
            }
            String v = value.strip();
            if (INTEGERS.contains(name) && INTEGER.matcher(v).matches()) {
                node.put(name, Long.parseLong(v));
            } else if (NUMBERS.contains(name) && isDecimal(v)) {
                node.put(name, new BigDecimal(v).doubleValue());
            } else if (LISTS.contains(name)) {
                ArrayNode items = node.putArray(name);
                for (String item : LIST_SEPARATOR.split(v)) {
                    if (!item.isBlank()) {
                        items.add(item.strip());
                    }
                }
            } else {
                node.put(name, v);
            }
        }
        return node;
    }

    private static boolean isDecimal(String v) {
        try {
            new BigDecimal(v);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
