package io.complaintstreams.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Typed, validating access to the fields of one JSON object. Every getter throws a
 * {@link ValidationException} naming the field. JSON {@code null} counts as absent. Unknown fields are ignored.
 */
final class JsonFields {
    private static final int MAX_ECHO = 40;
    private final JsonNode node;

    JsonFields(JsonNode node) {
        this.node = node;
    }

    String requiredId(String name) {
        String value = requiredText(name);
        if (value.isBlank()) {
            throw new ValidationException(name, "must not be blank");
        }
        return value;
    }

    String requiredText(String name) {
        String value = optionalString(name);
        if (value == null) {
            throw missing(name);
        }
        return value;
    }

    String optionalString(String name) {
        JsonNode v = value(name);
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            throw new ValidationException(name, "must be a string" + got(v));
        }
        return v.textValue();
    }

    /** An optional identifier: absent, or a non-blank string. */
    String optionalId(String name) {
        String value = optionalString(name);
        if (value != null && value.isBlank()) {
            throw new ValidationException(name, "must not be blank");
        }
        return value;
    }

    Instant requiredInstant(String name) {
        Instant value = optionalInstant(name);
        if (value == null) {
            throw missing(name);
        }
        return value;
    }

    /** An ISO-8601 instant ({@code 2025-04-01T09:30:00Z}) or offset date-time, truncated to milliseconds. */
    Instant optionalInstant(String name) {
        String text = optionalString(name);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text).truncatedTo(ChronoUnit.MILLIS);
        } catch (DateTimeParseException notInstant) {
            try {
                return OffsetDateTime.parse(text).toInstant().truncatedTo(ChronoUnit.MILLIS);
            } catch (DateTimeParseException e) {
                throw new ValidationException(name, "must be an ISO-8601 instant such as 2025-04-01T09:30:00Z"
                        + " or a date-time with an offset such as 2025-04-01T10:30:00+01:00" + got(node.get(name)));
            }
        }
    }

    int requiredInt(String name) {
        Integer value = optionalInt(name);
        if (value == null) {
            throw missing(name);
        }
        return value;
    }

    Integer optionalInt(String name) {
        JsonNode v = value(name);
        if (v == null) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new ValidationException(name, "must be an integer" + got(v));
        }
        return v.intValue();
    }

    Double optionalNumber(String name) {
        JsonNode v = value(name);
        if (v == null) {
            return null;
        }
        if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
            throw new ValidationException(name, "must be a number" + got(v));
        }
        return v.doubleValue();
    }

    <E extends Enum<E>> E requiredEnum(String name, Class<E> type) {
        E value = optionalEnum(name, type);
        if (value == null) {
            throw missing(name);
        }
        return value;
    }

    /** Matches a symbol ignoring case ({@code PHONE} is {@code phone}). */
    <E extends Enum<E>> E optionalEnum(String name, Class<E> type) {
        String text = optionalString(name);
        if (text == null) {
            return null;
        }
        for (E symbol : type.getEnumConstants()) {
            if (symbol.name().equalsIgnoreCase(text.strip())) {
                return symbol;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        throw new ValidationException(name, "must be one of " + allowed + got(node.get(name)));
    }

    /** An optional array of non-blank strings; absent gives an empty list. */
    List<String> optionalStringList(String name) {
        JsonNode v = value(name);
        List<String> values = new ArrayList<>();
        if (v == null) {
            return values;
        }
        if (!v.isArray()) {
            throw new ValidationException(name, "must be an array of strings" + got(v));
        }
        for (int i = 0; i < v.size(); i++) {
            JsonNode item = v.get(i);
            if (!item.isTextual() || item.textValue().isBlank()) {
                throw new ValidationException(name + "[" + i + "]", "must be a non-blank string" + got(item));
            }
            values.add(item.textValue().strip());
        }
        return values;
    }

    static ValidationException missing(String name) {
        return new ValidationException(name, "is required");
    }

    private JsonNode value(String name) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? null : v;
    }

    private static String got(JsonNode v) {
        String text = v.isTextual() ? '"' + v.textValue() + '"' : v.toString();
        if (text.length() > MAX_ECHO) {
            text = text.substring(0, MAX_ECHO) + "...";
        }
        return " (got " + text + ")";
    }
}
