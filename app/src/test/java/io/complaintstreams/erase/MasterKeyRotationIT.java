package io.complaintstreams.erase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import complaintstreams.events.Channel;
import complaintstreams.events.Contact;
import complaintstreams.privacy.ResidentKey;
import io.complaintstreams.app.PrivacyWiring;
import io.complaintstreams.cli.Main;
import io.complaintstreams.config.AppConfig;
import io.complaintstreams.config.ConfigKey;
import io.complaintstreams.privacy.AesGcm;
import io.complaintstreams.privacy.DataKeys;
import io.complaintstreams.privacy.KeyIds;
import io.complaintstreams.privacy.KeyRingVault;
import io.complaintstreams.privacy.MasterKey;
import io.complaintstreams.privacy.TextRetention;
import io.complaintstreams.privacy.TextSealer;
import io.complaintstreams.testsupport.EmbeddedKafkaExtension;
import io.complaintstreams.topics.Topics;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rotate-master-key} on a real broker (README "Keys and the master key"): text sealed before the rotation is
 * readable with the new key alone after it; during the change the app's key (new, with the previous one configured)
 * reads keys wrapped by either; erase with the new key still finds and deletes keys made before the rotation; and a
 * rotation never revives the keys of a resident already marked erased.
 */
@Timeout(180)
class MasterKeyRotationIT {
    @RegisterExtension
    static final EmbeddedKafkaExtension KAFKA = new EmbeddedKafkaExtension();
    private static final String TEXT = "Mrs Patel says the boiler has been broken for three weeks and her son has asthma";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void shouldKeepSealedTextReadableAcrossARotationAndStillEraseIt() throws Exception {
        Topics topics = KAFKA.provisionProjectTopics(EmbeddedKafkaExtension.uniquePrefix("rotate"));
        Path oldFile = dir.resolve("old.key");
        Path newFile = dir.resolve("new.key");
        MasterKey old = MasterKey.generate();
        old.writeNew(oldFile);
        Contact a = sealAndPublish(topics, old, "A", "R-1", Instant.parse("2026-10-05T09:00:00Z"));
        Contact b = sealAndPublish(topics, old, "B", "R-2", Instant.parse("2026-10-06T09:00:00Z"));

        assertEquals(Main.OK, Main.execute("rotate-master-key", "--generate-only", "--new-master-key-file", newFile.toString(),
                "--master-key-file", oldFile.toString()));
        MasterKey fresh = MasterKey.read(newFile);
        assertFalse(fresh.id().equals(old.id()));

        // During the change: an instance on the new key with the previous one configured makes keys under the new key and
        // reads keys wrapped by either.
        MasterKey during = PrivacyWiring.given(AppConfig.load(null, Map.of(), Map.<ConfigKey, String>of(
                AppConfig.PRIVACY_MASTER_KEY_FILE, newFile.toString(), AppConfig.PRIVACY_PREVIOUS_MASTER_KEY_FILE, oldFile.toString())))
                .orElseThrow();
        Contact c = sealAndPublish(topics, during, "C", "R-1", Instant.parse("2026-11-05T09:00:00Z"));
        Map<String, ResidentKey> mixed = live(topics);
        assertEquals(java.util.Set.of(fresh.id(), old.id()), mixed.values().stream().map(ResidentKey::getMasterKeyId)
                .collect(java.util.stream.Collectors.toSet()), "keys under both master keys");
        for (Contact sealed : List.of(a, b, c)) {
            assertEquals(Optional.of(TEXT), open(during, mixed, sealed), "read during the change: " + sealed.getContactId());
        }
        assertEquals(Optional.empty(), open(fresh, mixed, a), "the new key alone cannot read a key not yet re-wrapped");

        assertEquals(Main.OK, rotate(topics, oldFile, newFile));
        Map<String, ResidentKey> after = live(topics);
        assertEquals(3, after.size());
        assertTrue(after.values().stream().allMatch(k -> k.getMasterKeyId().equals(fresh.id())), "every key under the new key");
        for (Contact sealed : List.of(a, b, c)) {
            assertEquals(Optional.of(TEXT), open(fresh, after, sealed), "sealed before the rotation, read with the new key alone");
        }
        for (ResidentKey k : after.values()) {
            assertThrows(AesGcm.UnreadableException.class, () -> old.unwrap(k.getWrappedKey().array(), k.getKeyId()),
                    "the old key opens no live key");
        }
        assertEquals(Main.OK, rotate(topics, oldFile, newFile), "re-runnable");
        assertEquals(after.keySet(), live(topics).keySet());
        assertEquals(after.values().stream().map(k -> k.getWrappedKey()).toList(),
                live(topics).values().stream().map(k -> k.getWrappedKey()).toList(), "a second run re-wraps nothing");

        assertEquals(Main.OK, Main.execute("erase", "--resident", "R-1", "--yes", "--reason", "DSAR-9", "--by", "dpo",
                "--bootstrap-servers", KAFKA.bootstrapServers(), "--topic-prefix", topics.prefix(), "--master-key-file", newFile.toString()));
        Map<String, ResidentKey> erased = live(topics);
        String ref = fresh.residentRef("R-1");
        assertEquals(List.of(KeyIds.erasedMarker(ref)), erased.keySet().stream().filter(id -> id.startsWith(ref)).toList(),
                "erase with the new key found the keys made before and after the rotation");
        assertEquals(Optional.empty(), open(fresh, erased, a));
        assertEquals(Optional.empty(), open(fresh, erased, c));
        assertEquals(Optional.of(TEXT), open(fresh, erased, b), "another resident untouched");
    }

    @Test
    void shouldNeverReviveTheKeysOfAResidentMarkedErased() throws Exception {
        Topics topics = KAFKA.provisionProjectTopics(EmbeddedKafkaExtension.uniquePrefix("rotate-erased"));
        Path oldFile = dir.resolve("old.key");
        Path newFile = dir.resolve("new.key");
        MasterKey old = MasterKey.generate();
        old.writeNew(oldFile);
        Contact kept = sealAndPublish(topics, old, "K", "R-KEEP", Instant.parse("2026-10-05T09:00:00Z"));
        Contact gone = sealAndPublish(topics, old, "G", "R-GONE", Instant.parse("2026-10-05T09:00:00Z"));
        // An erasure whose marker is on the topic while a key of the resident is still live (made by an ingest process
        // racing the erasure): the rotation must delete it, not re-wrap it.
        String ref = old.residentRef("R-GONE");
        publish(topics, KeyIds.erasedMarker(ref), ResidentKey.newBuilder().setKeyId(KeyIds.erasedMarker(ref)).setResidentRef(ref)
                .setPeriod(KeyIds.ERASED).setWrappedKey(ByteBuffer.allocate(0)).setMasterKeyId(old.id()).setCreatedAt(Instant.now()).build());

        assertEquals(Main.OK, rotate(topics, oldFile, newFile));
        MasterKey fresh = MasterKey.read(newFile);
        Map<String, ResidentKey> after = live(topics);
        assertEquals(Optional.of(TEXT), open(fresh, after, kept));
        assertEquals(Optional.empty(), open(fresh, after, gone), "the erased resident's key is deleted, not re-wrapped");
        assertEquals(List.of(KeyIds.erasedMarker(ref)), after.keySet().stream().filter(id -> id.startsWith(ref)).toList());
    }

    private static int rotate(Topics topics, Path oldFile, Path newFile) {
        return Main.execute("rotate-master-key", "--new-master-key-file", newFile.toString(), "--master-key-file", oldFile.toString(),
                "--bootstrap-servers", KAFKA.bootstrapServers(), "--topic-prefix", topics.prefix());
    }

    private static Optional<String> open(MasterKey key, Map<String, ResidentKey> ring, Contact sealed) {
        return new KeyRingVault(key, ring::get, TextRetention.parse("P6Y"), () -> LocalDate.of(2026, 11, 30), Duration.ZERO)
                .open(sealed.getTextSealed(), TextSealer.associatedData("Contact", sealed.getEventId(), "text"));
    }

    private static Map<String, ResidentKey> live(Topics topics) throws Exception {
        return ResidentKeyScan.live(KAFKA.clientConfig(), topics.residentKeys, TIMEOUT);
    }

    private static Contact sealAndPublish(Topics topics, MasterKey key, String id, String resident, Instant at) {
        TextSealer.Batch batch = new TextSealer(new DataKeys(key)).batch();
        Contact sealed = (Contact) batch.seal(Contact.newBuilder().setEventId("ev-" + id).setContactId(id).setLandlordId("LL1")
                .setResidentId(resident).setChannel(Channel.phone).setOccurredAt(at).setText(TEXT).build());
        batch.newKeys().forEach(k -> publish(topics, k.getKeyId(), k));
        return sealed;
    }

    private static void publish(Topics topics, String keyId, ResidentKey key) {
        Properties p = KAFKA.clientConfig().asProperties();
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topics.residentKeys.name(), keyId, topics.residentKeys.valueSerde().encode(key))).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
