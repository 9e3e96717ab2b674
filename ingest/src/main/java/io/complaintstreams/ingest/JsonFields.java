package io.complaintstreams.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.complaintstreams.domain.validation.InputRules;
import io.complaintstreams.domain.validation.InstantParser;
import io.complaintstreams.domain.validation.TimestampBounds;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Typed, validating access to the fields of one JSON object. Every getter throws a
 * {@link ValidationException} naming the field. JSON {@code null} counts as absent. Unknown fields are ignored.
 * Values are checked against {@link InputRules} (the rules the topology applies too) and instants against
 * {@link TimestampBounds} at {@code now}.
 */
final class JsonFields {
    private static final int MAX_ECHO = 40;
    private final JsonNode node;
    private final TimestampBounds bounds;
    private final Instant now;

    JsonFields(JsonNode node, TimestampBounds bounds, Instant now) {
        this.node = node;
        this.bounds = bounds;
        this.now = now;
    }

    /** An identifier ({@link InputRules#identifier}). */
    String requiredId(String name) {
        String value = requiredText(name);
        check(name, InputRules.identifier(value));
        return value;
    }

    /** Free text written by people ({@link InputRules#text}). */
    String requiredFreeText(String name) {
        String value = requiredText(name);
        check(name, InputRules.text(value));
        return value;
    }

    /** Optional free text ({@link InputRules#text}). */
    String optionalFreeText(String name) {
        String value = optionalString(name);
        if (value != null) {
            check(name, InputRules.text(value));
        }
        return value;
    }

    /** An optional short label such as a category ({@link InputRules#label}), stripped of surrounding whitespace. */
    String optionalLabel(String name) {
        String value = optionalString(name);
        if (value != null) {
            value = value.strip();
            check(name, InputRules.label(value));
        }
        return value;
    }

    /** A required short label ({@link InputRules#label}), not blank, stripped of surrounding whitespace. */
    String requiredLabel(String name) {
        String value = requiredText(name).strip();
        if (value.isBlank()) {
            throw new ValidationException(name, "must not be blank");
        }
        check(name, InputRules.label(value));
        return value;
    }

    static void check(String name, Optional<String> problem) {
        if (problem.isPresent()) {
            throw new ValidationException(name, problem.get());
        }
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

    /** An optional identifier: absent, or one that {@link InputRules#identifier} accepts. */
    String optionalId(String name) {
        String value = optionalString(name);
        if (value != null) {
            check(name, InputRules.identifier(value));
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

    /**
     * When something happened ({@code occurredAt}): an instant as {@link InstantParser} reads it
     * ({@code 2025-04-01T09:30:00Z}, {@code +01:00}, {@code +0100}), truncated to milliseconds, within
     * {@link TimestampBounds} at now.
     */
    Instant optionalInstant(String name) {
        Instant instant = optionalParsedInstant(name);
        if (instant != null) {
            check(name, bounds.rejectReason(instant, now));
        }
        return instant;
    }

    /**
     * A target date ({@code dueAt}): parsed as {@link #optionalInstant}, not before the floor, and at most
     * {@link #TARGET_HORIZON} ahead of now (a due date is in the future by nature, so the five-minute
     * tolerance does not apply; the horizon still refuses typing errors such as year 20255).
     */
    Instant optionalTargetInstant(String name) {
        Instant instant = optionalParsedInstant(name);
        if (instant != null) {
            check(name, new TimestampBounds(bounds.floor(), TARGET_HORIZON).rejectReason(instant, now));
        }
        return instant;
    }

    /** How far ahead a target date ({@code dueAt}) may be: ten years. */
    static final Duration TARGET_HORIZON = Duration.ofDays(3653);

    private Instant optionalParsedInstant(String name) {
        String text = optionalString(name);
        if (text == null) {
            return null;
        }
        return InstantParser.parse(text).orElseThrow(
                () -> new ValidationException(name, "must be " + InstantParser.EXPECTED + got(node.get(name))));
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

    /**
     * An optional array of the contract's themes ({@link InputRules#canonicalTheme}, ignoring case), at most
     * {@link InputRules#MAX_THEMES}; absent gives an empty list. Each is returned in the contract's spelling.
     */
    List<String> optionalThemes(String name) {
        JsonNode v = value(name);
        List<String> values = new ArrayList<>();
        if (v == null) {
            return values;
        }
        if (!v.isArray()) {
            throw new ValidationException(name, "must be an array of strings" + got(v));
        }
        check(name, InputRules.themeCount(v.size()));
        for (int i = 0; i < v.size(); i++) {
            JsonNode item = v.get(i);
            if (!item.isTextual() || item.textValue().isBlank()) {
                throw new ValidationException(name + "[" + i + "]", "must be a non-blank string" + got(item));
            }
            String theme = InputRules.canonicalTheme(item.textValue()).orElse(null);
            if (theme == null) {
                throw new ValidationException(name + "[" + i + "]", InputRules.theme(item.textValue()).orElseThrow() + got(item));
            }
            values.add(theme);
        }
        return values;
    }

    /**
     * An optional array of at most {@code max} JSON objects, each read by {@code item} with its fields named
     * {@code name[i].field}; absent gives an empty list.
     */
    <T> List<T> optionalObjects(String name, int max, java.util.function.Function<JsonFields, T> item) {
        JsonNode v = value(name);
        List<T> values = new ArrayList<>();
        if (v == null) {
            return values;
        }
        if (!v.isArray()) {
            throw new ValidationException(name, "must be an array of objects" + got(v));
        }
        if (v.size() > max) {
            throw new ValidationException(name, "must have at most " + max + " items (got " + v.size() + ")");
        }
        for (int i = 0; i < v.size(); i++) {
            JsonNode element = v.get(i);
            if (!element.isObject()) {
                throw new ValidationException(name + "[" + i + "]", "must be a JSON object" + got(element));
            }
            try {
                values.add(item.apply(new JsonFields(element, bounds, now)));
            } catch (ValidationException e) {
                throw new ValidationException(name + "[" + i + "]." + e.field(), e.reason());
            }
        }
        return values;
    }

    /** An optional calendar date {@code YYYY-MM-DD}. */
    java.time.LocalDate optionalDate(String name) {
        String text = optionalString(name);
        if (text == null) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new ValidationException(name, "must be a date YYYY-MM-DD" + got(node.get(name)));
        }
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
            int end = Character.isHighSurrogate(text.charAt(MAX_ECHO - 1)) ? MAX_ECHO - 1 : MAX_ECHO;
            text = text.substring(0, end) + "...";
        }
        StringBuilder printable = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT || Character.isSurrogate((char) c) && c < 0x10000) {
                printable.append(String.format("\\u%04X", c));
            } else {
                printable.appendCodePoint(c);
            }
        });
        return " (got " + printable + ")";
    }
}
