package io.complaintstreams.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericEnumSymbol;
import org.apache.avro.generic.IndexedRecord;

/**
 * Avro records as plain JSON with the same field names as the ingest contract: instants as ISO-8601 strings,
 * dates as YYYY-MM-DD, enums as their symbol, bytes (sealed text, wrapped keys) as base64, optional fields as null.
 */
public final class AvroJson {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private AvroJson() {}

    public static ObjectNode toJson(IndexedRecord record) {
        ObjectNode out = JSON.objectNode();
        for (Schema.Field field : record.getSchema().getFields()) {
            out.set(field.name(), value(record.get(field.pos())));
        }
        return out;
    }

    private static JsonNode value(Object v) {
        if (v == null) {
            return JSON.nullNode();
        }
        if (v instanceof IndexedRecord r) {
            return toJson(r);
        }
        if (v instanceof CharSequence || v instanceof Enum<?> || v instanceof GenericEnumSymbol<?>
                || v instanceof Instant || v instanceof LocalDate) {
            return JSON.textNode(v.toString());
        }
        if (v instanceof Integer i) {
            return JSON.numberNode(i);
        }
        if (v instanceof Long l) {
            return JSON.numberNode(l);
        }
        if (v instanceof Double d) {
            return JSON.numberNode(d);
        }
        if (v instanceof Float f) {
            return JSON.numberNode(f);
        }
        if (v instanceof Boolean b) {
            return JSON.booleanNode(b);
        }
        if (v instanceof Collection<?> c) {
            ArrayNode arr = JSON.arrayNode();
            c.forEach(item -> arr.add(value(item)));
            return arr;
        }
        if (v instanceof java.nio.ByteBuffer b) {
            byte[] bytes = new byte[b.remaining()];
            b.duplicate().get(bytes);
            return JSON.textNode(java.util.Base64.getEncoder().encodeToString(bytes));
        }
        if (v instanceof Map<?, ?> m) {
            ObjectNode obj = JSON.objectNode();
            m.forEach((k, item) -> obj.set(String.valueOf(k), value(item)));
            return obj;
        }
        return JSON.textNode(String.valueOf(v));
    }
}
