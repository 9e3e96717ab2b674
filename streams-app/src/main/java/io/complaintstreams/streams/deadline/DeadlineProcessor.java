package io.complaintstreams.streams.deadline;

import complaintstreams.events.ComplaintEvent;
import complaintstreams.events.DeadlineAlert;
import complaintstreams.events.DeadlineState;
import io.complaintstreams.streams.ClockMode;
import io.complaintstreams.streams.TopologySettings;
import io.complaintstreams.streams.internal.DateIndex;
import io.complaintstreams.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps each complaint's facts, derives its Code deadlines and status, publishes every change of state, and
 * raises each (stage, kind) alert once. A punctuation (wall clock or stream time) re-checks only the complaints
 * whose next check date has come, so alerts fire even when no event arrives.
 *
 * <p>Facts that arrive before their complaint's RECEIVED are held; if the RECEIVED has still not come after the
 * grace period they are dead-lettered (the complaint is unknown).
 */
final class DeadlineProcessor extends ContextualProcessor<String, ComplaintEvent, String, SpecificRecord> {
    static final int ORPHAN_GRACE_DAYS = 3;
    private final TopologySettings settings;
    private final ComplaintClock clock;
    private KeyValueStore<String, StoredComplaint> complaints;
    private KeyValueStore<String, DeadlineState> states;
    private DateIndex index;

    DeadlineProcessor(TopologySettings settings, ComplaintClock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<String, SpecificRecord> context) {
        super.init(context);
        complaints = context.getStateStore(DeadlineClockPart.COMPLAINTS_STORE);
        states = context.getStateStore(DeadlineClockPart.STATE_STORE);
        index = new DateIndex(context.getStateStore(DeadlineClockPart.INDEX_STORE));
        context.schedule(settings.punctuationInterval(), settings.clock().punctuationType(), this::checkDueComplaints);
    }

    @Override
    public void process(Record<String, ComplaintEvent> record) {
        ComplaintEvent event = record.value();
        String complaintId = event.getComplaintId();
        StoredComplaint complaint = Optional.ofNullable(complaints.get(complaintId)).orElseGet(StoredComplaint::new);
        if (complaint.hasEvent(event.getEventId())) {
            return;
        }
        StoredFact fact = StoredFact.of(event);
        clock.rejectReason(complaint.facts, fact).ifPresent(reason -> {
            throw new RejectedEventException(complaintId, reason);
        });
        complaint.facts.add(fact);
        refresh(complaintId, complaint, nowMs());
    }

    private void checkDueComplaints(long timestampMs) {
        LocalDate today = settings.dateOf(timestampMs);
        for (KeyValue<String, String> due : index.dueBefore(today.plusDays(1))) {
            StoredComplaint complaint = complaints.get(due.value);
            if (complaint == null || !due.key.equals(complaint.indexKey)) {
                index.remove(due.key);
                continue;
            }
            refresh(due.value, complaint, timestampMs);
        }
    }

    private void refresh(String complaintId, StoredComplaint complaint, long nowMs) {
        LocalDate today = settings.dateOf(nowMs);
        var evaluation = clock.evaluate(complaintId, complaint.facts, today, Instant.ofEpochMilli(nowMs));
        index.remove(complaint.indexKey);
        complaint.indexKey = null;
        if (evaluation.isEmpty()) {
            holdOrDeadLetter(complaintId, complaint, today, nowMs);
            return;
        }
        publishStateIfChanged(complaintId, evaluation.get().state(), nowMs);
        for (DeadlineAlert alert : evaluation.get().alerts()) {
            if (complaint.alerted.add(alert.getStage() + ":" + alert.getKind())) {
                var headers = new RecordHeaders();
                headers.add(Topics.ALERT_KIND_HEADER, alert.getKind().name().getBytes(StandardCharsets.UTF_8));
                context().forward(new Record<String, SpecificRecord>(complaintId, alert, nowMs, headers));
            }
        }
        evaluation.get().nextCheck().filter(date -> date.isAfter(today)).ifPresent(date -> indexAt(complaintId, complaint, date));
        complaints.put(complaintId, complaint);
    }

    /** No RECEIVED yet: hold the facts for the grace period, then dead-letter them as events for an unknown complaint. */
    private void holdOrDeadLetter(String complaintId, StoredComplaint complaint, LocalDate today, long nowMs) {
        LocalDate firstSeen = complaint.heldSince == null ? today : complaint.heldSince;
        complaint.heldSince = firstSeen;
        LocalDate giveUpOn = firstSeen.plusDays(ORPHAN_GRACE_DAYS);
        if (today.isBefore(giveUpOn)) {
            indexAt(complaintId, complaint, giveUpOn);
            complaints.put(complaintId, complaint);
            return;
        }
        String reason = "complaint " + complaintId + ": no RECEIVED event for this complaint within " + ORPHAN_GRACE_DAYS
                + " days of its first event (unknown complaint)";
        for (StoredFact fact : complaint.facts) {
            context().forward(new Record<String, SpecificRecord>(complaintId, fact.toAvro(complaintId), nowMs,
                    DeadLetterHeaders.of(reason, settings.topics().complaintEvents.name())));
        }
        complaints.delete(complaintId);
    }

    private void indexAt(String complaintId, StoredComplaint complaint, LocalDate date) {
        complaint.indexKey = DateIndex.key(date, complaintId);
        index.put(complaint.indexKey, complaintId);
    }

    private void publishStateIfChanged(String complaintId, DeadlineState state, long nowMs) {
        DeadlineState previous = states.get(complaintId);
        if (previous != null) {
            previous.setUpdatedAt(state.getUpdatedAt());
            if (previous.equals(state)) {
                return;
            }
        }
        states.put(complaintId, state);
        context().forward(new Record<String, SpecificRecord>(complaintId, state, nowMs));
    }

    private long nowMs() {
        return settings.clock() == ClockMode.WALL ? context().currentSystemTimeMs() : context().currentStreamTimeMs();
    }

}
