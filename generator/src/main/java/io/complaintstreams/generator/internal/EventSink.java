package io.complaintstreams.generator.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.complaintstreams.generator.GeneratedEvent;
import io.complaintstreams.generator.Topics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds one home's events with the fields of CONTRACTS section 2, numbering eventIds, and dropping anything
 * at or after the end of the period (so a year's file holds complaints still open at its end).
 */
public final class EventSink {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String eventIdPrefix;
    private final String landlordId;
    private final Home home;
    private final Instant cutoff;
    private final List<GeneratedEvent> events = new ArrayList<>();
    private int counter;
    private int ombudsmanCounter;

    public EventSink(String eventIdPrefix, String landlordId, Home home, Instant cutoff) {
        this.eventIdPrefix = eventIdPrefix;
        this.landlordId = landlordId;
        this.home = home;
        this.cutoff = cutoff;
    }

    public List<GeneratedEvent> events() {
        return events;
    }

    public Home home() {
        return home;
    }

    public void contact(String contactId, Instant at, String channel, String text, String serviceRequestId,
                        String representative) {
        ObjectNode json = base("contactId", contactId, at);
        json.put("channel", channel);
        json.put("text", text);
        json.put("propertyId", home.propertyId());
        putIfPresent(json, "serviceRequestId", serviceRequestId);
        putIfPresent(json, "representative", representative);
        add(Topics.CONTACTS, contactId, at, json);
    }

    public void serviceRequest(String requestId, Instant at, String status, String category, String text,
                               String priority, Instant dueAt) {
        ObjectNode json = base("requestId", requestId, at);
        json.put("status", status);
        json.put("category", category);
        putIfPresent(json, "text", text);
        json.put("propertyId", home.propertyId());
        json.put("priority", priority);
        json.put("dueAt", dueAt.toString());
        add(Topics.SERVICE_REQUESTS, requestId, at, json);
    }

    public void survey(String surveyId, Instant at, String kind, int score, String comment, String serviceRequestId,
                       String complaintId) {
        ObjectNode json = base("surveyId", surveyId, at);
        json.put("kind", kind);
        json.put("score", score);
        putIfPresent(json, "comment", comment);
        putIfPresent(json, "serviceRequestId", serviceRequestId);
        putIfPresent(json, "complaintId", complaintId);
        add(Topics.SURVEYS, surveyId, at, json);
    }

    /** A complaint event with the common fields; the caller adds the optional ones to the returned node. */
    public ObjectNode complaintEvent(String complaintId, Instant at, String type, int stage) {
        ObjectNode json = base("complaintId", complaintId, at);
        json.put("type", type);
        json.put("stage", stage);
        add(Topics.COMPLAINT_EVENTS, complaintId, at, json);
        return json;
    }

    /**
     * An Ombudsman case event (crm.ombudsman-cases), keyed by complaintId; its eventIds have their own counter so the
     * other topics' eventIds do not move.
     */
    public ObjectNode ombudsmanEvent(String caseId, String complaintId, Instant at, String type) {
        ObjectNode json = NODES.objectNode();
        json.put("eventId", eventIdPrefix + "om" + ombudsmanCounter++);
        json.put("caseId", caseId);
        json.put("complaintId", complaintId);
        json.put("landlordId", landlordId);
        json.put("residentId", home.residentId());
        json.put("type", type);
        json.put("occurredAt", at.toString());
        json.put("tenure", home.tenure());
        add(Topics.OMBUDSMAN_CASES, complaintId, at, json);
        return json;
    }

    private ObjectNode base(String idField, String id, Instant at) {
        ObjectNode json = NODES.objectNode();
        json.put("eventId", eventIdPrefix + counter++);
        json.put(idField, id);
        json.put("landlordId", landlordId);
        json.put("residentId", home.residentId());
        json.put("occurredAt", at.toString());
        json.put("tenure", home.tenure());
        return json;
    }

    private void add(String topic, String key, Instant at, ObjectNode json) {
        if (at.isBefore(cutoff)) {
            events.add(new GeneratedEvent(topic, key, at, json));
        }
    }

    private static void putIfPresent(ObjectNode json, String field, String value) {
        if (value != null) {
            json.put(field, value);
        }
    }
}
