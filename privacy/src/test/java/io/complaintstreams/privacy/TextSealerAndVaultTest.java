package io.complaintstreams.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import complaintstreams.events.AlertResolution;
import complaintstreams.events.AlertResolutionKind;
import complaintstreams.events.Channel;
import complaintstreams.events.Contact;
import complaintstreams.events.Survey;
import complaintstreams.events.SurveyKind;
import complaintstreams.privacy.ResidentKey;
import io.complaintstreams.schema.EventSerdes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TextSealerAndVaultTest {
    private static final String TEXT = "Nobody came about the leak, Mrs Jones at number 4 says her ceiling is falling in";
    private final MasterKey master = MasterKey.generate();
    private final DataKeys keys = new DataKeys(master);
    private final Map<String, ResidentKey> ring = new HashMap<>();
    private final LocalDate today = LocalDate.of(2026, 11, 30);

    private Contact contact(String id, String resident, Instant at) {
        return Contact.newBuilder().setEventId("ev-" + id).setContactId(id).setLandlordId("LL1").setResidentId(resident)
                .setChannel(Channel.phone).setOccurredAt(at).setText(TEXT).setRepresentative("Cllr Ann Other").build();
    }

    private KeyRingVault vault(Duration wait) {
        return new KeyRingVault(master, ring::get, TextRetention.parse("P6Y"), () -> today, wait);
    }

    private Contact sealAndPublish(Contact c) {
        TextSealer.Batch batch = new TextSealer(keys).batch();
        Contact sealed = (Contact) batch.seal(c);
        batch.newKeys().forEach(k -> ring.put(k.getKeyId(), k));
        batch.committed();
        return sealed;
    }

    @Test
    void shouldCarryNeitherTheTextNorTheRepresentativeInClearAndOpenThemWithTheKey() {
        Contact sealed = sealAndPublish(contact("C-1", "R-1", Instant.parse("2026-11-02T10:00:00Z")));
        String bytes = new String(EventSerdes.CONTACT.encode(sealed), StandardCharsets.ISO_8859_1);
        assertFalse(bytes.contains("leak") || bytes.contains("Jones") || bytes.contains("Ann Other") || bytes.contains("R-1|"));
        assertEquals("", sealed.getText());
        assertNull(sealed.getRepresentative());
        KeyRingVault vault = vault(Duration.ZERO);
        assertEquals(Optional.of(TEXT), vault.open(sealed.getTextSealed(), TextSealer.associatedData("Contact", "ev-C-1", "text")));
        assertEquals(Optional.of("Cllr Ann Other"), vault.open(sealed.getRepresentativeSealed(),
                TextSealer.associatedData("Contact", "ev-C-1", "representative")));
        assertTrue(sealed.getTextSealed().getKeyId().startsWith(master.residentRef("R-1") + "|2026-11|"));
    }

    @Test
    void shouldSealAnOfficersNoteUnderTheResidentsKeyAndLeaveANoteWithoutResidentUnchanged() {
        AlertResolution r = AlertResolution.newBuilder().setResolutionId("res-1").setAlertId("a-1")
                .setResolution(AlertResolutionKind.OFFERED_DECLINED).setBy("officer 7").setNote("Spoke to Mrs Jones, declined")
                .setResolvedAt(Instant.parse("2026-11-03T09:00:00Z")).setResidentId("R-1").build();
        TextSealer.Batch batch = new TextSealer(keys).batch();
        AlertResolution sealed = (AlertResolution) batch.seal(r);
        batch.newKeys().forEach(k -> ring.put(k.getKeyId(), k));
        assertNull(sealed.getNote());
        String bytes = new String(EventSerdes.ALERT_RESOLUTION.encode(sealed), StandardCharsets.ISO_8859_1);
        assertFalse(bytes.contains("Jones"));
        assertTrue(sealed.getNoteSealed().getKeyId().startsWith(master.residentRef("R-1") + "|2026-11|"));
        assertEquals(Optional.of("Spoke to Mrs Jones, declined"), vault(Duration.ZERO).open(sealed.getNoteSealed(),
                TextSealer.associatedData("AlertResolution", "res-1", "note")));
        ring.remove(sealed.getNoteSealed().getKeyId());
        assertEquals(Optional.empty(), vault(Duration.ZERO).open(sealed.getNoteSealed(),
                TextSealer.associatedData("AlertResolution", "res-1", "note")), "the key erased: the note is gone");

        AlertResolution noResident = AlertResolution.newBuilder(r).setResidentId(null).build();
        assertSame(noResident, new TextSealer(keys).batch().seal(noResident));
    }

    @Test
    void shouldSealAnOmbudsmanOrdersWordingWhenItNamesTheResident() {
        complaintstreams.events.OmbudsmanEvent order = complaintstreams.events.OmbudsmanEvent.newBuilder().setEventId("om-1")
                .setCaseId("HOS-1").setComplaintId("C-1").setLandlordId("LL1").setResidentId("R-1")
                .setType(complaintstreams.events.OmbudsmanEventType.ORDER_MADE).setOccurredAt(Instant.parse("2026-11-03T09:00:00Z"))
                .setOrderId("O-1").setOrder("apologise to Mrs Jones in writing").build();
        TextSealer.Batch batch = new TextSealer(keys).batch();
        var sealed = (complaintstreams.events.OmbudsmanEvent) batch.seal(order);
        batch.newKeys().forEach(k -> ring.put(k.getKeyId(), k));
        assertNull(sealed.getOrder());
        assertFalse(new String(EventSerdes.OMBUDSMAN_EVENT.encode(sealed), StandardCharsets.ISO_8859_1).contains("Jones"));
        assertEquals(Optional.of("apologise to Mrs Jones in writing"), vault(Duration.ZERO).open(sealed.getOrderSealed(),
                TextSealer.associatedData("OmbudsmanEvent", "om-1", "order")));
        var noResident = complaintstreams.events.OmbudsmanEvent.newBuilder(order).setResidentId(null).build();
        assertSame(noResident, new TextSealer(keys).batch().seal(noResident), "no resident: no key to seal it under");
    }

    @Test
    void shouldShareOneKeyPerResidentAndMonthWithinABatchAndReuseItOnlyOnceCommitted() {
        TextSealer.Batch first = new TextSealer(keys).batch();
        Contact a = (Contact) first.seal(contact("C-1", "R-1", Instant.parse("2026-11-02T10:00:00Z")));
        Contact b = (Contact) first.seal(contact("C-2", "R-1", Instant.parse("2026-11-20T10:00:00Z")));
        Contact other = (Contact) first.seal(contact("C-3", "R-1", Instant.parse("2026-10-20T10:00:00Z")));
        assertEquals(a.getTextSealed().getKeyId(), b.getTextSealed().getKeyId());
        assertNotEquals(a.getTextSealed().getKeyId(), other.getTextSealed().getKeyId());
        assertEquals(2, first.newKeys().size());

        TextSealer.Batch uncommitted = new TextSealer(keys).batch();
        uncommitted.seal(contact("C-4", "R-1", Instant.parse("2026-11-21T10:00:00Z")));
        assertEquals(1, uncommitted.newKeys().size(), "the first batch has not committed: its key is not reused");

        first.committed();
        TextSealer.Batch later = new TextSealer(keys).batch();
        Contact c = (Contact) later.seal(contact("C-5", "R-1", Instant.parse("2026-11-22T10:00:00Z")));
        assertEquals(a.getTextSealed().getKeyId(), c.getTextSealed().getKeyId());
        assertTrue(later.newKeys().isEmpty(), "a committed key is not published again");
    }

    @Test
    void shouldTakeTextAsAbsentOnceTheKeyIsErasedWithoutWaiting() {
        Contact sealed = sealAndPublish(contact("C-1", "R-1", Instant.parse("2026-11-02T10:00:00Z")));
        ring.remove(sealed.getTextSealed().getKeyId());
        ring.put(KeyIds.erasedMarker(master.residentRef("R-1")), ResidentKey.newBuilder(ring.values().stream().findFirst()
                .orElseGet(() -> sealedKeyRecord())).build());
        AtomicLong clock = new AtomicLong();
        KeyRingVault vault = new KeyRingVault(master, ring::get, TextRetention.parse("P6Y"), () -> today,
                Duration.ofHours(1), () -> clock.addAndGet(1_000_000));
        assertEquals(Optional.empty(), vault.open(sealed.getTextSealed(), TextSealer.associatedData("Contact", "ev-C-1", "text")));
        assertTrue(clock.get() < 10_000_000, "an erased resident's key is not waited for");
    }

    private ResidentKey sealedKeyRecord() {
        return ResidentKey.newBuilder().setKeyId("x").setResidentRef("x").setPeriod(KeyIds.ERASED)
                .setWrappedKey(java.nio.ByteBuffer.allocate(0)).setMasterKeyId(master.id()).setCreatedAt(Instant.EPOCH).build();
    }

    @Test
    void shouldWaitBoundedlyForAKeyNotArrivedAndThenRememberItsAbsence() {
        Contact sealed = sealAndPublish(contact("C-1", "R-2", Instant.parse("2026-11-02T10:00:00Z")));
        ring.clear();
        AtomicLong clock = new AtomicLong();
        KeyRingVault vault = new KeyRingVault(master, ring::get, TextRetention.parse("P6Y"), () -> today,
                Duration.ofMillis(50), () -> clock.addAndGet(5_000_000));
        String aad = TextSealer.associatedData("Contact", "ev-C-1", "text");
        assertEquals(Optional.empty(), vault.open(sealed.getTextSealed(), aad));
        long afterFirst = clock.get();
        assertEquals(Optional.empty(), vault.open(sealed.getTextSealed(), aad));
        assertEquals(afterFirst, clock.get(), "the second record does not wait again");
    }

    @Test
    void shouldTakeTextPastItsRetentionAsAbsentEvenWithItsKey() {
        Contact sealed = sealAndPublish(contact("C-1", "R-1", Instant.parse("2019-03-02T10:00:00Z")));
        assertEquals(Optional.empty(), vault(Duration.ZERO).open(sealed.getTextSealed(),
                TextSealer.associatedData("Contact", "ev-C-1", "text")));
    }

    @Test
    void shouldRefuseTextUnderAnotherMasterKey() {
        Contact sealed = sealAndPublish(contact("C-1", "R-1", Instant.parse("2026-11-02T10:00:00Z")));
        KeyRingVault other = new KeyRingVault(MasterKey.generate(), ring::get, TextRetention.parse("P6Y"), () -> today, Duration.ZERO);
        assertEquals(Optional.empty(), other.open(sealed.getTextSealed(), TextSealer.associatedData("Contact", "ev-C-1", "text")));
    }

    @Test
    void shouldSealASurveyCommentAndLeaveAnUncommentedSurveyAlone() {
        Survey s = Survey.newBuilder().setEventId("e").setSurveyId("S-1").setLandlordId("LL1").setResidentId("R-1")
                .setOccurredAt(Instant.parse("2026-11-02T10:00:00Z")).setKind(SurveyKind.TRANSACTIONAL).setScore(1)
                .setComment("rude operative").build();
        TextSealer.Batch batch = new TextSealer(keys).batch();
        Survey sealed = (Survey) batch.seal(s);
        assertNull(sealed.getComment());
        Survey none = Survey.newBuilder(s).setComment(null).build();
        assertSame(none, batch.seal(none));
    }

    @Test
    void shouldWriteTheMasterKeyOwnerOnlyAndReadItBack(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("privacy/master.key");
        master.writeNew(file);
        assertEquals(master.id(), MasterKey.read(file).id());
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(file)));
    }
}
