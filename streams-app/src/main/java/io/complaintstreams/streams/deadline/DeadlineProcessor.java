package io.complaintstreams.streams.deadline;

import complaintstreams.events.ComplaintEvent;
import complaintstreams.events.DeadlineAlert;
import complaintstreams.events.DeadlineState;
import complaintstreams.state.ComplaintLedger;
import complaintstreams.state.LedgerFact;
import io.complaintstreams.domain.complaint.ComplaintFact;
import io.complaintstreams.streams.ClockMode;
import io.complaintstreams.streams.TopologySettings;
import io.complaintstreams.streams.internal.DateIndex;
import io.complaintstreams.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps each complaint's ledger (facts, state, alerts raised, date-index key), evaluates the Code's rules once per
 * new fact, publishes every change of state, and raises each (stage, kind) alert once. A punctuation (wall clock,
 * or once per stream-time date with {@code --clock event}) re-checks only the complaints whose next check date has
 * come, so alerts fire even when no event arrives. A wall-clock instance judges the complaint events it found waiting
 * at start-up by stream time ({@link StartupHistory}), so it does not alert deadlines its history met.
 *
 * <p>Facts that arrive before their complaint's RECEIVED are held; if the RECEIVED has still not come after the
 * grace period they are dead-lettered (the complaint is unknown).
 */
final class DeadlineProcessor extends ContextualProcessor<String, ComplaintEvent, String, SpecificRecord> {
    static final int ORPHAN_GRACE_DAYS = 3;
    private final TopologySettings settings;
    private final ComplaintClock clock;
    private final LedgerListener listener;
    private KeyValueStore<String, ComplaintLedger> ledgers;
    private DateIndex index;
    /** Stream-time mode: the date last checked, so the index is read once per date rather than once per record. */
    private LocalDate lastChecked;
    private final StartupHistory history;
    /** Wall-clock mode: the offset of the last history record this task still has to process, -1 once there is none. */
    private long historyLast = -1;

    DeadlineProcessor(TopologySettings settings, ComplaintClock clock, LedgerListener listener, StartupHistory history) {
        this.settings = settings;
        this.clock = clock;
        this.listener = listener;
        this.history = history;
    }

    @Override
    public void init(ProcessorContext<String, SpecificRecord> context) {
        super.init(context);
        ledgers = context.getStateStore(DeadlineClockPart.LEDGER_STORE);
        index = new DateIndex(context.getStateStore(DeadlineClockPart.INDEX_STORE));
        listener.init(context);
        if (settings.clock() == ClockMode.WALL) {
            historyLast = history.remainingFor(context.taskId().partition());
        }
        context.schedule(settings.datePunctuationInterval(), settings.clock().punctuationType(), this::checkDueComplaints);
    }

    @Override
    public void process(Record<String, ComplaintEvent> record) {
        long offset = context().recordMetadata().map(m -> m.offset()).orElse(Long.MAX_VALUE);
        boolean fromHistory = offset <= historyLast;
        if (offset >= historyLast) {
            historyLast = -1; // this task's history ends with this record
        }
        long nowMs = fromHistory ? context().currentStreamTimeMs() : nowMs();
        try {
            process(record, nowMs);
        } finally {
            if (fromHistory) {
                checkByStreamTime(nowMs);
            }
        }
    }

    private void process(Record<String, ComplaintEvent> record, long nowMs) {
        ComplaintEvent event = record.value();
        String complaintId = event.getComplaintId();
        ComplaintLedger ledger = ledgers.get(complaintId);
        if (ledger == null) {
            ledger = ComplaintLedger.newBuilder().setComplaintId(complaintId).setFacts(new ArrayList<>())
                    .setAlerted(new ArrayList<>()).setAlertedAt(Map.of()).setContributions(Map.of()).build();
        } else {
            LedgerFact recorded = recordedFact(ledger, event.getEventId());
            if (recorded != null) {
                sameEventIdConflict(recorded, event).ifPresent(reason -> {
                    throw new RejectedEventException(complaintId, reason);
                });
                return; // the same event again (a retry, a re-import): already applied
            }
        }
        List<ComplaintFact> facts = LedgerFacts.toDomain(ledger);
        LedgerFact stored = LedgerFacts.of(event);
        ComplaintFact fact = LedgerFacts.toDomain(complaintId, stored);
        clock.rejectReason(facts, fact).ifPresent(reason -> {
            throw new RejectedEventException(complaintId, reason);
        });
        int at = LedgerFacts.canonicalPosition(facts, fact);
        facts.add(at, fact);
        List<LedgerFact> ledgerFacts = new ArrayList<>(ledger.getFacts());
        ledgerFacts.add(at, stored);
        ledger.setFacts(ledgerFacts);
        refresh(complaintId, ledger, facts, nowMs, true);
    }

    private static LedgerFact recordedFact(ComplaintLedger ledger, String eventId) {
        for (LedgerFact f : ledger.getFacts()) {
            if (f.getEventId().equals(eventId)) {
                return f;
            }
        }
        return null;
    }

    /**
     * An event whose eventId the complaint already holds for a different step (another type, stage or time) is not
     * a repeat: a source that reuses ids would otherwise lose it without a trace (a RESPONDED dropped behind an
     * ACKNOWLEDGED, and a response alerted overdue). It is refused to the dead-letter topic naming both; the same step
     * sent again (any other field changed, e.g. a resident id masked since by an erasure) is still a repeat.
     */
    static Optional<String> sameEventIdConflict(LedgerFact recorded, ComplaintEvent event) {
        if (recorded.getType().equals(event.getType().name()) && recorded.getStage() == event.getStage()
                && recorded.getOccurredAt().equals(event.getOccurredAt())) {
            return Optional.empty();
        }
        return Optional.of("eventId: " + event.getEventId() + " is already recorded for another event of this complaint ("
                + recorded.getType() + " stage " + recorded.getStage() + " at " + recorded.getOccurredAt() + "); this "
                + event.getType() + " stage " + event.getStage() + " at " + event.getOccurredAt()
                + " is not applied: give each event its own eventId, or none (one is derived from the content)");
    }

    /** The punctuation: wall clock, or stream time with {@code --clock event}. */
    private void checkDueComplaints(long timestampMs) {
        if (settings.clock() == ClockMode.WALL && historyLast >= 0) {
            return; // history is checked by stream time as its records are processed
        }
        if (settings.clock() == ClockMode.EVENT && settings.dateOf(timestampMs).equals(lastChecked)) {
            return; // every index entry written since the last check is dated after it
        }
        checkDue(timestampMs);
    }

    /** A history record processed: the due complaints are checked once per stream-time date, as with {@code --clock event}. */
    private void checkByStreamTime(long streamMs) {
        if (streamMs >= 0 && (lastChecked == null || settings.dateOf(streamMs).isAfter(lastChecked))) {
            checkDue(streamMs);
        }
    }

    private void checkDue(long timestampMs) {
        LocalDate today = settings.dateOf(timestampMs);
        lastChecked = today;
        for (KeyValue<String, String> due : index.dueBefore(today.plusDays(1))) {
            ComplaintLedger ledger = ledgers.get(due.value);
            if (ledger == null || !due.key.equals(ledger.getIndexKey())) {
                index.remove(due.key);
                continue;
            }
            refresh(due.value, ledger, LedgerFacts.toDomain(ledger), timestampMs, false);
        }
    }

    private void refresh(String complaintId, ComplaintLedger ledger, List<ComplaintFact> facts, long nowMs, boolean newFact) {
        LocalDate today = settings.dateOf(nowMs);
        var evaluation = clock.evaluate(complaintId, facts, today, Instant.ofEpochMilli(nowMs));
        index.remove(ledger.getIndexKey());
        ledger.setIndexKey(null);
        if (evaluation.isEmpty()) {
            holdOrDeadLetter(complaintId, ledger, today, nowMs);
            return;
        }
        ledger.setHeldSince(null);
        publishStateIfChanged(complaintId, ledger, evaluation.get().state(), nowMs);
        List<String> alerted = new ArrayList<>(ledger.getAlerted());
        Map<String, Long> alertedAt = new java.util.HashMap<>(ledger.getAlertedAt());
        for (DeadlineAlert alert : evaluation.get().alerts()) {
            String flag = alert.getStage() + ":" + alert.getKind();
            if (!alerted.contains(flag)) {
                alerted.add(flag);
                alertedAt.put(flag, nowMs);
                var headers = new RecordHeaders();
                headers.add(Topics.ALERT_KIND_HEADER, alert.getKind().name().getBytes(StandardCharsets.UTF_8));
                context().forward(new Record<String, SpecificRecord>(complaintId, alert, nowMs, headers));
            }
        }
        ledger.setAlerted(alerted);
        ledger.setAlertedAt(alertedAt);
        if (newFact) {
            listener.onNewFact(ledger, evaluation.get().view(), facts, nowMs);
        }
        evaluation.get().nextCheck().filter(date -> date.isAfter(today)).ifPresent(date -> indexAt(complaintId, ledger, date));
        ledgers.put(complaintId, ledger);
    }

    /** No RECEIVED yet: hold the facts for the grace period, then dead-letter them as events for an unknown complaint. */
    private void holdOrDeadLetter(String complaintId, ComplaintLedger ledger, LocalDate today, long nowMs) {
        LocalDate firstSeen = ledger.getHeldSince() == null ? today : ledger.getHeldSince();
        ledger.setHeldSince(firstSeen);
        LocalDate giveUpOn = firstSeen.plusDays(ORPHAN_GRACE_DAYS);
        if (today.isBefore(giveUpOn)) {
            indexAt(complaintId, ledger, giveUpOn);
            ledgers.put(complaintId, ledger);
            return;
        }
        String reason = "complaint " + complaintId + ": no RECEIVED event for this complaint within " + ORPHAN_GRACE_DAYS
                + " days of its first event (unknown complaint)";
        for (LedgerFact fact : ledger.getFacts()) {
            context().forward(new Record<String, SpecificRecord>(complaintId, LedgerFacts.toEvent(complaintId, fact), nowMs,
                    DeadLetterHeaders.of(reason, settings.topics().complaintEvents.name())));
        }
        listener.onRemoved(ledger, nowMs);
        ledgers.delete(complaintId);
    }

    private void indexAt(String complaintId, ComplaintLedger ledger, LocalDate date) {
        ledger.setIndexKey(DateIndex.key(date, complaintId));
        index.put(ledger.getIndexKey(), complaintId);
    }

    private void publishStateIfChanged(String complaintId, ComplaintLedger ledger, DeadlineState state, long nowMs) {
        DeadlineState previous = ledger.getState();
        if (previous != null && sameButUpdatedAt(previous, state)) {
            return;
        }
        ledger.setState(state);
        context().forward(new Record<String, SpecificRecord>(complaintId, state, nowMs));
    }

    /** Whether two states differ in nothing but updatedAt (compared without copying either: {@code next} is put back). */
    static boolean sameButUpdatedAt(DeadlineState previous, DeadlineState next) {
        Instant updatedAt = next.getUpdatedAt();
        next.setUpdatedAt(previous.getUpdatedAt());
        try {
            return previous.equals(next);
        } finally {
            next.setUpdatedAt(updatedAt);
        }
    }

    private long nowMs() {
        return settings.clock() == ClockMode.WALL ? context().currentSystemTimeMs() : context().currentStreamTimeMs();
    }
}
