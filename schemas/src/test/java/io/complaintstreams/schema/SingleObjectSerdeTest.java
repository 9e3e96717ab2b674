package io.complaintstreams.schema;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import complaintstreams.events.ComplaintEvent;
import complaintstreams.events.ComplaintEventType;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class SingleObjectSerdeTest {
    private final SingleObjectSerde<ComplaintEvent> serde = EventSerdes.COMPLAINT_EVENT;

    private static ComplaintEvent received() {
        return ComplaintEvent.newBuilder().setEventId("e1").setComplaintId("C1").setLandlordId("L1")
                .setResidentId("R1").setType(ComplaintEventType.RECEIVED).setStage(1)
                .setOccurredAt(Instant.parse("2025-04-01T09:00:00Z")).setThemes(List.of("repairs")).build();
    }

    @Test
    void shouldWriteSpecHeaderAndFingerprint() {
        byte[] bytes = serde.encode(received());
        assertEquals((byte) 0xC3, bytes[0]);
        assertEquals((byte) 0x01, bytes[1]);
        long fingerprint = SchemaNormalization.parsingFingerprint64(ComplaintEvent.getClassSchema());
        byte[] expected = new byte[8];
        for (int i = 0; i < 8; i++) {
            expected[i] = (byte) (fingerprint >>> (8 * i)); // little-endian per the spec
        }
        assertArrayEquals(expected, Arrays.copyOfRange(bytes, 2, 10));
    }

    @Test
    void shouldRoundTrip() {
        assertEquals(received(), serde.decode(serde.encode(received())));
    }

    private static Schema olderWithoutTenure() {
        Schema current = ComplaintEvent.getClassSchema();
        List<Schema.Field> fields = new java.util.ArrayList<>();
        for (Schema.Field f : current.getFields()) {
            if (!f.name().equals("tenure")) {
                fields.add(new Schema.Field(f, f.schema()));
            }
        }
        return Schema.createRecord(current.getName(), current.getDoc(), current.getNamespace(), false, fields);
    }

    private static byte[] encodeWithOlder(Schema older) throws java.io.IOException {
        GenericRecord rec = new GenericData.Record(older);
        rec.put("eventId", "e2");
        rec.put("complaintId", "C2");
        rec.put("landlordId", "L1");
        rec.put("residentId", "R1");
        rec.put("type", new GenericData.EnumSymbol(older.getField("type").schema(), "ACKNOWLEDGED"));
        rec.put("stage", 1);
        rec.put("occurredAt", 0L);
        rec.put("themes", List.of());
        ByteBuffer buf = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), older).encode(rec);
        byte[] bytes = new byte[buf.remaining()];
        buf.get(bytes);
        return bytes;
    }

    @Test
    void shouldResolveAKeptOlderWriterSchemaByFingerprint() throws Exception {
        Schema older = olderWithoutTenure();
        var withOlder = new SingleObjectSerde<>(ComplaintEvent.class, ComplaintEvent.getClassSchema(), List.of(older));
        ComplaintEvent decoded = withOlder.decode(encodeWithOlder(older));
        assertEquals("C2", decoded.getComplaintId());
        assertEquals(ComplaintEventType.ACKNOWLEDGED, decoded.getType());
        assertNull(decoded.getTenure());
    }

    @Test
    void shouldRefuseAnUnknownFingerprintWithAClearReason() throws Exception {
        byte[] bytes = encodeWithOlder(olderWithoutTenure());
        SerializationException e = assertThrows(SerializationException.class, () -> serde.decode(bytes));
        assertTrue(e.getMessage().contains("unknown schema fingerprint"), e.getMessage());
    }

    @Test
    void shouldRejectBytesWithoutTheHeader() {
        SerializationException e = assertThrows(SerializationException.class, () -> serde.decode("{\"a\":1}".getBytes()));
        assertEquals(true, e.getMessage().contains("ComplaintEvent"));
    }
}
