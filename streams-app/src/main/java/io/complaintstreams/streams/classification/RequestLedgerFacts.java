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

    static RequestLedgerFact of(ServiceRequest r) {
        return RequestLedgerFact.newBuilder().setFactId("sr:" + r.getEventId()).setKind(SERVICE_REQUEST)
                .setOccurredAt(r.getOccurredAt()).setLandlordId(r.getLandlordId()).setStatus(r.getStatus().name())
                .setCategory(r.getCategory()).setPriority(r.getPriority()).setDueAt(r.getDueAt()).setLink(false).build();
    }

    static RequestLedgerFact of(Contact c) {
        return RequestLedgerFact.newBuilder().setFactId("contact:" + c.getEventId()).setKind(CONTACT)
                .setOccurredAt(c.getOccurredAt()).setLandlordId(c.getLandlordId()).setLink(false).build();
    }

    /** A RAISE_COMPLAINT signal naming the request: the request became a complaint (Code 1.5). */
    static RequestLedgerFact link(Signal s) {
        return RequestLedgerFact.newBuilder().setFactId("signal:" + s.getSignalId()).setKind(SIGNAL)
                .setOccurredAt(s.getOccurredAt()).setLandlordId(s.getLandlordId()).setLink(true).build();
    }

    /** A survey naming the request and a complaint: the request became a complaint. */
    static RequestLedgerFact link(Survey s) {
        return RequestLedgerFact.newBuilder().setFactId("survey:" + s.getEventId()).setKind(SURVEY)
                .setOccurredAt(s.getOccurredAt()).setLandlordId(s.getLandlordId()).setComplaintId(s.getComplaintId())
                .setLink(true).build();
    }

    /** The request a signal names: its serviceRequestId, or its sourceId when it classified a service request. */
    static String requestOf(Signal s) {
        return s.getServiceRequestId() != null ? s.getServiceRequestId()
                : s.getSource() == SignalSource.service_request ? s.getSourceId() : null;
    }
}
