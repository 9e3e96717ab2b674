package io.complaintstreams.privacy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import complaintstreams.events.Channel;
import complaintstreams.events.Contact;
import complaintstreams.privacy.ResidentKey;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rotated master key: a new wrapping key with the same resident references, its text form read back, and a key
 * ring holding data keys wrapped by the old and the new key at once (the app during a rotation) opened with the new
 * key given its predecessor.
 */
class MasterKeyRotationTest {
    private static final String TEXT = "The damp in the back bedroom is back, Mr Okafor at flat 2 has the same";
    private final MasterKey old = MasterKey.generate();
    private final MasterKey rotated = old.rotated();

    @TempDir
    Path dir;

    @Test
    void shouldKeepResidentReferencesAndErasureSealsButWrapWithANewKey() {
        assertNotEquals(old.id(), rotated.id());
        assertEquals(old.residentRef("R-1"), rotated.residentRef("R-1"), "key ids made before and after stay findable by erase");
        assertEquals("R-1", rotated.openResidentId(old.sealResidentId("R-1", "req-1"), "req-1"), "erasure requests in flight");
        byte[] dataKey = AesGcm.newKey();
        byte[] wrapped = rotated.wrap(dataKey, "k1");
        assertThrows(AesGcm.UnreadableException.class, () -> old.unwrap(wrapped, "k1"), "the old key cannot unwrap");
        assertArrayEquals(dataKey, rotated.unwrap(wrapped, "k1"));
    }

    @Test
    void shouldWriteAndReadTheRotatedFormAndStillReadAFirstKey() throws Exception {
        Path file = dir.resolve("new.key");
        rotated.writeNew(file);
        String content = Files.readString(file);
        assertTrue(content.contains("master-key=") && content.contains("resident-ref-key=") && content.contains("erasure-key="));
        MasterKey read = MasterKey.read(file);
        assertEquals(rotated.id(), read.id());
        assertEquals(old.residentRef("R-9"), read.residentRef("R-9"));
        Path first = dir.resolve("old.key");
        old.writeNew(first);
        assertEquals(old.id(), MasterKey.read(first).id());
        assertEquals(1, Files.readString(first).strip().lines().count(), "a first key stays one base64 line");
        String oneLine = String.join(";", content.lines().filter(l -> !l.startsWith("#")).toList());
        assertEquals(rotated.id(), MasterKey.fromBase64(oneLine).id(), "one line for an environment variable");
        assertThrows(IllegalArgumentException.class, () -> MasterKey.fromBase64("master-key=" + "A".repeat(44)));
    }

    @Test
    void shouldOpenTextUnderKeysWrappedByEitherMasterKeyDuringTheRotation() {
        Map<String, ResidentKey> ring = new HashMap<>();
        Contact before = seal(new TextSealer(new DataKeys(old)), ring, "C-1", Instant.parse("2026-10-02T10:00:00Z"));
        Contact after = seal(new TextSealer(new DataKeys(rotated)), ring, "C-2", Instant.parse("2026-11-02T10:00:00Z"));
        assertEquals(2, ring.values().stream().map(ResidentKey::getMasterKeyId).distinct().count());

        KeyRingVault both = vault(rotated.withPrevious(old), ring);
        assertEquals(Optional.of(TEXT), both.open(before.getTextSealed(), aad("C-1")));
        assertEquals(Optional.of(TEXT), both.open(after.getTextSealed(), aad("C-2")));
        assertEquals(Optional.empty(), vault(rotated, ring).open(before.getTextSealed(), aad("C-1")),
                "without the previous key, a key not yet re-wrapped is unreadable");

        ResidentKey k = ring.get(before.getTextSealed().getKeyId());
        byte[] dataKey = old.unwrap(k.getWrappedKey().array(), k.getKeyId());
        ring.put(k.getKeyId(), ResidentKey.newBuilder(k).setWrappedKey(ByteBuffer.wrap(rotated.wrap(dataKey, k.getKeyId())))
                .setMasterKeyId(rotated.id()).build());
        assertEquals(Optional.of(TEXT), vault(rotated, ring).open(before.getTextSealed(), aad("C-1")), "re-wrapped: the new key alone");
    }

    @Test
    void shouldRefuseAPreviousKeyThatIsNotThePredecessor() {
        assertThrows(IllegalArgumentException.class, () -> rotated.withPrevious(MasterKey.generate()));
        assertEquals(java.util.List.of(old.id()), rotated.withPrevious(old).previousIds());
    }

    private static String aad(String contactId) {
        return TextSealer.associatedData("Contact", "ev-" + contactId, "text");
    }

    private static KeyRingVault vault(MasterKey master, Map<String, ResidentKey> ring) {
        return new KeyRingVault(master, ring::get, TextRetention.parse("P6Y"), () -> LocalDate.of(2026, 11, 30), Duration.ZERO);
    }

    private static Contact seal(TextSealer sealer, Map<String, ResidentKey> ring, String id, Instant at) {
        TextSealer.Batch batch = sealer.batch();
        Contact c = Contact.newBuilder().setEventId("ev-" + id).setContactId(id).setLandlordId("LL1").setResidentId("R-1")
                .setChannel(Channel.phone).setOccurredAt(at).setText(TEXT).build();
        Contact sealed = (Contact) batch.seal(c);
        batch.newKeys().forEach(k -> ring.put(k.getKeyId(), k));
        return sealed;
    }
}
