package io.complaintstreams.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;

/**
 * Event ids derived from content, so a retried request or a re-imported file yields the same id.
 *
 * <p>The id is {@code sha256:} and the first 32 hex digits (128 bits) of the SHA-256 of a canonical JSON
 * of the parsed record: the record's name and every field except {@code eventId}, keys sorted, absent
 * (null) fields and empty arrays left out, instants as ISO-8601 UTC with millisecond precision, enums by
 * symbol. Being computed from the parsed record, it does not depend on JSON field order, unknown fields,
 * whitespace, enum case, or the offset an instant was written with.
 */
public final class EventIds {
    public static final String PREFIX = "sha256:";
    private static final ObjectMapper CANONICAL = new ObjectMapper();

    private EventIds() {}

    public static String derive(IndexedRecord record) {
        try {
            byte[] json = CANONICAL.writeValueAsBytes(canonical(record));
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(json);
            return PREFIX + HexFormat.of().formatHex(hash, 0, 16);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot derive event id", e);
        }
    }

    /** The sorted map that is hashed (visible for tests and for explaining ids). */
    static Map<String, Object> canonical(IndexedRecord record) {
        Map<String, Object> fields = new TreeMap<>();
        fields.put("@type", record.getSchema().getName());
        for (Schema.Field field : record.getSchema().getFields()) {
            Object value = plain(record.get(field.pos()));
            if (!field.name().equals("eventId") && value != null && !(value instanceof List<?> l && l.isEmpty())) {
                fields.put(field.name(), value);
            }
        }
        return fields;
    }

    private static Object plain(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Instant instant) {
            return instant.toString();
        }
        if (value instanceof List<?> list) {
            List<Object> items = new ArrayList<>(list.size());
            list.forEach(item -> items.add(plain(item)));
            return items;
        }
        if (value instanceof IndexedRecord nested) {
            return canonical(nested);
        }
        return value.toString();
    }
}
