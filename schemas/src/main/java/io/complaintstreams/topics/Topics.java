package io.complaintstreams.topics;

import complaintstreams.events.AuditRecord;
import complaintstreams.events.ComplaintEvent;
import complaintstreams.events.Contact;
import complaintstreams.events.DeadlineAlert;
import complaintstreams.events.DeadlineState;
import complaintstreams.events.ServiceRequest;
import complaintstreams.events.Signal;
import complaintstreams.events.Survey;
import io.complaintstreams.schema.EventSerdes;
import java.util.List;
import java.util.Optional;

/**
 * The project's topics (CONTRACTS section 2), with an optional prefix applied to every name.
 * Immutable: build one per configuration.
 */
public final class Topics {
    public static final String CONTACTS = "crm.contacts";
    public static final String SERVICE_REQUESTS = "crm.service-requests";
    public static final String SURVEYS = "crm.surveys";
    public static final String COMPLAINT_EVENTS = "crm.complaint-events";
    public static final String SIGNALS = "complaints.signals";
    public static final String DEADLINES = "complaints.deadlines";
    public static final String ALERTS = "complaints.alerts";
    public static final String DEAD_LETTER = "complaints.dead-letter";
    /** Who read or resolved what (an addition to CONTRACTS section 2): AuditRecord, keyed by principal. */
    public static final String AUDIT = "complaints.audit";
    /** Data protection (README "Data protection"): residents' data keys, compacted by keyId; a tombstone erases one. */
    public static final String RESIDENT_KEYS = "complaints.resident-keys";
    /** Erasure requests for the topology (resident id sealed); records deleted after {@link #ERASURE_REQUESTS_RETENTION_MS}. */
    public static final String ERASURE_REQUESTS = "complaints.erasure-requests";
    /** The audit record of every erasure, without the resident id; kept. */
    public static final String ERASURE_AUDIT = "complaints.erasure-audit";
    /** 30 days: long enough for a stopped topology to catch up, short enough that no request lingers. */
    public static final long ERASURE_REQUESTS_RETENTION_MS = 30L * 24 * 60 * 60 * 1000;

    /** An officer's resolution of an alert (CONTRACTS section 2): AlertResolution, keyed by alertId. */
    public static final String ALERT_RESOLUTIONS = "complaints.alert-resolutions";
    /**
     * Cases at the Housing Ombudsman (an addition to CONTRACTS section 2, issue 15): OmbudsmanEvent keyed by complaintId:
     * referral, determination and findings, each order with its due date, its completion.
     */
    public static final String OMBUDSMAN_CASES = "crm.ombudsman-cases";

    /** Header on {@code complaints.alerts} holding the alert kind as text. */
    public static final String ALERT_KIND_HEADER = "alert-kind";

    private final String prefix;
    public final Topic<Contact> contacts;
    public final Topic<ServiceRequest> serviceRequests;
    public final Topic<Survey> surveys;
    public final Topic<ComplaintEvent> complaintEvents;
    public final Topic<Signal> signals;
    public final Topic<DeadlineState> deadlines;
    public final Topic<DeadlineAlert> alerts;
    public final Topic<AuditRecord> audit;
    public final Topic<complaintstreams.privacy.ResidentKey> residentKeys;
    public final Topic<complaintstreams.privacy.ErasureRequest> erasureRequests;
    public final Topic<complaintstreams.privacy.ErasureAudit> erasureAudit;
    public final Topic<complaintstreams.events.AlertResolution> alertResolutions;
    public final Topic<complaintstreams.events.OmbudsmanEvent> ombudsmanCases;

    public Topics(String prefix) {
        this.prefix = prefix == null ? "" : prefix;
        contacts = topic(CONTACTS, EventSerdes.CONTACT);
        serviceRequests = topic(SERVICE_REQUESTS, EventSerdes.SERVICE_REQUEST);
        surveys = topic(SURVEYS, EventSerdes.SURVEY);
        complaintEvents = topic(COMPLAINT_EVENTS, EventSerdes.COMPLAINT_EVENT);
        signals = topic(SIGNALS, EventSerdes.SIGNAL);
        deadlines = topic(DEADLINES, EventSerdes.DEADLINE_STATE);
        alerts = topic(ALERTS, EventSerdes.DEADLINE_ALERT);
        audit = topic(AUDIT, EventSerdes.AUDIT_RECORD);
        residentKeys = topic(RESIDENT_KEYS, EventSerdes.RESIDENT_KEY);
        erasureRequests = topic(ERASURE_REQUESTS, EventSerdes.ERASURE_REQUEST);
        erasureAudit = topic(ERASURE_AUDIT, EventSerdes.ERASURE_AUDIT);
        alertResolutions = topic(ALERT_RESOLUTIONS, EventSerdes.ALERT_RESOLUTION);
        ombudsmanCases = topic(OMBUDSMAN_CASES, EventSerdes.OMBUDSMAN_EVENT);
    }

    public static Topics unprefixed() {
        return new Topics("");
    }

    public String prefix() {
        return prefix;
    }

    public String deadLetter() {
        return prefix + DEAD_LETTER;
    }

    /**
     * All project topic names, prefixed: the eight of CONTRACTS section 2, complaints.audit, the data-protection topics,
     * complaints.alert-resolutions, then crm.ombudsman-cases.
     */
    public List<String> allNames() {
        return List.of(contacts.name(), serviceRequests.name(), surveys.name(), complaintEvents.name(),
                signals.name(), deadlines.name(), alerts.name(), deadLetter(), audit.name(), residentKeys.name(),
                erasureRequests.name(), erasureAudit.name(), alertResolutions.name(), ombudsmanCases.name());
    }

    /** The typed descriptor for a topic name given with or without the prefix; empty for the dead-letter topic. */
    public Optional<Topic<?>> byName(String name) {
        for (Topic<?> t : List.of(contacts, serviceRequests, surveys, complaintEvents, signals, deadlines, alerts, audit,
                residentKeys, erasureRequests, erasureAudit, alertResolutions, ombudsmanCases)) {
            if (t.name().equals(name) || t.baseName().equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private <V extends org.apache.avro.specific.SpecificRecord> Topic<V> topic(
            String base, io.complaintstreams.schema.SingleObjectSerde<V> serde) {
        return new Topic<>(prefix + base, base, serde);
    }
}
