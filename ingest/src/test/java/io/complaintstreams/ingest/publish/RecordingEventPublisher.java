package io.complaintstreams.ingest.publish;

import java.util.ArrayList;
import java.util.List;

/** Test fake: keeps every published batch; can be told to refuse batches, as a broker that is down. */
public final class RecordingEventPublisher implements EventPublisher {
    private final List<List<OutgoingRecord>> batches = new ArrayList<>();
    private volatile boolean failing;

    public void failing(boolean value) {
        failing = value;
    }

    @Override
    public synchronized void publish(List<OutgoingRecord> batch) throws PublishException {
        if (failing) {
            throw new PublishException("broker unavailable (fake)", null);
        }
        batches.add(List.copyOf(batch));
    }

    public synchronized List<List<OutgoingRecord>> batches() {
        return List.copyOf(batches);
    }

    public synchronized List<OutgoingRecord> records() {
        return batches.stream().flatMap(List::stream).toList();
    }

    public synchronized List<OutgoingRecord> recordsTo(String topic) {
        return records().stream().filter(r -> r.topic().equals(topic)).toList();
    }

    @Override
    public void close() {}
}
