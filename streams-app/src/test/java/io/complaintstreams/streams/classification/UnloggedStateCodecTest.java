package io.complaintstreams.streams.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.complaintstreams.schema.SchemaVersions;
import io.complaintstreams.schema.SingleObjectSerde;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/**
 * The unlogged-complaint check's state ({@code signals-unlogged-residents}) and repartition values
 * ({@code signals-resident-facts}) in binary Avro: every field survives a round trip, nulls and empty lists included,
 * order is kept, and a JSON value left by a version before this one is refused naming reset.
 */
class UnloggedStateCodecTest {
    private static final String TOPIC = "app-signals-resident-facts-repartition";

    /** A resident with two signals awaiting a complaint, three settled and two complaints received (generator-style ids). */
    static ResidentState typical() {
        ResidentState state = new ResidentState();
        state.pending.put("gen-42-25-123-17", pending("gen-42-25-123-17", LocalDate.parse("2025-09-03"),
                LocalDate.parse("2025-09-10"), List.of("damp_mould", "repairs"), 0.91));
        state.pending.put("gen-42-25-123-19", pending("gen-42-25-123-19", LocalDate.parse("2025-09-08"),
                LocalDate.parse("2025-09-15"), List.of("heating"), 0.74));
        state.settled.put("gen-42-25-123-4", LocalDate.parse("2025-05-12"));
        state.settled.put("gen-42-25-123-9", LocalDate.parse("2025-06-30"));
        state.settled.put("chasing:LL-GEN-SR25-000123-2:gen-42-25-123-11", LocalDate.parse("2025-07-21"));
        state.receivedDates.add(LocalDate.parse("2025-05-14"));
        state.receivedDates.add(LocalDate.parse("2025-07-22"));
        return state;
    }

    private static ResidentState.Pending pending(String signalId, LocalDate on, LocalDate due, List<String> themes,
                                                 Double confidence) {
        return new ResidentState.Pending(signalId, "LL-GEN", on, due, "contact", "LL-GEN-CON25-000123-" + signalId.length(),
                "RAISE_COMPLAINT", due + "|LL-GEN-RES-000123|" + signalId, themes, confidence);
    }

    private static ResidentState roundTrip(ResidentState state) {
        byte[] bytes = ResidentStateCodec.SERDE.serializer().serialize(TOPIC, state);
        return ResidentStateCodec.SERDE.deserializer().deserialize(TOPIC, bytes);
    }

    private static ResidentFact roundTrip(ResidentFact fact) {
        byte[] bytes = ResidentFactCodec.SERDE.serializer().serialize(TOPIC, fact);
        return ResidentFactCodec.SERDE.deserializer().deserialize(TOPIC, bytes);
    }

    private static void assertSameState(ResidentState expected, ResidentState actual) {
        assertEquals(new ArrayList<>(expected.pending.entrySet()), new ArrayList<>(actual.pending.entrySet()),
                "pending signals, in order");
        assertEquals(new ArrayList<>(expected.settled.entrySet()), new ArrayList<>(actual.settled.entrySet()),
                "settled signals, in order");
        assertEquals(expected.receivedDates, actual.receivedDates);
    }

    @Test
    void shouldRoundTripATypicalResidentStateInOrder() {
        assertSameState(typical(), roundTrip(typical()));
    }

    @Test
    void shouldKeepNullThemesAndConfidenceNullAndEmptyThemesEmpty() {
        ResidentState state = new ResidentState();
        state.pending.put("s1", pending("s1", LocalDate.parse("2025-04-01"), LocalDate.parse("2025-04-08"), null, null));
        state.pending.put("s2", pending("s2", LocalDate.parse("2025-04-02"), LocalDate.parse("2025-04-09"), List.of(), 0.0));
        ResidentState back = roundTrip(state);
        assertSameState(state, back);
        assertNull(back.pending.get("s1").themes());
        assertNull(back.pending.get("s1").confidence());
        assertEquals(List.of(), back.pending.get("s2").themes());
        assertEquals(0.0, back.pending.get("s2").confidence());
    }

    @Test
    void shouldRoundTripAnEmptyStateAndANull() {
        ResidentState back = roundTrip(new ResidentState());
        assertTrue(back.isEmpty());
        assertSameState(new ResidentState(), back);
        assertNull(ResidentStateCodec.SERDE.serializer().serialize(TOPIC, null));
        assertNull(ResidentStateCodec.SERDE.deserializer().deserialize(TOPIC, null));
    }

    @Test
    void shouldRoundTripEveryKindOfResidentFactWithTheFieldsItDoesNotHaveNull() {
        ResidentFact signal = new ResidentFact(ResidentFact.Kind.SIGNAL, "gen-42-25-123-17", "LL-GEN",
                Instant.parse("2025-09-03T10:15:30.123Z"), "service_request", "LL-GEN-SR25-000123-2", "OFFER_COMPLAINT",
                List.of("damp_mould"), 0.66);
        ResidentFact noThemes = new ResidentFact(ResidentFact.Kind.SIGNAL, "s2", "LL-GEN",
                Instant.parse("2025-09-03T10:15:30Z"), "survey", "SV-1", "RAISE_COMPLAINT", List.of(), null);
        ResidentFact received = new ResidentFact(ResidentFact.Kind.RECEIVED, "LL-GEN-CMP25-000123-1", "LL-GEN",
                Instant.parse("2025-09-05T08:00:00Z"), null, null, null, null, null);
        ResidentFact erased = ResidentFact.erased("masked-7f3a9c");
        for (ResidentFact fact : List.of(signal, noThemes, received, erased)) {
            assertEquals(fact, roundTrip(fact));
        }
        assertNull(ResidentFactCodec.SERDE.deserializer().deserialize(TOPIC, null));
    }

    @Test
    void shouldWriteTheSingleObjectEncodingOfTheKeptSchemaVersion() {
        byte[] bytes = ResidentStateCodec.SERDE.serializer().serialize(TOPIC, typical());
        assertEquals((byte) 0xC3, bytes[0]);
        assertEquals((byte) 0x01, bytes[1]);
        var onlyKept = new SingleObjectSerde<>(complaintstreams.state.UnloggedResidentState.class,
                complaintstreams.state.UnloggedResidentState.getClassSchema(), SchemaVersions.of("UnloggedResidentState"));
        assertSameState(typical(), ResidentStateCodec.fromAvro(onlyKept.decode(bytes)));
    }

    @Test
    void shouldRefuseJsonLeftByAVersionBeforeAvroStateNamingReset() {
        byte[] json = "{\"pending\":{},\"settled\":{},\"receivedDates\":[\"2025-05-14\"]}".getBytes(StandardCharsets.UTF_8);
        var stateError = assertThrows(SerializationException.class,
                () -> ResidentStateCodec.SERDE.deserializer().deserialize(TOPIC, json));
        assertTrue(stateError.getMessage().contains(ClassificationPart.UNLOGGED_STORE) && stateError.getMessage().contains("reset"),
                stateError.getMessage());
        var factError = assertThrows(SerializationException.class,
                () -> ResidentFactCodec.SERDE.deserializer().deserialize(TOPIC, json));
        assertTrue(factError.getMessage().contains(ClassificationPart.RESIDENT_FACTS_TOPIC), factError.getMessage());
    }

    /**
     * The figure in README "State": bytes per value of {@link #typical()}, Avro single-object encoding against the
     * JSON the store held before (Jackson with JavaTimeModule, ISO dates, as the removed JsonSerde wrote it).
     */
    @Test
    void shouldWriteFewerBytesThanTheJsonItReplaces() throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        int jsonBytes = json.writeValueAsBytes(typical()).length;
        int avroBytes = ResidentStateCodec.SERDE.serializer().serialize(TOPIC, typical()).length;
        ResidentFact signal = ResidentFact.signal(complaintstreams.events.Signal.newBuilder().setSignalId("gen-42-25-123-17")
                .setLandlordId("LL-GEN").setResidentId("LL-GEN-RES-000123")
                .setSource(complaintstreams.events.SignalSource.contact).setSourceId("LL-GEN-CON25-000123-4")
                .setOccurredAt(Instant.parse("2025-09-03T10:15:30Z")).setDissatisfied(true)
                .setThemes(List.of("damp_mould", "repairs")).setAction(complaintstreams.events.SignalAction.RAISE_COMPLAINT)
                .setConfidence(0.91).build());
        int factJson = json.writeValueAsBytes(signal).length;
        int factAvro = ResidentFactCodec.SERDE.serializer().serialize(TOPIC, signal).length;
        System.out.printf("UnloggedStateCodecTest sizes: ResidentState json=%d avro=%d; ResidentFact(SIGNAL) json=%d avro=%d%n",
                jsonBytes, avroBytes, factJson, factAvro);
        assertTrue(avroBytes < jsonBytes, "avro " + avroBytes + " json " + jsonBytes);
        assertTrue(factAvro < factJson, "avro " + factAvro + " json " + factJson);
    }
}
