package io.complaintstreams.ingest.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import complaintstreams.events.Channel;
import complaintstreams.events.Contact;
import io.complaintstreams.privacy.DataKeys;
import io.complaintstreams.privacy.MasterKey;
import io.complaintstreams.privacy.TextSealer;
import io.complaintstreams.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SealingPublisherTest {
    private static final String TEXT = "The damp in the back bedroom is making my daughter's asthma worse";
    private final Topics topics = Topics.unprefixed();
    private final RecordingEventPublisher sink = new RecordingEventPublisher();
    private final SealingPublisher publisher = new SealingPublisher(sink, new TextSealer(new DataKeys(MasterKey.generate())), topics);

    private OutgoingRecord contact(String id) {
        Contact c = Contact.newBuilder().setEventId("ev-" + id).setContactId(id).setLandlordId("LL1").setResidentId("R-77")
                .setChannel(Channel.email).setOccurredAt(Instant.parse("2026-11-02T10:00:00Z")).setText(TEXT).build();
        return OutgoingRecord.of(topics.contacts.name(), id, topics.contacts.valueSerde().encode(c));
    }

    @Test
    void shouldPublishTheKeyFirstThenTheRecordWithoutItsTextInOneBatch() throws Exception {
        publisher.publish(List.of(contact("C-1"), contact("C-2")));
        List<OutgoingRecord> batch = sink.batches().get(0);
        assertEquals(List.of(topics.residentKeys.name(), topics.contacts.name(), topics.contacts.name()),
                batch.stream().map(OutgoingRecord::topic).toList());
        for (OutgoingRecord r : batch) {
            assertFalse(new String(r.value(), StandardCharsets.ISO_8859_1).contains("damp"));
        }
        Contact sealed = topics.contacts.valueSerde().decode(batch.get(1).value());
        assertNotNull(sealed.getTextSealed());
        assertEquals(batch.get(0).key(), sealed.getTextSealed().getKeyId());
    }

    @Test
    void shouldPublishTheKeyAgainWhenTheBatchThatCarriedItFailed() throws Exception {
        sink.failing(true);
        assertThrows(PublishException.class, () -> publisher.publish(List.of(contact("C-1"))));
        sink.failing(false);
        publisher.publish(List.of(contact("C-1")));
        assertEquals(1, sink.recordsTo(topics.residentKeys.name()).size());
        publisher.publish(List.of(contact("C-2")));
        assertEquals(1, sink.recordsTo(topics.residentKeys.name()).size(), "a committed key is reused, not republished");
    }
}
