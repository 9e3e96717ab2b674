package io.complaintstreams.streams.ombudsman;

import complaintstreams.events.AlertKind;
import complaintstreams.events.DeadlineAlert;
import complaintstreams.events.OmbudsmanEvent;
import complaintstreams.state.ComplaintLedger;
import complaintstreams.state.OmbudsmanCaseEntry;
import io.complaintstreams.domain.calendar.WorkingDayCalendar;
import io.complaintstreams.domain.ombudsman.OmbudsmanCase;
import io.complaintstreams.domain.ombudsman.OrderAlertRules;
import io.complaintstreams.streams.ClockMode;
import io.complaintstreams.streams.TopologySettings;
import io.complaintstreams.streams.deadline.DeadlineClockPart;
import io.complaintstreams.streams.deadline.RejectedEventException;
import io.complaintstreams.streams.internal.DateIndex;
import io.complaintstreams.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps each complaint's Ombudsman case (events, order alerts raised, next check) and raises
 * {@code OMBUDSMAN_ORDER_DUE_SOON} and {@code OMBUDSMAN_ORDER_OVERDUE} once per order: the flag is written to the
 * same store entry, in the same task and transaction, as the alert is forwarded. A repeated eventId changes nothing;
 * an event missing its case, landlord or order fields is dead-lettered (processing handler) naming the field.
 */
final class OmbudsmanOrderProcessor extends ContextualProcessor<String, OmbudsmanEvent, String, DeadlineAlert> {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private final TopologySettings settings;
    private final OrderAlertRules rules;
    private KeyValueStore<String, OmbudsmanCaseEntry> cases;
    private KeyValueStore<String, ComplaintLedger> ledgers;
    private DateIndex index;
    private LocalDate lastChecked;

    OmbudsmanOrderProcessor(TopologySettings settings) {
        this.settings = settings;
        this.rules = new OrderAlertRules(WorkingDayCalendar.englandAndWales(), OrderAlertRules.DEFAULT_DUE_SOON_WORKING_DAYS);
    }

    @Override
    public void init(ProcessorContext<String, DeadlineAlert> context) {
        super.init(context);
        cases = context.getStateStore(OmbudsmanPart.CASES_STORE);
        ledgers = context.getStateStore(DeadlineClockPart.LEDGER_STORE);
        index = new DateIndex(context.getStateStore(OmbudsmanPart.INDEX_STORE));
        context.schedule(settings.datePunctuationInterval(), settings.clock().punctuationType(), this::checkDueCases);
    }

    @Override
    public void process(Record<String, OmbudsmanEvent> record) {
        OmbudsmanEvent event = record.value();
        String reason = OmbudsmanFacts.toDomain(event).rejectReason();
        if (reason != null) {
            throw new RejectedEventException(event.getComplaintId(), "Ombudsman case event " + event.getEventId() + ": " + reason);
        }
        String complaintId = event.getComplaintId();
        OmbudsmanCaseEntry entry = cases.get(complaintId);
        if (entry == null) {
            entry = OmbudsmanCaseEntry.newBuilder().setComplaintId(complaintId).setFacts(new ArrayList<>())
                    .setAlerted(new ArrayList<>()).build();
        } else if (entry.getFacts().stream().anyMatch(f -> f.getEventId().equals(event.getEventId()))) {
            return;
        }
        if (!entry.getFacts().isEmpty() && !entry.getFacts().get(0).getLandlordId().equals(event.getLandlordId())) {
            throw new RejectedEventException(complaintId, "Ombudsman case event " + event.getEventId()
                    + ": landlordId contradicts the case's earlier events");
        }
        List<OmbudsmanEvent> facts = new ArrayList<>(entry.getFacts());
        facts.add(OmbudsmanEvent.newBuilder(event).setResidentId(null).build()); // the ledger holds the resident
        entry.setFacts(facts);
        refresh(complaintId, entry, nowMs());
    }

    private void checkDueCases(long timestampMs) {
        LocalDate today = settings.dateOf(timestampMs);
        if (settings.clock() == ClockMode.EVENT && today.equals(lastChecked)) {
            return;
        }
        lastChecked = today;
        for (KeyValue<String, String> due : index.dueBefore(today.plusDays(1))) {
            OmbudsmanCaseEntry entry = cases.get(due.value);
            if (entry == null || !due.key.equals(entry.getIndexKey())) {
                index.remove(due.key);
                continue;
            }
            refresh(due.value, entry, timestampMs);
        }
    }

    private void refresh(String complaintId, OmbudsmanCaseEntry entry, long nowMs) {
        LocalDate today = settings.dateOf(nowMs);
        OmbudsmanCase view = OmbudsmanCase.of(OmbudsmanFacts.toDomain(entry.getFacts()));
        List<String> alerted = new ArrayList<>(entry.getAlerted());
        for (OrderAlertRules.OrderAlert alert : rules.due(view, today)) {
            if (!alerted.contains(alert.flag())) {
                alerted.add(alert.flag());
                var headers = new RecordHeaders();
                headers.add(Topics.ALERT_KIND_HEADER, alert.kind().getBytes(StandardCharsets.UTF_8));
                context().forward(new Record<>(complaintId, alert(view, residentOf(complaintId), alert, Instant.ofEpochMilli(nowMs)),
                        nowMs, headers));
            }
        }
        entry.setAlerted(alerted);
        index.remove(entry.getIndexKey());
        entry.setIndexKey(null);
        rules.nextCheckDate(view, today).ifPresent(date -> {
            entry.setIndexKey(DateIndex.key(date, complaintId));
            index.put(entry.getIndexKey(), complaintId);
        });
        cases.put(complaintId, entry);
    }

    /**
     * The alert on {@code complaints.alerts}: {@code alertKind} holds the Ombudsman kind, {@code kind} the nearest kind
     * of schema v1 (RESPONSE_DUE_SOON / RESPONSE_OVERDUE) for readers that know only those, stage 0.
     */
    static DeadlineAlert alert(OmbudsmanCase view, String residentId, OrderAlertRules.OrderAlert alert, Instant now) {
        boolean overdue = alert.kind().equals(OrderAlertRules.OVERDUE);
        OmbudsmanCase.Order order = view.orders().stream().filter(o -> o.orderId().equals(alert.orderId())).findFirst().orElseThrow();
        String what = order.order() == null ? "" : " (" + order.order() + ")";
        String message = "Housing Ombudsman order " + alert.orderId() + what + " on case " + view.caseId() + ", complaint "
                + view.complaintId() + (overdue ? ", was due by " : ", is due by ") + DAY.format(alert.dueOn())
                + (overdue ? " and is not recorded as completed (Code 9.7 c)." : " (Code 9.7 c).");
        return DeadlineAlert.newBuilder()
                .setAlertId(view.complaintId() + ":ombudsman:" + alert.orderId() + ":" + alert.kind())
                .setKind(overdue ? AlertKind.RESPONSE_OVERDUE : AlertKind.RESPONSE_DUE_SOON)
                .setAlertKind(alert.kind()).setOrderId(alert.orderId()).setCaseId(view.caseId())
                .setComplaintId(view.complaintId()).setLandlordId(view.landlordId())
                .setResidentId(residentId).setStage(0).setDueOn(alert.dueOn())
                .setRaisedAt(now).setMessage(message)
                .build();
    }

    /** The complaint's resident from its ledger entry (masked after an erasure); empty when the complaint is unknown. */
    private String residentOf(String complaintId) {
        ComplaintLedger ledger = ledgers.get(complaintId);
        return ledger == null || ledger.getState() == null ? "" : ledger.getState().getResidentId();
    }

    private long nowMs() {
        return settings.clock() == ClockMode.WALL ? context().currentSystemTimeMs() : context().currentStreamTimeMs();
    }
}
