package io.complaintstreams.ingest;

import io.complaintstreams.topics.Topic;
import io.complaintstreams.topics.Topics;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.avro.specific.SpecificRecordBase;

/** The kinds of input event (the contract's four and the Ombudsman cases): their URL path segment, input topic and key field. */
public enum EventKind {
    CONTACTS("contacts", Topics.CONTACTS, "contactId", new ContactParser(),
            Set.of("eventId", "tenure", "contactId", "landlordId", "residentId", "channel", "occurredAt", "text",
                    "propertyId", "serviceRequestId", "representative")),
    SERVICE_REQUESTS("service-requests", Topics.SERVICE_REQUESTS, "requestId", new ServiceRequestParser(),
            Set.of("eventId", "tenure", "requestId", "landlordId", "residentId", "occurredAt", "status", "category", "text",
                    "propertyId", "priority", "dueAt")),
    SURVEYS("surveys", Topics.SURVEYS, "surveyId", new SurveyParser(),
            Set.of("eventId", "tenure", "surveyId", "landlordId", "residentId", "occurredAt", "kind", "score", "comment",
                    "serviceRequestId", "complaintId")),
    COMPLAINT_EVENTS("complaint-events", Topics.COMPLAINT_EVENTS, "complaintId", new ComplaintEventParser(),
            Set.of("eventId", "tenure", "complaintId", "landlordId", "residentId", "type", "stage", "occurredAt",
                    "extensionWorkingDays", "handlerId", "outcome", "category", "themes", "remedyAmount", "reason")),
    /** Cases at the Housing Ombudsman (an addition to the contract, issue 15). */
    OMBUDSMAN_CASES("ombudsman-cases", Topics.OMBUDSMAN_CASES, "complaintId", new OmbudsmanEventParser(),
            Set.of("eventId", "caseId", "complaintId", "landlordId", "residentId", "type", "occurredAt", "findings",
                    "orderId", "order", "orderDueOn", "amount"));

    private final String pathSegment;
    private final String baseTopic;
    private final String keyField;
    private final EventParser<? extends SpecificRecordBase> parser;
    private final Set<String> fieldNames;

    EventKind(String pathSegment, String baseTopic, String keyField, EventParser<? extends SpecificRecordBase> parser,
            Set<String> fieldNames) {
        this.pathSegment = pathSegment;
        this.baseTopic = baseTopic;
        this.keyField = keyField;
        this.parser = parser;
        this.fieldNames = fieldNames;
    }

    /** The event's field names as the contract spells them (CONTRACTS.md section 2), e.g. {@code contactId}. */
    public Set<String> fieldNames() {
        return fieldNames;
    }

    /**
     * The contract's spelling of field {@code name} when it differs only in letter case ({@code ContactID} is
     * {@code contactId}: a CRM's or spreadsheet's column heading), else {@code name} unchanged.
     */
    public String contractFieldName(String name) {
        if (fieldNames.contains(name)) {
            return name;
        }
        return fieldNames.stream().filter(f -> f.equalsIgnoreCase(name)).findFirst().orElse(name);
    }

    /** As in {@code POST /api/v1/events/{pathSegment}}. */
    public String pathSegment() {
        return pathSegment;
    }

    /** The topic name without prefix, e.g. {@code crm.contacts}. */
    public String baseTopic() {
        return baseTopic;
    }

    /** The field holding the Kafka key, e.g. {@code contactId}. */
    public String keyField() {
        return keyField;
    }

    public Topic<?> topic(Topics topics) {
        return topics.byName(baseTopic).orElseThrow();
    }

    EventParser<? extends SpecificRecordBase> parser() {
        return parser;
    }

    public static Optional<EventKind> fromPath(String segment) {
        for (EventKind kind : values()) {
            if (kind.pathSegment.equals(segment)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /**
     * The kind a file holds, from its name without extension: the path segment ({@code contacts}), the
     * topic name ({@code crm.contacts}) or a prefixed topic name ({@code test.crm.contacts}); case and
     * {@code _} for {@code -} do not matter.
     */
    public static Optional<EventKind> fromBaseName(String baseName) {
        String name = baseName.toLowerCase(Locale.ROOT).replace('_', '-');
        for (EventKind kind : values()) {
            if (name.equals(kind.pathSegment) || name.equals(kind.baseTopic) || name.endsWith("." + kind.baseTopic)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
