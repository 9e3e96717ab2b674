package io.complaintstreams.domain.sla;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Reads one {@code sla} input line strictly, naming the first bad field. Dates before {@code received}
 * ({@code acknowledged}, {@code responded}, {@code asOf}) are refused: a status judged on a day before the complaint
 * existed (e.g. ON_TRACK) would look like a real answer.
 */
public final class SlaLineParser {
    /** Upper bound on extensionWorkingDays, to refuse absurd input rather than compute dates centuries ahead. */
    public static final int MAX_EXTENSION_WORKING_DAYS = 1000;
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    public SlaRequest parse(String line) throws SlaInputException {
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            throw new SlaInputException(null, "invalid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new SlaInputException(null, "invalid JSON: expected an object");
        }
        String id = id(node);
        int stage = stage(node);
        LocalDate received = date(node, "received", true);
        LocalDate acknowledged = date(node, "acknowledged", false);
        int extension = extension(node);
        LocalDate responded = date(node, "responded", false);
        LocalDate asOf = date(node, "asOf", true);
        notBefore(acknowledged, received, "acknowledged");
        notBefore(responded, received, "responded");
        notBefore(asOf, received, "asOf");
        return new SlaRequest(id, stage, received, acknowledged, extension, responded, asOf);
    }

    private static String id(JsonNode node) throws SlaInputException {
        JsonNode id = present(node, "id", true);
        if (!id.isTextual() || id.asText().isBlank()) {
            throw new SlaInputException("id", "must be a non-empty string");
        }
        return id.asText();
    }

    private static int stage(JsonNode node) throws SlaInputException {
        JsonNode stage = present(node, "stage", true);
        if (!stage.isIntegralNumber()) {
            throw new SlaInputException("stage", "must be the number 1 or 2, got " + describe(stage));
        }
        if (!stage.canConvertToInt() || stage.intValue() < 1 || stage.intValue() > 2) {
            throw new SlaInputException("stage", "must be 1 or 2, got " + stage);
        }
        return stage.intValue();
    }

    private static int extension(JsonNode node) throws SlaInputException {
        JsonNode ext = present(node, "extensionWorkingDays", false);
        if (ext == null) {
            return 0;
        }
        if (!ext.isIntegralNumber()) {
            throw new SlaInputException("extensionWorkingDays", "must be a whole number, got " + describe(ext));
        }
        if (!ext.canConvertToInt() || ext.intValue() < 0 || ext.intValue() > MAX_EXTENSION_WORKING_DAYS) {
            throw new SlaInputException("extensionWorkingDays", "must be between 0 and " + MAX_EXTENSION_WORKING_DAYS + ", got " + ext);
        }
        return ext.intValue();
    }

    /** The years a date may fall in: any complaint under the Code (2020 on) and its deadlines, with room either side. */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2999;

    private static LocalDate date(JsonNode node, String field, boolean required) throws SlaInputException {
        JsonNode value = present(node, field, required);
        if (value == null) {
            return null;
        }
        if (!value.isTextual() || !ISO_DATE.matcher(value.asText()).matches()) {
            throw new SlaInputException(field, "must be a date YYYY-MM-DD, got " + value);
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.asText());
        } catch (DateTimeParseException e) {
            throw new SlaInputException(field, "not a valid date: " + value);
        }
        // a complaint dated outside these years is a typo; 9999-12-31 gave deadlines in year +10000, not YYYY-MM-DD
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new SlaInputException(field, "must be a date in the years " + FIRST_YEAR + " to " + LAST_YEAR + ", got " + value);
        }
        return date;
    }

    /** The field's value, or null when absent or JSON null and not required. */
    private static JsonNode present(JsonNode node, String field, boolean required) throws SlaInputException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new SlaInputException(field, "missing");
            }
            return null;
        }
        return value;
    }

    private static void notBefore(LocalDate date, LocalDate received, String field) throws SlaInputException {
        if (date != null && date.isBefore(received)) {
            throw new SlaInputException(field, "is before received (" + date + " < " + received + ")");
        }
    }

    private static String describe(JsonNode node) {
        return node.getNodeType().name().toLowerCase() + " " + node;
    }
}
