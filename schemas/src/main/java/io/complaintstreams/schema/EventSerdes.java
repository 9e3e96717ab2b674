package io.complaintstreams.schema;

import complaintstreams.events.AuditRecord;
import complaintstreams.events.ComplaintEvent;
import complaintstreams.events.Contact;
import complaintstreams.events.DeadlineAlert;
import complaintstreams.events.DeadlineState;
import complaintstreams.events.ServiceRequest;
import complaintstreams.events.Signal;
import complaintstreams.events.Survey;

/** One immutable serde per event type. */
public final class EventSerdes {
    public static final SingleObjectSerde<Contact> CONTACT = new SingleObjectSerde<>(Contact.class, Contact.getClassSchema());
    public static final SingleObjectSerde<ServiceRequest> SERVICE_REQUEST =
            new SingleObjectSerde<>(ServiceRequest.class, ServiceRequest.getClassSchema());
    public static final SingleObjectSerde<Survey> SURVEY = new SingleObjectSerde<>(Survey.class, Survey.getClassSchema());
    public static final SingleObjectSerde<ComplaintEvent> COMPLAINT_EVENT =
            new SingleObjectSerde<>(ComplaintEvent.class, ComplaintEvent.getClassSchema());
    public static final SingleObjectSerde<Signal> SIGNAL = new SingleObjectSerde<>(Signal.class, Signal.getClassSchema());
    public static final SingleObjectSerde<DeadlineState> DEADLINE_STATE =
            new SingleObjectSerde<>(DeadlineState.class, DeadlineState.getClassSchema());
    public static final SingleObjectSerde<DeadlineAlert> DEADLINE_ALERT =
            new SingleObjectSerde<>(DeadlineAlert.class, DeadlineAlert.getClassSchema());

    public static final SingleObjectSerde<complaintstreams.events.AlertResolution> ALERT_RESOLUTION =
            new SingleObjectSerde<>(complaintstreams.events.AlertResolution.class, complaintstreams.events.AlertResolution.getClassSchema());

    public static final SingleObjectSerde<AuditRecord> AUDIT_RECORD =
            new SingleObjectSerde<>(AuditRecord.class, AuditRecord.getClassSchema());
    public static final SingleObjectSerde<complaintstreams.privacy.ResidentKey> RESIDENT_KEY =
            new SingleObjectSerde<>(complaintstreams.privacy.ResidentKey.class, complaintstreams.privacy.ResidentKey.getClassSchema());
    public static final SingleObjectSerde<complaintstreams.privacy.ErasureRequest> ERASURE_REQUEST =
            new SingleObjectSerde<>(complaintstreams.privacy.ErasureRequest.class, complaintstreams.privacy.ErasureRequest.getClassSchema());
    public static final SingleObjectSerde<complaintstreams.privacy.ErasureAudit> ERASURE_AUDIT =
            new SingleObjectSerde<>(complaintstreams.privacy.ErasureAudit.class, complaintstreams.privacy.ErasureAudit.getClassSchema());

    public static final SingleObjectSerde<complaintstreams.events.OmbudsmanEvent> OMBUDSMAN_EVENT =
            new SingleObjectSerde<>(complaintstreams.events.OmbudsmanEvent.class, complaintstreams.events.OmbudsmanEvent.getClassSchema());

    private EventSerdes() {}
}
