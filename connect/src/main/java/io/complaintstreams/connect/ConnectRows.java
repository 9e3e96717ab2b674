package io.complaintstreams.connect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.complaintstreams.ingest.ValidationException;
import io.complaintstreams.ingest.mapping.SourceRows;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;

/**
 * A Connect record's value as the mapping reads it: column name to text (see {@link SourceRows}).
 * <ul>
 *   <li>a {@link Struct} (JDBC source, Debezium): its fields; a Debezium change event ({@code op} and {@code after})
 *       gives its {@code after} row;</li>
 *   <li>a {@link Map} (schemaless, e.g. JsonConverter with {@code schemas.enable=false}): its entries;</li>
 *   <li>a {@link String} or {@code byte[]} holding a JSON object: its fields.</li>
 * </ul>
 * Nested values are also offered as {@code parent.child}; lists of values are joined by {@code |}. Connect's logical
 * types and Debezium's time types become ISO-8601: {@code Timestamp} and {@code io.debezium.time.(Micro|Nano)Timestamp}
 * an instant, {@code Date} and {@code io.debezium.time.Date} a date; {@code Decimal} a plain decimal; bytes Base64.
 */
final class ConnectRows {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ConnectRows() {}

    /** The row, or null for a Debezium delete or a tombstone (nothing to map). */
    static Map<String, String> of(Schema schema, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Struct struct) {
            Struct row = debeziumAfter(struct);
            if (row == null) {
                return null;
            }
            Map<String, String> out = new LinkedHashMap<>();
            flattenStruct("", row, out);
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, String> out = new LinkedHashMap<>();
            flattenMap("", map, out);
            return out;
        }
        if (value instanceof String || value instanceof byte[]) {
            try {
                JsonNode node = value instanceof String s ? JSON.readTree(s) : JSON.readTree((byte[]) value);
                if (node != null && node.isObject()) {
                    return SourceRows.fromJson(node);
                }
            } catch (java.io.IOException e) {
                throw new ValidationException("row", "is not a JSON object: " + e.getMessage());
            }
        }
        throw new ValidationException("row", "must be a Struct, a Map or a JSON object (got "
                + value.getClass().getSimpleName() + ")");
    }

    private static Struct debeziumAfter(Struct struct) {
        Schema schema = struct.schema();
        if (schema.field("op") != null && schema.field("after") != null) {
            return struct.getStruct("after"); // null for a delete
        }
        return struct;
    }

    private static void flattenStruct(String prefix, Struct struct, Map<String, String> out) {
        for (Field field : struct.schema().fields()) {
            Object v = struct.get(field);
            if (v == null) {
                continue;
            }
            String name = prefix + field.name();
            if (v instanceof Struct nested) {
                flattenStruct(name + ".", nested, out);
                continue;
            }
            out.put(name, text(field.schema(), v));
        }
    }

    private static void flattenMap(String prefix, Map<?, ?> map, Map<String, String> out) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
            Object v = e.getValue();
            if (v == null || e.getKey() == null) {
                continue;
            }
            String name = prefix + e.getKey();
            if (v instanceof Map<?, ?> nested) {
                flattenMap(name + ".", nested, out);
                continue;
            }
            out.put(name, text(null, v));
        }
    }

    private static String text(Schema schema, Object v) {
        String logical = schema == null ? null : schema.name();
        if (logical != null && v instanceof Number n) {
            switch (logical) {
                case "io.debezium.time.Timestamp":
                    return Instant.ofEpochMilli(n.longValue()).toString();
                case "io.debezium.time.MicroTimestamp":
                    return Instant.EPOCH.plusNanos(n.longValue() * 1_000L).toString();
                case "io.debezium.time.NanoTimestamp":
                    return Instant.EPOCH.plusNanos(n.longValue()).toString();
                case "io.debezium.time.Date":
                    return LocalDate.ofEpochDay(n.longValue()).toString();
                default:
                    break;
            }
        }
        if (v instanceof Date date) {
            return "org.apache.kafka.connect.data.Date".equals(logical)
                    ? LocalDate.ofEpochDay(Math.floorDiv(date.getTime(), 86_400_000L)).toString()
                    : date.toInstant().toString();
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        if (v instanceof ByteBuffer buffer) {
            byte[] bytes = new byte[buffer.remaining()];
            buffer.duplicate().get(bytes);
            return Base64.getEncoder().encodeToString(bytes);
        }
        if (v instanceof Collection<?> items) {
            StringBuilder joined = new StringBuilder();
            for (Object item : items) {
                joined.append(joined.isEmpty() ? "" : "|").append(item);
            }
            return joined.toString();
        }
        return v.toString();
    }
}
