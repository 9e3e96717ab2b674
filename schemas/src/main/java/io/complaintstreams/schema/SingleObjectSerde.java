package io.complaintstreams.schema;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serde for a generated Avro record in Avro's single-object encoding (0xC3 0x01, the 8-byte
 * CRC-64-AVRO fingerprint, the binary datum). Decodes any kept version of the schema by fingerprint,
 * resolving it to the current one. No schema registry is needed.
 *
 * <p>The bytes are exactly those of Avro's {@code BinaryMessageEncoder} (same header, same {@code DatumWriter} of the
 * record's model), and decoding uses the same {@code DatumReader} per writer schema as its
 * {@code BinaryMessageDecoder}; only the plumbing around them is cheaper, because every record sent and every store
 * value read or written goes through here (issue 11): the header is written directly, the datum through a buffered
 * encoder into a per-thread buffer reused between calls (Avro's goes byte by byte through a synchronized stream) and
 * copied out once; the datum is read by an array-backed decoder straight from the bytes after the header (Avro's reads
 * byte by byte from a stream). {@code SingleObjectSerdeTest} compares both ways on every schema.
 */
public final class SingleObjectSerde<T extends SpecificRecord> implements Serde<T> {
    private static final byte MARKER_0 = (byte) 0xC3;
    private static final byte MARKER_1 = (byte) 0x01;
    private static final int HEADER_LENGTH = 10;
    /** One encoding buffer and one decoder per thread, shared by every serde (encoding never nests). */
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private final Class<T> type;
    private final byte[] header;
    private final DatumWriter<T> writer;
    /** Kept writer schemas by fingerprint, each with its reader resolving it to the current schema; never changed. */
    private final Map<Long, DatumReader<T>> readers;

    public SingleObjectSerde(Class<T> type, Schema current) {
        this(type, current, SchemaVersions.of(current.getName()));
    }

    /** With an explicit list of kept writer schemas (normally {@link SchemaVersions#of}). */
    @SuppressWarnings("unchecked")
    public SingleObjectSerde(Class<T> type, Schema current, java.util.List<Schema> keptVersions) {
        this.type = type;
        SpecificData model = SpecificData.getForClass(type);
        this.header = header(SchemaNormalization.parsingFingerprint64(current));
        this.writer = new CompiledDatumWriter<>(current, model);
        Map<Long, DatumReader<T>> byFingerprint = new HashMap<>();
        byFingerprint.put(SchemaNormalization.parsingFingerprint64(current), (DatumReader<T>) model.createDatumReader(current, current));
        for (Schema kept : keptVersions) {
            // as BinaryMessageDecoder.addSchema: a kept file with the current fingerprint replaces the current schema as writer
            byFingerprint.put(SchemaNormalization.parsingFingerprint64(kept), (DatumReader<T>) model.createDatumReader(kept, current));
        }
        this.readers = Map.copyOf(byFingerprint);
    }

    public T decode(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        if (bytes.length < HEADER_LENGTH) {
            throw new SerializationException("not Avro single-object encoded " + type.getSimpleName() + ": Not enough header bytes");
        }
        if (bytes[0] != MARKER_0 || bytes[1] != MARKER_1) {
            throw new SerializationException("not Avro single-object encoded " + type.getSimpleName()
                    + String.format(": Unrecognized header bytes: 0x%02X 0x%02X", bytes[0], bytes[1]));
        }
        long fingerprint = fingerprintAt(bytes);
        DatumReader<T> reader = readers.get(fingerprint);
        if (reader == null) {
            throw new SerializationException("unknown schema fingerprint for " + type.getSimpleName()
                    + ": Cannot resolve schema for fingerprint: " + fingerprint);
        }
        Scratch scratch = SCRATCH.get();
        try {
            BinaryDecoder in = DecoderFactory.get().binaryDecoder(bytes, HEADER_LENGTH, bytes.length - HEADER_LENGTH, scratch.decoder);
            scratch.decoder = in;
            return reader.read(null, in);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot decode " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    public byte[] encode(T value) {
        if (value == null) {
            return null;
        }
        Scratch scratch = SCRATCH.get();
        if (scratch.encoding) {
            return encodeWith(value, new Scratch());
        }
        scratch.encoding = true;
        try {
            return encodeWith(value, scratch);
        } finally {
            scratch.encoding = false;
        }
    }

    private byte[] encodeWith(T value, Scratch scratch) {
        try {
            Sink sink = scratch.sink;
            sink.reset();
            sink.write(header, 0, HEADER_LENGTH);
            BinaryEncoder out = EncoderFactory.get().binaryEncoder(sink, scratch.encoder);
            scratch.encoder = out;
            writer.write(value, out);
            out.flush();
            return sink.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot encode " + type.getSimpleName() + ": " + e.getMessage(), e);
        } finally {
            scratch.sink.shrinkIfHuge();
        }
    }

    public Class<T> type() {
        return type;
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> encode(value);
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> decode(bytes);
    }

    private static byte[] header(long fingerprint) {
        byte[] h = new byte[HEADER_LENGTH];
        h[0] = MARKER_0;
        h[1] = MARKER_1;
        for (int i = 0; i < 8; i++) {
            h[2 + i] = (byte) (fingerprint >>> (8 * i)); // little-endian, as the specification says
        }
        return h;
    }

    private static long fingerprintAt(byte[] bytes) {
        long fp = 0;
        for (int i = 7; i >= 0; i--) {
            fp = (fp << 8) | (bytes[2 + i] & 0xFFL);
        }
        return fp;
    }

    /** A thread's reusable encoding buffer and coders. */
    private static final class Scratch {
        final Sink sink = new Sink();
        BinaryEncoder encoder;
        BinaryDecoder decoder;
        boolean encoding;
    }

    /** An unsynchronised growable byte buffer; dropped back to its first size after a value of more than 1 MiB. */
    private static final class Sink extends OutputStream {
        private static final int INITIAL = 4096;
        private static final int KEEP_AT_MOST = 1 << 20;
        private byte[] buf = new byte[INITIAL];
        private int count;

        void reset() {
            count = 0;
        }

        @Override
        public void write(int b) {
            ensure(1);
            buf[count++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            ensure(len);
            System.arraycopy(b, off, buf, count, len);
            count += len;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buf, count);
        }

        void shrinkIfHuge() {
            if (buf.length > KEEP_AT_MOST) {
                buf = new byte[INITIAL];
            }
            count = 0;
        }

        private void ensure(int more) {
            int needed = count + more;
            if (needed > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(needed, buf.length * 2));
            }
        }
    }
}
