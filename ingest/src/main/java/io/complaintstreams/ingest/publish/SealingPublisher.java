package io.complaintstreams.ingest.publish;

import io.complaintstreams.privacy.TextSealer;
import io.complaintstreams.topics.Topic;
import io.complaintstreams.topics.Topics;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;

/**
 * Encrypts residents' free text before it reaches a topic (README "Data protection"): wraps any publisher, seals the
 * text of every contact, service request and survey (and an Ombudsman order's wording when it names the resident) in a batch ({@link TextSealer}), and publishes the data keys
 * the batch made on {@code complaints.resident-keys} first, in the same transaction. HTTP ingest, file import and the
 * demo feed all publish through it. Dead letters pass unchanged (a rejected row is not a valid record to seal).
 */
public final class SealingPublisher implements EventPublisher {
    private final EventPublisher delegate;
    private final TextSealer sealer;
    private final Topics topics;

    public SealingPublisher(EventPublisher delegate, TextSealer sealer, Topics topics) {
        this.delegate = delegate;
        this.sealer = sealer;
        this.topics = topics;
    }

    @Override
    public void publish(List<OutgoingRecord> batch) throws PublishException {
        TextSealer.Batch sealing = sealer.batch();
        List<OutgoingRecord> sealed = new ArrayList<>(batch.size() + 1);
        for (OutgoingRecord r : batch) {
            sealed.add(seal(r, sealing));
        }
        List<OutgoingRecord> out = new ArrayList<>(sealed.size() + 4);
        for (var key : sealing.newKeys()) {
            out.add(OutgoingRecord.of(topics.residentKeys.name(), key.getKeyId(), topics.residentKeys.valueSerde().encode(key)));
        }
        out.addAll(sealed);
        delegate.publish(out);
        sealing.committed();
    }

    private OutgoingRecord seal(OutgoingRecord r, TextSealer.Batch sealing) {
        if (r.value() == null) {
            return r;
        }
        if (r.topic().equals(topics.contacts.name())) {
            return reseal(r, topics.contacts, sealing);
        }
        if (r.topic().equals(topics.serviceRequests.name())) {
            return reseal(r, topics.serviceRequests, sealing);
        }
        if (r.topic().equals(topics.surveys.name())) {
            return reseal(r, topics.surveys, sealing);
        }
        if (r.topic().equals(topics.ombudsmanCases.name())) {
            return reseal(r, topics.ombudsmanCases, sealing);
        }
        return r;
    }

    private static <V extends SpecificRecord> OutgoingRecord reseal(OutgoingRecord r, Topic<V> topic, TextSealer.Batch sealing) {
        V value = topic.valueSerde().decode(r.value());
        SpecificRecord sealed = sealing.seal(value);
        if (sealed == value) {
            return r;
        }
        return new OutgoingRecord(r.topic(), r.key(), topic.valueSerde().encode(topic.valueSerde().type().cast(sealed)), r.headers());
    }

    @Override
    public void publishDeadLetters(String deadLetterTopic, List<DeadLetter> letters) throws PublishException {
        delegate.publishDeadLetters(deadLetterTopic, letters);
    }

    @Override
    public void close() {
        delegate.close();
    }
}
