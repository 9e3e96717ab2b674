package io.complaintstreams.streams.classification;

import complaintstreams.events.Contact;
import complaintstreams.events.ServiceRequest;
import complaintstreams.events.Signal;
import complaintstreams.events.SignalSource;
import complaintstreams.events.Survey;
import complaintstreams.state.RequestLedgerFact;

/**
 * The facts a service request's ledger keeps, made from the records that name the request; factIds are
 * {@code sr:EVENTID}, {@code contact:EVENTID}, {@code signal:SIGNALID} and {@code survey:EVENTID}. No resident id
 * and no text are kept.
 */
public final class RequestLedgerFacts {
    public static final String SERVICE_REQUEST = "SERVICE_REQUEST";
    public static final String CONTACT = "CONTACT";
    public static final String SIGNAL = "SIGNAL";
    public static final String SURVEY = "SURVEY";

    private RequestLedgerFacts() {}

    // Every field is given to the constructor (factId, kind, occurredAt, landlordId, status, category, priority, dueAt,
    // complaintId, link): a builder would copy the schema's default of each field left unset, on every event.

    static RequestLedgerFact of(ServiceRequest r) {
        return new RequestLedgerFact("sr:" + r.getEventId(), SERVICE_REQUEST, r.getOccurredAt(), r.getLandlordId(),
                r.getStatus().name(), r.getCategory(), r.getPriority(), r.getDueAt(), null, false);
    }

    static RequestLedgerFact of(Contact c) {
        return new RequestLedgerFact("contact:" + c.getEventId(), CONTACT, c.getOccurredAt(), c.getLandlordId(),
                null, null, null, null, null, false);
    }

    /** A RAISE_COMPLAINT signal naming the request: the request became a complaint (Code 1.5). */
    static RequestLedgerFact link(Signal s) {
        return new RequestLedgerFact("signal:" + s.getSignalId(), SIGNAL, s.getOccurredAt(), s.getLandlordId(),
                null, null, null, null, null, true);
    }

    /** A survey naming the request and a complaint: the request became a complaint. */
    static RequestLedgerFact link(Survey s) {
        return new RequestLedgerFact("survey:" + s.getEventId(), SURVEY, s.getOccurredAt(), s.getLandlordId(),
                null, null, null, null, s.getComplaintId(), true);
    }

    /** The request a signal names: its serviceRequestId, or its sourceId when it classified a service request. */
    static String requestOf(Signal s) {
        return s.getServiceRequestId() != null ? s.getServiceRequestId()
                : s.getSource() == SignalSource.service_request ? s.getSourceId() : null;
    }
}
