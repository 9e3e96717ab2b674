package io.complaintstreams.streams.classification;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import complaintstreams.events.Channel;
import complaintstreams.events.Contact;
import complaintstreams.events.SealedText;
import io.complaintstreams.privacy.DataKeys;
import io.complaintstreams.privacy.MasterKey;
import io.complaintstreams.privacy.TextSealer;
import java.nio.ByteBuffer;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Records written by a producer that does not seal are told apart from sealed ones (the topology warns on them). */
class ClearTextTest {
    private static Contact contact(String text) {
        return Contact.newBuilder().setEventId("e1").setContactId("C1").setLandlordId("L1").setResidentId("R1")
                .setChannel(Channel.phone).setOccurredAt(Instant.parse("2026-01-05T10:00:00Z")).setText(text).build();
    }

    @Test
    void shouldTellClearTextFromSealedText() {
        assertTrue(ClearText.in(contact("the roof leaks")));
        assertFalse(ClearText.in(contact("")), "no text");
        Contact sealed = (Contact) new TextSealer(new DataKeys(MasterKey.generate())).batch().seal(contact("the roof leaks"));
        assertFalse(ClearText.in(sealed), "sealed at ingest");
        assertTrue(ClearText.in(Contact.newBuilder(sealed).setRepresentative("Cllr A").build()), "a representative in clear");
        assertFalse(ClearText.in(Contact.newBuilder(sealed).setTextSealed(SealedText.newBuilder().setKeyId("k")
                .setCipher(ByteBuffer.allocate(1)).build()).build()));
    }
}
