package io.complaintstreams.schema;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Conversion;
import org.apache.avro.Conversions;
import org.apache.avro.LogicalType;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericFixed;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.Encoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecordBase;

/**
 * Avro's {@link SpecificDatumWriter} with the schema walked once, when it is made, instead of on every value: a tree of
 * small writers, one per schema node, each knowing its type, its union branches and its logical type. Every value is
 * written with the same calls on the encoder as {@code SpecificDatumWriter} makes, in the same order, so the bytes are
 * the same ({@code SingleObjectSerdeBytesTest} compares them on every schema): fields of a generated record read by
 * position with the record's own conversions, a union's branch chosen as {@code GenericData.resolveUnion} chooses it
 * (a {@code [null, X]} union by nullness), logical types converted by the model's conversion for the value's class, a
 * record with generated custom coders written by them. Generated classes with a timestamp or a date have no custom
 * coders (Avro 1.12), and the generic walk (a schema lookup, a union resolution and a conversion lookup per field) was
 * most of the cost of encoding them.
 */
final class CompiledDatumWriter<T> implements DatumWriter<T> {
    private static final Method HAS_CUSTOM_CODERS = hasCustomCodersMethod();
    private final SpecificData model;
    private final Node root;
    private final IdentityHashMap<Schema, RecordNode> records = new IdentityHashMap<>();

    CompiledDatumWriter(Schema schema, SpecificData model) {
        this.model = model;
        this.root = node(schema);
        records.clear();
    }

    @Override
    public void setSchema(Schema schema) {
        throw new UnsupportedOperationException("the schema is fixed when the writer is made");
    }

    @Override
    public void write(T datum, Encoder out) throws IOException {
        root.write(datum, out);
    }

    /** Writes one value of one schema node. */
    private interface Node {
        void write(Object datum, Encoder out) throws IOException;
    }

    /** The node of {@code schema} as {@code GenericDatumWriter.write} writes it: its logical type converted first. */
    private Node node(Schema schema) {
        Node raw = rawNode(schema);
        LogicalType logicalType = schema.getLogicalType();
        return logicalType == null ? raw : new LogicalNode(model, schema, logicalType, raw);
    }

    /** The node of {@code schema} as {@code GenericDatumWriter.writeWithoutConversion} writes it. */
    private Node rawNode(Schema schema) {
        switch (schema.getType()) {
            case RECORD:
                return recordNode(schema);
            case ENUM: {
                SpecificDatumWriter<Object> general = new SpecificDatumWriter<>(schema, model);
                return (datum, out) -> {
                    if (datum instanceof Enum<?> e) {
                        out.writeEnum(e.ordinal());
                    } else {
                        general.write(datum, out); // a generic enum symbol: looked up by name
                    }
                };
            }
            case ARRAY:
                return arrayNode(node(schema.getElementType()));
            case MAP:
                return mapNode(node(schema.getValueType()));
            case UNION:
                return unionNode(schema);
            case FIXED:
                return (datum, out) -> out.writeFixed(((GenericFixed) datum).bytes(), 0, schema.getFixedSize());
            case STRING: {
                SpecificDatumWriter<Object> general = new SpecificDatumWriter<>(schema, model);
                return (datum, out) -> {
                    if (datum instanceof String text) {
                        out.writeString(text);
                    } else if (datum instanceof CharSequence text) {
                        out.writeString(text);
                    } else {
                        general.write(datum, out); // a "stringable" class, written by its toString()
                    }
                };
            }
            case BYTES:
                return (datum, out) -> out.writeBytes((ByteBuffer) datum);
            case INT:
                return (datum, out) -> out.writeInt(((Number) datum).intValue());
            case LONG:
                return (datum, out) -> out.writeLong(((Number) datum).longValue());
            case FLOAT:
                return (datum, out) -> out.writeFloat(((Number) datum).floatValue());
            case DOUBLE:
                return (datum, out) -> out.writeDouble(((Number) datum).doubleValue());
            case BOOLEAN:
                return (datum, out) -> out.writeBoolean((Boolean) datum);
            case NULL:
                return (datum, out) -> out.writeNull();
            default:
                throw new AvroRuntimeException("cannot write schema type " + schema.getType());
        }
    }

    private Node recordNode(Schema schema) {
        RecordNode known = records.get(schema);
        if (known != null) {
            return known;
        }
        RecordNode node = new RecordNode(schema, customCoded(schema), new SpecificDatumWriter<>(schema, model));
        records.put(schema, node);
        List<Schema.Field> fields = schema.getFields();
        node.fields = new FieldNode[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
            Schema.Field f = fields.get(i);
            node.fields[i] = new FieldNode(f.pos(), f.schema(), f.schema().getLogicalType(), rawNode(f.schema()), node(f.schema()));
        }
        return node;
    }

    private static Node arrayNode(Node element) {
        return (datum, out) -> {
            Collection<?> items = (Collection<?>) datum;
            long size = items.size();
            long actual = 0;
            out.writeArrayStart();
            out.setItemCount(size);
            for (Object item : items) {
                out.startItem();
                element.write(item, out);
                actual++;
            }
            out.writeArrayEnd();
            if (actual != size) {
                throw new ConcurrentModificationException("Size of array written was " + size + ", but number of elements written was " + actual + ". ");
            }
        };
    }

    private static Node mapNode(Node value) {
        return (datum, out) -> {
            Map<?, ?> map = (Map<?, ?>) datum;
            int size = map.size();
            int actual = 0;
            out.writeMapStart();
            out.setItemCount(size);
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.startItem();
                out.writeString((CharSequence) e.getKey().toString());
                value.write(e.getValue(), out);
                actual++;
            }
            out.writeMapEnd();
            if (actual != size) {
                throw new ConcurrentModificationException("Size of map written was " + size + ", but number of entries written was " + actual + ". ");
            }
        };
    }

    private Node unionNode(Schema schema) {
        List<Schema> types = schema.getTypes();
        Node[] branches = new Node[types.size()];
        for (int i = 0; i < branches.length; i++) {
            branches[i] = node(types.get(i));
        }
        if (types.size() == 2 && (types.get(0).getType() == Schema.Type.NULL) != (types.get(1).getType() == Schema.Type.NULL)) {
            int nullIndex = types.get(0).getType() == Schema.Type.NULL ? 0 : 1;
            int valueIndex = 1 - nullIndex;
            Node value = branches[valueIndex];
            // resolveUnion picks the null branch for null and the other for anything else (or fails, as the write does)
            return (datum, out) -> {
                if (datum == null) {
                    out.writeIndex(nullIndex);
                    out.writeNull();
                } else {
                    out.writeIndex(valueIndex);
                    value.write(datum, out);
                }
            };
        }
        return (datum, out) -> {
            int index = model.resolveUnion(schema, datum);
            out.writeIndex(index);
            branches[index].write(datum, out);
        };
    }

    private boolean customCoded(Schema schema) {
        if (!model.useCustomCoders() || HAS_CUSTOM_CODERS == null) {
            return false;
        }
        try {
            Object instance = model.newRecord(null, schema);
            return instance instanceof SpecificRecordBase && (Boolean) HAS_CUSTOM_CODERS.invoke(instance);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    private static Method hasCustomCodersMethod() {
        try {
            Method m = SpecificRecordBase.class.getDeclaredMethod("hasCustomCoders");
            m.setAccessible(true);
            return m;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** A record field: written as {@code SpecificDatumWriter.writeField} does. */
    private record FieldNode(int pos, Schema schema, LogicalType logicalType, Node raw, Node full) {
    }

    private static final class RecordNode implements Node {
        private final Schema schema;
        private final boolean customCoded;
        /** For a value that is not a generated record of the kind this node was made for (never in this project). */
        private final SpecificDatumWriter<Object> general;
        private Class<?> customClass;
        FieldNode[] fields;

        RecordNode(Schema schema, boolean customCoded, SpecificDatumWriter<Object> general) {
            this.schema = schema;
            this.customCoded = customCoded;
            this.general = general;
        }

        @Override
        public void write(Object datum, Encoder out) throws IOException {
            if (datum instanceof SpecificRecordBase r) {
                if (customCoded) {
                    Class<?> known = customClass;
                    if (known == null) {
                        customClass = known = r.getSpecificData().getClass(schema);
                    }
                    if (known == r.getClass()) {
                        r.customEncode(out);
                        return;
                    }
                    general.write(datum, out);
                    return;
                }
                for (FieldNode f : fields) {
                    Object value = r.get(f.pos());
                    Conversion<?> conversion = r.getConversion(f.pos());
                    if (conversion != null && f.logicalType() != null) {
                        value = LogicalNode.convert(value, f.schema(), f.logicalType(), conversion);
                    }
                    f.raw().write(value, out);
                }
            } else if (datum instanceof IndexedRecord r) {
                for (FieldNode f : fields) {
                    f.full().write(r.get(f.pos()), out);
                }
            } else {
                general.write(datum, out);
            }
        }
    }

    /** A logical type: the value converted by the model's conversion for its class (remembered per class). */
    private static final class LogicalNode implements Node {
        private final SpecificData model;
        private final Schema schema;
        private final LogicalType logicalType;
        private final Node raw;
        private ClassConversion last;

        private record ClassConversion(Class<?> type, Conversion<?> conversion) {
        }

        LogicalNode(SpecificData model, Schema schema, LogicalType logicalType, Node raw) {
            this.model = model;
            this.schema = schema;
            this.logicalType = logicalType;
            this.raw = raw;
        }

        @Override
        public void write(Object datum, Encoder out) throws IOException {
            if (datum == null) {
                raw.write(null, out);
                return;
            }
            ClassConversion c = last;
            if (c == null || c.type() != datum.getClass()) {
                c = new ClassConversion(datum.getClass(), model.getConversionByClass(datum.getClass(), logicalType));
                last = c;
            }
            raw.write(c.conversion() == null ? datum : convert(datum, schema, logicalType, c.conversion()), out);
        }

        static Object convert(Object datum, Schema schema, LogicalType logicalType, Conversion<?> conversion) {
            try {
                return Conversions.convertToRawType(datum, schema, logicalType, conversion);
            } catch (AvroRuntimeException e) {
                if (e.getCause() instanceof ClassCastException cce) {
                    throw cce;
                }
                throw e;
            }
        }
    }
}
