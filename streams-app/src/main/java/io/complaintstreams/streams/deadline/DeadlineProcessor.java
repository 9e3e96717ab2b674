package io.complaintstreams.streams.deadline;

import complaintstreams.events.ComplaintEvent;
import complaintstreams.events.DeadlineAlert;
import complaintstreams.events.DeadlineState;
import io.complaintstreams.streams.ClockMode;
import io.complaintstreams.streams.TopologySettings;
import io.complaintstreams.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps each complaint's facts, derives its Code deadlines and status, publishes every change of state, and
 * raises each (stage, kind) alert once. A punctuation (wall clock or stream time) re-checks only the complaints
 * whose next check date has come, so alerts fire even when no event arrives.
 */
final class DeadlineProcessor extends ContextualProcessor<String, ComplaintEvent, String, SpecificRecord> {
    private final TopologySettings settings;
    private final ComplaintClock clock;
    private KeyValueStore<String, StoredComplaint> complaints;
    private KeyValueStore<String, DeadlineState> states;
    private DeadlineIndex index;

    DeadlineProcessor(TopologySettings settings, ComplaintClock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<String, SpecificRecord> context) {
        super.init(context);
        complaints = context.getStateStore(DeadlineClockPart.COMPLAINTS_STORE);
        states = context.getStateStore(DeadlineClockPart.STATE_STORE);
        index = new DeadlineIndex(context.getStateStore(DeadlineClockPart.INDEX_STORE));
        PunctuationType type = settings.clock() == ClockMode.WALL ? PunctuationType.WALL_CLOCK_TIME : PunctuationType.STREAM_TIME;
        context.schedule(settings.punctuationInterval(), type, this::checkDueComplaints);
    }

    @Override
    public void process(Record<String, ComplaintEvent> record) {
        ComplaintEvent event = record.value();
        String complaintId = event.getComplaintId();
        StoredComplaint complaint = complaints.get(complaintId);
        if (complaint == null) {
            complaint = new StoredComplaint();
        }
        if (complaint.hasEvent(event.getEventId())) {
            return;
        }
        StoredFact fact = StoredFact.of(event);
        var reason = clock.rejectReason(complaint.facts, fact);
        if (reason.isPresent()) {
            throw new RejectedEventException(complaintId, reason.get());
        }
        complaint.facts.add(fact);
        refresh(complaintId, complaint, nowMs());
    }

    private void checkDueComplaints(long timestampMs) {
        LocalDate today = dateOf(timestampMs);
        for (KeyValue<String, String> due : index.dueOnOrBefore(today)) {
            StoredComplaint complaint = complaints.get(due.value);
            if (complaint == null || !due.key.equals(complaint.indexKey)) {
                index.remove(due.key);
                continue;
            }
            refresh(due.value, complaint, timestampMs);
        }
    }

    private void refresh(String complaintId, StoredComplaint complaint, long nowMs) {
        LocalDate today = dateOf(nowMs);
        ComplaintClock.Evaluation evaluation = clock.evaluate(complaintId, complaint.facts, today, Instant.ofEpochMilli(nowMs));
        publishStateIfChanged(complaintId, evaluation.state(), nowMs);
        for (DeadlineAlert alert : evaluation.alerts()) {
            if (complaint.alerted.add(alert.getStage() + ":" + alert.getKind())) {
                var headers = new RecordHeaders();
                headers.add(Topics.ALERT_KIND_HEADER, alert.getKind().name().getBytes(StandardCharsets.UTF_8));
                context().forward(new Record<String, SpecificRecord>(complaintId, alert, nowMs, headers));
            }
        }
        index.remove(complaint.indexKey);
        complaint.indexKey = null;
        evaluation.nextCheck().filter(date -> date.isAfter(today)).ifPresent(date -> {
            index.put(date, complaintId);
            complaint.indexKey = DeadlineIndex.key(date, complaintId);
        });
        complaints.put(complaintId, complaint);
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

    private LocalDate dateOf(long epochMs) {
        return Instant.ofEpochMilli(epochMs).atZone(settings.zone()).toLocalDate();
    }
}
