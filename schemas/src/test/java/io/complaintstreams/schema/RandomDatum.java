package io.complaintstreams.schema;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;

/**
 * Seeded random generic values of any schema (logical types as their underlying int or long, as a generic writer
 * takes them), with strings that mix ASCII, two-, three- and four-byte UTF-8, empty strings and edge numbers.
 */
final class RandomDatum {
    private static final String[] PIECES = {"", "a", "repairs", "Mould in the bedroom", "é", "£12", "€", "—", "\uD83D\uDE00", "ä ö ü",
            "L1", "2025-04|L1", "x".repeat(300)};
    private static final long[] LONGS = {0, 1, -1, 63, 64, -64, -65, 127, 128, Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE,
            Long.MIN_VALUE, 1_735_689_600_000L};
    private final Random random;

    RandomDatum(long seed) {
        random = new Random(seed);
    }

    Object of(Schema schema) {
        return of(schema, 0);
    }

    private Object of(Schema schema, int depth) {
        switch (schema.getType()) {
            case RECORD:
                GenericData.Record r = new GenericData.Record(schema);
                for (Schema.Field f : schema.getFields()) {
                    r.put(f.pos(), of(f.schema(), depth + 1));
                }
                return r;
            case ENUM:
                List<String> symbols = schema.getEnumSymbols();
                return new GenericData.EnumSymbol(schema, symbols.get(random.nextInt(symbols.size())));
            case ARRAY:
                List<Object> items = new ArrayList<>();
                for (int i = 0, n = size(depth); i < n; i++) {
                    items.add(of(schema.getElementType(), depth + 1));
                }
                return new GenericData.Array<>(schema, items);
            case MAP:
                Map<String, Object> map = new HashMap<>();
                for (int i = 0, n = size(depth); i < n; i++) {
                    map.put(string() + i, of(schema.getValueType(), depth + 1));
                }
                return map;
            case UNION:
                List<Schema> branches = schema.getTypes();
                return of(branches.get(random.nextInt(branches.size())), depth + 1);
            case STRING:
                return string();
            case BYTES:
                byte[] bytes = new byte[random.nextInt(40)];
                random.nextBytes(bytes);
                return ByteBuffer.wrap(bytes);
            case FIXED:
                byte[] fixed = new byte[schema.getFixedSize()];
                random.nextBytes(fixed);
                return new GenericData.Fixed(schema, fixed);
            case INT:
                return random.nextInt(4) == 0 ? (int) LONGS[random.nextInt(11)] : random.nextInt(40_000);
            case LONG:
                return random.nextInt(3) == 0 ? LONGS[random.nextInt(LONGS.length)] : random.nextLong() >> random.nextInt(64);
            case FLOAT:
                return random.nextFloat() * 1000 - 500;
            case DOUBLE:
                return random.nextInt(5) == 0 ? 0.0 : random.nextDouble();
            case BOOLEAN:
                return random.nextBoolean();
            case NULL:
                return null;
            default:
                throw new IllegalArgumentException("no random value for " + schema);
        }
    }

    private int size(int depth) {
        return depth > 6 ? 0 : random.nextInt(5);
    }

    private String string() {
        StringBuilder s = new StringBuilder();
        for (int i = 0, n = random.nextInt(4); i < n; i++) {
            s.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return s.toString();
    }
}
