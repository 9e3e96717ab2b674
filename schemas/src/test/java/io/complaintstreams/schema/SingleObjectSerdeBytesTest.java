package io.complaintstreams.schema;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link SingleObjectSerde} against Avro's own {@code BinaryMessageEncoder}/{@code BinaryMessageDecoder}, for every
 * serde of {@link EventSerdes} and {@link StateSerdes}: the same bytes for random values of the current schema, the
 * same values decoded, and the same answer (value or refusal) for values written under every kept older version.
 */
class SingleObjectSerdeBytesTest {
    private static final int VALUES_PER_SCHEMA = 300;

    static Stream<SingleObjectSerde<?>> serdes() throws IllegalAccessException {
        List<SingleObjectSerde<?>> all = new ArrayList<>();
        for (Class<?> holder : List.of(EventSerdes.class, StateSerdes.class)) {
            for (Field f : holder.getFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == SingleObjectSerde.class) {
                    all.add((SingleObjectSerde<?>) f.get(null));
                }
            }
        }
        assertTrue(all.size() >= 20, "found only " + all.size() + " serdes");
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serdes")
    <T extends SpecificRecord> void shouldWriteAvrosBytesAndReadThemBackAlike(SingleObjectSerde<T> serde) throws IOException {
        SpecificData model = SpecificData.getForClass(serde.type());
        Schema current = model.getSchema(serde.type());
        BinaryMessageEncoder<T> avroEncoder = new BinaryMessageEncoder<>(model, current);
        BinaryMessageDecoder<T> avroDecoder = avroDecoder(model, current);
        RandomDatum random = new RandomDatum(current.getFullName().hashCode());
        for (int i = 0; i < VALUES_PER_SCHEMA; i++) {
            T value = specific(model, current, random.of(current));
            byte[] expected = bytes(avroEncoder.encode(value));
            byte[] ours = serde.encode(value);
            assertArrayEquals(expected, ours, () -> "value " + value);
            assertSame(avroEncoder, avroDecoder.decode(expected), serde.decode(ours));
            assertSame(avroEncoder, value, serde.decode(ours));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serdes")
    <T extends SpecificRecord> void shouldReadEveryKeptVersionAsAvroDoes(SingleObjectSerde<T> serde) throws IOException {
        SpecificData model = SpecificData.getForClass(serde.type());
        Schema current = model.getSchema(serde.type());
        BinaryMessageDecoder<T> avroDecoder = avroDecoder(model, current);
        BinaryMessageEncoder<T> avroEncoder = new BinaryMessageEncoder<>(model, current);
        List<Schema> kept = SchemaVersions.of(current.getName());
        assertFalse(kept.isEmpty(), "no kept versions of " + current.getName());
        int decoded = 0;
        for (Schema version : kept) {
            BinaryMessageEncoder<Object> writer = new BinaryMessageEncoder<>(GenericData.get(), version);
            RandomDatum random = new RandomDatum(version.toString().hashCode());
            for (int i = 0; i < VALUES_PER_SCHEMA; i++) {
                byte[] bytes = bytes(writer.encode(random.of(version)));
                T expected;
                try {
                    expected = avroDecoder.decode(bytes);
                } catch (IOException | RuntimeException e) {
                    assertThrows(SerializationException.class, () -> serde.decode(bytes), "Avro refused: " + e);
                    continue;
                }
                assertSame(avroEncoder, expected, serde.decode(bytes));
                decoded++;
            }
        }
        assertTrue(decoded > 0, "no kept version of " + current.getName() + " decoded");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serdes")
    <T extends SpecificRecord> void shouldRefuseCorruptBytesAsAvroDoes(SingleObjectSerde<T> serde) throws IOException {
        SpecificData model = SpecificData.getForClass(serde.type());
        Schema current = model.getSchema(serde.type());
        BinaryMessageDecoder<T> avroDecoder = avroDecoder(model, current);
        RandomDatum random = new RandomDatum(7);
        for (int i = 0; i < 50; i++) {
            byte[] good = serde.encode(specific(model, current, random.of(current)));
            for (int cut = 0; cut < good.length; cut += Math.max(1, good.length / 7)) {
                byte[] truncated = Arrays.copyOf(good, cut);
                boolean avroRefuses;
                try {
                    avroDecoder.decode(truncated);
                    avroRefuses = false;
                } catch (IOException | RuntimeException e) {
                    avroRefuses = true;
                }
                if (avroRefuses) {
                    SerializationException e = assertThrows(SerializationException.class, () -> serde.decode(truncated));
                    String reason = cut < 2 ? "not Avro single-object encoded" : cut < 10 ? "not Avro single-object encoded" : "cannot decode";
                    assertTrue(e.getMessage().startsWith(reason), e.getMessage());
                } else {
                    assertSame(new BinaryMessageEncoder<>(model, current), avroDecoder.decode(truncated), serde.decode(truncated));
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serdes")
    <T extends SpecificRecord> void shouldEncodeAlikeFromManyThreadsAtOnce(SingleObjectSerde<T> serde) throws Exception {
        SpecificData model = SpecificData.getForClass(serde.type());
        Schema current = model.getSchema(serde.type());
        RandomDatum random = new RandomDatum(11);
        List<T> values = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            values.add(specific(model, current, random.of(current)));
        }
        BinaryMessageEncoder<T> avroEncoder = new BinaryMessageEncoder<>(model, current);
        List<byte[]> expected = new ArrayList<>();
        for (T v : values) {
            expected.add(bytes(avroEncoder.encode(v)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> jobs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                jobs.add(() -> {
                    for (int round = 0; round < 5; round++) {
                        for (int i = 0; i < values.size(); i++) {
                            if (!Arrays.equals(expected.get(i), serde.encode(values.get(i)))
                                    || !Arrays.equals(expected.get(i), bytes(avroEncoder.encode(serde.decode(expected.get(i)))))) {
                                return false;
                            }
                        }
                    }
                    return true;
                });
            }
            for (Future<Boolean> f : pool.invokeAll(jobs)) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The same value: the same text and the same bytes by Avro's own encoder. Not {@code equals}: the generated
     * classes' equals fails on a timestamp or date inside a union nested in an array (Avro's SpecificData.compare).
     */
    private static <T> void assertSame(BinaryMessageEncoder<T> avroEncoder, T expected, T actual) throws IOException {
        assertEquals(String.valueOf(expected), String.valueOf(actual));
        assertArrayEquals(bytes(avroEncoder.encode(expected)), bytes(avroEncoder.encode(actual)));
    }

    private static <T> BinaryMessageDecoder<T> avroDecoder(SpecificData model, Schema current) {
        BinaryMessageDecoder<T> decoder = new BinaryMessageDecoder<>(model, current);
        SchemaVersions.of(current.getName()).forEach(decoder::addSchema);
        return decoder;
    }

    /** A generic random value as the specific class reads it (logical types converted). */
    @SuppressWarnings("unchecked")
    private static <T> T specific(SpecificData model, Schema schema, Object generic) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new GenericDatumWriter<>(schema, GenericData.get()).write(generic, encoder);
        encoder.flush();
        return (T) new SpecificDatumReader<>(schema, schema, model).read(null,
                org.apache.avro.io.DecoderFactory.get().binaryDecoder(out.toByteArray(), null));
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }
}
