package io.complaintstreams.streams.classification;

import complaintstreams.events.Contact;
import complaintstreams.events.ServiceRequest;
import complaintstreams.events.Signal;
import complaintstreams.events.SignalAction;
import complaintstreams.events.SignalSource;
import complaintstreams.state.RequestLedgerFact;
import complaintstreams.state.RequestLedgerInput;
import complaintstreams.state.ServiceRequestLedger;
import io.complaintstreams.domain.calendar.WorkingDayCalendar;
import io.complaintstreams.privacy.TextVault;
import io.complaintstreams.streams.TopologySettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service-request ledger (keyed by requestId): one entry per request holding its facts, which are also its
 * duplicate-event check (a repeated eventId is dropped before any text is opened), the chasing rule's state and,
 * through the {@link RequestLedgerListener}, its contributions to the aggregates. Each new status change or contact
 * about the request is classified here, once, and its signal forwarded keyed by residentId; the 3rd contact about
 * an open request within 20 working days adds an OFFER_COMPLAINT chasing signal (signalId
 * {@code chasing:REQUEST:CONTACT_EVENT_ID}, derived from the 3rd contact, so stable). With no {@link SignalFactory}
 * (aggregates without classification) it only keeps the facts and their contributions. A status change that would
 * merge another landlord's request or has a dueAt before the request was opened is dead-lettered with the reason
 * ({@link ServiceRequestChecks}) and changes nothing.
 */
final class RequestLedgerProcessor extends ContextualProcessor<String, RequestLedgerInput, String, Signal> {
    private static final Logger LOG = LoggerFactory.getLogger(RequestLedgerProcessor.class);
    private final TopologySettings settings;
    private final WorkingDayCalendar calendar;
    private final SignalFactory signals;
    private final Function<ProcessorContext<String, Signal>, TextVault> vaults;
    private final RequestLedgerListener listener;
    private KeyValueStore<String, ServiceRequestLedger> ledgers;
    private TextVault vault;
    private boolean warnedClearText;

    RequestLedgerProcessor(TopologySettings settings, WorkingDayCalendar calendar, SignalFactory signals,
                           Function<ProcessorContext<String, Signal>, TextVault> vaults, RequestLedgerListener listener) {
        this.settings = settings;
        this.calendar = calendar;
        this.signals = signals;
        this.vaults = vaults;
        this.listener = listener;
    }

    @Override
    public void init(ProcessorContext<String, Signal> context) {
        super.init(context);
        ledgers = context.getStateStore(RequestLedgerTopology.STORE);
        vault = vaults == null ? TextVault.none() : vaults.apply(context);
        listener.init(context);
    }

    @Override
    public void process(Record<String, RequestLedgerInput> record) {
        RequestLedgerInput in = record.value();
        if (in == null) {
            return;
        }
        String requestId = in.getServiceRequest() != null ? in.getServiceRequest().getRequestId() : record.key();
        if (requestId == null) {
            return;
        }
        ServiceRequestLedger ledger = ledgers.get(requestId);
        if (ledger == null) {
            ledger = new ServiceRequestLedger(requestId, new ArrayList<>(), null, new ArrayList<>(), Map.of());
        }
        boolean added;
        if (in.getServiceRequest() != null) {
            added = statusChange(ledger, in.getServiceRequest(), record);
        } else if (in.getContact() != null) {
            added = contact(ledger, in.getContact(), record);
        } else {
            added = in.getLink() != null && addFact(ledger, in.getLink());
        }
        if (added) {
            listener.onNewFact(ledger);
            ledgers.put(requestId, ledger);
        }
    }

    private boolean statusChange(ServiceRequestLedger ledger, ServiceRequest r, Record<String, RequestLedgerInput> record) {
        ServiceRequestChecks.rejectReason(ledger.getFacts(), r, settings.zone()).ifPresent(reason -> {
            throw new RejectedRequestException(reason);
        });
        RequestLedgerFact fact = RequestLedgerFacts.of(r);
        if (!addFact(ledger, fact)) {
            return false;
        }
        RequestState chasing = chasingOf(ledger);
        chasing.updateStatus(r.getStatus().name());
        keep(ledger, chasing);
        classify(ledger, SourceRecord.of(r, vault), r, record);
        return true;
    }

    private boolean contact(ServiceRequestLedger ledger, Contact c, Record<String, RequestLedgerInput> record) {
        if (!addFact(ledger, RequestLedgerFacts.of(c))) {
            return false;
        }
        Optional<Signal> signal = classify(ledger, SourceRecord.of(c, vault), c, record);
        RequestState chasing = chasingOf(ledger);
        // a contact with nothing to classify (no text) is not counted, as before the ledger
        if (signal.isPresent() && !chasing.isClosed()) {
            Signal s = signal.get();
            // A chase whose own text already reads as dissatisfied has its own signal; a second would repeat it.
            if (chasing.countContact(c.getEventId(), settings.dateOf(s.getOccurredAt()), calendar) && !s.getDissatisfied()) {
                Signal chase = chasingSignal(ledger.getRequestId(), c.getEventId(), s);
                context().forward(record.withKey(chase.getResidentId()).withValue(chase));
            }
            keep(ledger, chasing);
        }
        return true;
    }

    /** Classifies a new record once and forwards its signal; a RAISE_COMPLAINT signal is a link (Code 1.5). */
    private Optional<Signal> classify(ServiceRequestLedger ledger, SourceRecord source, Object value,
                                      Record<String, RequestLedgerInput> record) {
        if (signals == null) {
            return Optional.empty();
        }
        warnOnceIfClear(value);
        Optional<Signal> signal = signals.signalFor(source);
        signal.ifPresent(s -> {
            context().forward(record.withKey(s.getResidentId()).withValue(s));
            if (s.getAction() == SignalAction.RAISE_COMPLAINT) {
                addFact(ledger, RequestLedgerFacts.link(s));
            }
        });
        return signal;
    }

    private static boolean addFact(ServiceRequestLedger ledger, RequestLedgerFact fact) {
        for (RequestLedgerFact f : ledger.getFacts()) {
            if (f.getFactId().equals(fact.getFactId())) {
                return false;
            }
        }
        List<RequestLedgerFact> facts = new ArrayList<>(ledger.getFacts());
        facts.add(fact);
        ledger.setFacts(facts);
        return true;
    }

    private static RequestState chasingOf(ServiceRequestLedger ledger) {
        return new RequestState(ledger.getChasingStatus(), ledger.getChasingContacts());
    }

    private static void keep(ServiceRequestLedger ledger, RequestState chasing) {
        ledger.setChasingStatus(chasing.status());
        ledger.setChasingContacts(new ArrayList<>(chasing.contacts()));
    }

    private void warnOnceIfClear(Object value) {
        if (!warnedClearText && ClearText.in(value)) {
            warnedClearText = true;
            LOG.warn("{} carries residents' free text in clear (task {}): its producer does not seal text, so erasure and retention "
                    + "cannot reach it; send through HTTP ingest, import or the Connect transform with the master key",
                    value instanceof Contact ? "crm.contacts" : "crm.service-requests", context().taskId());
        }
    }

    /** The request names one resident's record, and the ledger keeps one contact per eventId: the bare eventId is unique here. */
    private static Signal chasingSignal(String requestId, String contactEventId, Signal contact) {
        return Signal.newBuilder()
                .setSignalId("chasing:" + requestId + ":" + contactEventId)
                .setLandlordId(contact.getLandlordId())
                .setResidentId(contact.getResidentId())
                .setSource(SignalSource.contact)
                .setSourceId(contact.getSourceId())
                .setOccurredAt(contact.getOccurredAt())
                .setDissatisfied(true)
                .setThemes(List.copyOf(contact.getThemes()))
                .setAction(SignalAction.OFFER_COMPLAINT)
                .setConfidence(1.0)
                .setReasons(List.of("chasing: " + ordinal(RequestState.CHASING_CONTACTS)
                        + " contact about open service request " + requestId + " within "
                        + RequestState.CHASING_WINDOW_WORKING_DAYS + " working days"))
                .setServiceRequestId(requestId)
                .setTenure(contact.getTenure())
                .build();
    }

    private static String ordinal(int n) {
        return n + (n == 1 ? "st" : n == 2 ? "nd" : n == 3 ? "rd" : "th");
    }
}
