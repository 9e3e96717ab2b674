package io.complaintstreams.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import complaintstreams.events.Channel;
import complaintstreams.events.Contact;
import complaintstreams.events.Survey;
import complaintstreams.events.SurveyKind;
import complaintstreams.privacy.ResidentKey;
import io.complaintstreams.ingest.publish.OutgoingRecord;
import io.complaintstreams.privacy.KeyRingVault;
import io.complaintstreams.privacy.MasterKey;
import io.complaintstreams.privacy.TextRetention;
import io.complaintstreams.privacy.TextSealer;
import io.complaintstreams.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

/**
 * The Connect transform seals residents' free text with the app's key scheme: the text leaves only sealed, the data
 * key is published before the record is returned, and the app's key ring opens it; no key, no start.
 */
class TransformSealingTest {
    private static final Topics TOPICS = Topics.unprefixed();
    private static final String TEXT = "Gryphonquux the boiler has failed again and my daughter is asthmatic";

    private final MasterKey master = MasterKey.generate();
    private final List<String> events = new ArrayList<>();
    private final Map<String, ResidentKey> published = new HashMap<>();

    @Test
    void shouldSealAContactAndPublishItsKeyBeforeReturningIt() {
        TransformSealing sealing = new TransformSealing(master, sink(), TOPICS);
        Contact clear = Contact.newBuilder().setEventId("sha256:ab").setContactId("CT-1").setLandlordId("L1").setResidentId("R-1")
                .setChannel(Channel.email).setOccurredAt(Instant.parse("2026-03-02T10:00:00Z")).setText(TEXT).build();
        OutgoingRecord out = sealing.seal(new OutgoingRecord(TOPICS.contacts.name(), "CT-1", TOPICS.contacts.valueSerde().encode(clear), Map.of()));
        events.add("returned");

        assertFalse(new String(out.value(), StandardCharsets.ISO_8859_1).contains("Gryphonquux"), "no text in clear");
        Contact sealed = TOPICS.contacts.valueSerde().decode(out.value());
        assertEquals("", sealed.getText());
        assertNotNull(sealed.getTextSealed());
        assertEquals(List.of("key " + sealed.getTextSealed().getKeyId(), "returned"), events, "the key goes first");
        KeyRingVault vault = new KeyRingVault(master, published::get, TextRetention.parse("P6Y"), () -> LocalDate.of(2026, 3, 3), Duration.ZERO);
        assertEquals(Optional.of(TEXT), vault.open(sealed.getTextSealed(), TextSealer.associatedData("Contact", "sha256:ab", "text")),
                "the app's key ring opens it");
    }

    @Test
    void shouldReuseTheMonthsKeyAndPassRecordsWithoutText() {
        TransformSealing sealing = new TransformSealing(master, sink(), TOPICS);
        for (int i = 0; i < 3; i++) {
            Survey s = Survey.newBuilder().setEventId("sha256:s" + i).setSurveyId("SV-" + i).setLandlordId("L1").setResidentId("R-2")
                    .setOccurredAt(Instant.parse("2026-03-0" + (i + 1) + "T10:00:00Z")).setKind(SurveyKind.TRANSACTIONAL).setScore(2)
                    .setComment("comment " + i).build();
            Survey out = TOPICS.surveys.valueSerde().decode(sealing.seal(new OutgoingRecord(TOPICS.surveys.name(), "SV-" + i,
                    TOPICS.surveys.valueSerde().encode(s), Map.of())).value());
            assertNull(out.getComment());
            assertNotNull(out.getCommentSealed());
        }
        assertEquals(1, published.size(), "one key per resident and month");
        Survey noComment = Survey.newBuilder().setEventId("sha256:s9").setSurveyId("SV-9").setLandlordId("L1").setResidentId("R-2")
                .setOccurredAt(Instant.parse("2026-03-09T10:00:00Z")).setKind(SurveyKind.TRANSACTIONAL).setScore(5).build();
        OutgoingRecord plain = new OutgoingRecord(TOPICS.surveys.name(), "SV-9", TOPICS.surveys.valueSerde().encode(noComment), Map.of());
        assertSame(plain, sealing.seal(plain));
    }

    @Test
    void shouldRefuseToStartWithoutAMasterKeyUnlessTextInClearIsAskedFor(@TempDir Path dir) throws Exception {
        Path keyFile = dir.resolve("master.key");
        master.writeNew(keyFile);
        ExportMappingTransform<org.apache.kafka.connect.source.SourceRecord> transform = new ExportMappingTransform<>();
        String mapping = ExportMappingTransformTest.DYNAMICS;
        ConfigException e = assertThrows(ConfigException.class, () -> transform.configure(Map.of(ExportMappingTransform.MAPPING_FILE, mapping)));
        assertTrue(e.getMessage().contains("privacy.master-key"), e.getMessage());
        ConfigException noBrokers = assertThrows(ConfigException.class, () -> transform.configure(Map.of(ExportMappingTransform.MAPPING_FILE, mapping,
                TransformSealing.MASTER_KEY, Files.readString(keyFile))));
        assertTrue(noBrokers.getMessage().contains("privacy.bootstrap.servers"), noBrokers.getMessage());
        transform.configure(Map.of(ExportMappingTransform.MAPPING_FILE, mapping, TransformSealing.ENCRYPT_TEXT, "false"));
        transform.close();
    }

    private TransformSealing.KeySink sink() {
        return new TransformSealing.KeySink() {
            @Override
            public void publish(List<ResidentKey> keys) {
                keys.forEach(k -> {
                    events.add("key " + k.getKeyId());
                    published.put(k.getKeyId(), k);
                });
            }

            @Override
            public void close() {}
        };
    }
}
