package io.complaintstreams.ingest;

import static io.complaintstreams.ingest.Fixtures.complaintEvent;
import static io.complaintstreams.ingest.Fixtures.contact;
import static io.complaintstreams.ingest.Fixtures.serviceRequest;
import static io.complaintstreams.ingest.Fixtures.survey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import complaintstreams.events.Channel;
import complaintstreams.events.ComplaintEvent;
import complaintstreams.events.Contact;
import complaintstreams.events.ServiceRequest;
import complaintstreams.events.ServiceRequestStatus;
import complaintstreams.events.Survey;
import complaintstreams.events.Tenure;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventParsersTest {
    private final EventParsers parsers = new EventParsers();

    @Test
    void shouldMapEveryKindWithItsKey() {
        Contact c = (Contact) parsers.parse(EventKind.CONTACTS, contact()).value();
        assertEquals(Channel.phone, c.getChannel());
        assertEquals(Instant.parse("2025-04-01T09:30:00Z"), c.getOccurredAt());
        assertEquals("p-9", c.getPropertyId());
        ServiceRequest sr = (ServiceRequest) parsers.parse(EventKind.SERVICE_REQUESTS, serviceRequest()).value();
        assertEquals(ServiceRequestStatus.OPEN, sr.getStatus());
        assertEquals(Instant.parse("2025-04-08T17:00:00Z"), sr.getDueAt());
        assertEquals(2, ((Survey) parsers.parse(EventKind.SURVEYS, survey()).value()).getScore());
        ParsedEvent ce = parsers.parse(EventKind.COMPLAINT_EVENTS, complaintEvent());
        assertEquals("cmp-1", ce.key());
        assertEquals(List.of("repairs", "damp_mould"), ((ComplaintEvent) ce.value()).getThemes());
        assertEquals(Tenure.LCRA, ((ComplaintEvent) ce.value()).getTenure());
        assertEquals("sr-1", parsers.parse(EventKind.SERVICE_REQUESTS, serviceRequest()).key());
    }

    @Test
    void shouldIgnoreUnknownFieldsAndTreatNullAsAbsent() {
        ObjectNode json = contact().put("crmInternal", 42);
        json.putNull("propertyId");
        Contact c = (Contact) parsers.parse(EventKind.CONTACTS, json).value();
        assertNull(c.getPropertyId());
    }

    @Test
    void shouldConvertOffsetDateTimeToInstant() {
        Contact c = (Contact) parsers.parse(EventKind.CONTACTS, contact().put("occurredAt", "2025-04-01T10:30:00+01:00")).value();
        assertEquals(Instant.parse("2025-04-01T09:30:00Z"), c.getOccurredAt());
    }

    @Test
    void shouldStripTheCategoryAndPriorityOfAServiceRequestAsTheMappedImportDoes() {
        ServiceRequest sr = (ServiceRequest) parsers.parse(EventKind.SERVICE_REQUESTS,
                serviceRequest().put("category", "  repairs ").put("priority", " urgent")).value();
        assertEquals("repairs", sr.getCategory());
        assertEquals("urgent", sr.getPriority());
        assertRejected(EventKind.SERVICE_REQUESTS, serviceRequest().put("category", "   "), "category", "must not be blank");
    }

    @Test
    void shouldRejectADueAtBeforeTheServiceRequestWasOpened() {
        assertRejected(EventKind.SERVICE_REQUESTS, serviceRequest().put("dueAt", "2020-01-01T00:00:00Z"), "dueAt",
                "before the request was opened (occurredAt 2025-04-01T09:30:00Z)");
        ServiceRequest sameDay = (ServiceRequest) parsers.parse(EventKind.SERVICE_REQUESTS,
                serviceRequest().put("dueAt", "2025-04-01T00:00:00Z")).value();
        assertEquals(Instant.parse("2025-04-01T00:00:00Z"), sameDay.getDueAt(), "due the day it was opened: accepted");
        ServiceRequest lateCompletion = (ServiceRequest) parsers.parse(EventKind.SERVICE_REQUESTS,
                serviceRequest().put("status", "COMPLETED").put("occurredAt", "2025-04-20T09:00:00Z")).value();
        assertEquals(ServiceRequestStatus.COMPLETED, lateCompletion.getStatus(), "a later change past its dueAt is not refused");
    }

    @Test
    void shouldNameMissingRequiredField() {
        ObjectNode json = contact();
        json.remove("residentId");
        assertRejected(EventKind.CONTACTS, json, "residentId", "is required");
    }

    @Test
    void shouldNameFirstBadFieldInContractOrder() {
        ObjectNode json = complaintEvent().put("stage", "one").put("occurredAt", "yesterday");
        json.remove("landlordId");
        assertRejected(EventKind.COMPLAINT_EVENTS, json, "landlordId", "is required");
    }

    @Test
    void shouldRejectWrongTypes() {
        assertRejected(EventKind.COMPLAINT_EVENTS, complaintEvent().put("stage", "one"), "stage", "must be an integer");
        assertRejected(EventKind.COMPLAINT_EVENTS, complaintEvent().put("stage", 1.5), "stage", "must be an integer");
        assertRejected(EventKind.CONTACTS, contact().put("contactId", 17), "contactId", "must be a string");
        assertRejected(EventKind.COMPLAINT_EVENTS, complaintEvent().put("themes", "repairs"), "themes", "must be an array");
        ObjectNode badTheme = complaintEvent();
        ((ArrayNode) badTheme.get("themes")).add(3);
        assertRejected(EventKind.COMPLAINT_EVENTS, badTheme, "themes[2]", "must be a non-blank string");
    }

    @Test
    void shouldRejectBadEnumValues() {
        assertRejected(EventKind.CONTACTS, contact().put("channel", "fax"), "channel", "must be one of phone, email");
        assertRejected(EventKind.CONTACTS, contact().put("tenure", "FREEHOLD"), "tenure", "must be one of LCRA, LCHO");
        assertRejected(EventKind.COMPLAINT_EVENTS, complaintEvent().put("type", "OPENED"), "type", "must be one of RECEIVED");
    }

    @Test
    void shouldAcceptEnumSymbolsInAnyCase() {
        Contact c = (Contact) parsers.parse(EventKind.CONTACTS, contact().put("channel", "EMAIL")).value();
        assertEquals(Channel.email, c.getChannel());
    }

    @Test
    void shouldRejectBadInstants() {
        assertRejected(EventKind.CONTACTS, contact().put("occurredAt", "2025-04-01"), "occurredAt", "ISO-8601 instant");
        assertRejected(EventKind.CONTACTS, contact().put("occurredAt", "2025-04-01T09:30:00"), "occurredAt", "ISO-8601 instant");
        assertRejected(EventKind.CONTACTS, contact().put("occurredAt", 1743500000000L), "occurredAt", "must be a string");
        assertRejected(EventKind.SERVICE_REQUESTS, serviceRequest().put("dueAt", "soon"), "dueAt", "ISO-8601 instant");
    }

    @Test
    void shouldRejectOutOfRangeNumbers() {
        assertRejected(EventKind.SURVEYS, survey().put("score", 0), "score", "from 1 to 5");
        assertRejected(EventKind.SURVEYS, survey().put("score", 6), "score", "from 1 to 5");
        assertRejected(EventKind.COMPLAINT_EVENTS, complaintEvent().put("stage", 3), "stage", "must be 1 or 2");
        assertRejected(EventKind.COMPLAINT_EVENTS, complaintEvent().put("type", "EXTENDED").put("extensionWorkingDays", -1),
                "extensionWorkingDays", "must be from 1 to 1000");
        assertRejected(EventKind.COMPLAINT_EVENTS, complaintEvent().put("remedyAmount", -5), "remedyAmount", "must be from 0 to");
    }

    @Test
    void shouldCheckStageAndExtensionAgainstType() {
        assertRejected(EventKind.COMPLAINT_EVENTS, complaintEvent().put("stage", 2), "stage", "must be 1 for type RECEIVED");
        assertRejected(EventKind.COMPLAINT_EVENTS, complaintEvent().put("type", "ESCALATED"), "stage", "must be 2 for type ESCALATED");
        assertRejected(EventKind.COMPLAINT_EVENTS, complaintEvent().put("type", "EXTENDED"), "extensionWorkingDays", "is required");
        ComplaintEvent ok = (ComplaintEvent) parsers.parse(EventKind.COMPLAINT_EVENTS,
                complaintEvent().put("type", "EXTENDED").put("extensionWorkingDays", 10)).value();
        assertEquals(10, ok.getExtensionWorkingDays());
    }

    @Test
    void shouldRejectBlankIdsButAllowEmptyText() {
        assertRejected(EventKind.CONTACTS, contact().put("contactId", "  "), "contactId", "must not be blank");
        assertEquals("", ((Contact) parsers.parse(EventKind.CONTACTS, contact().put("text", "")).value()).getText());
    }

    @Test
    void shouldPrefixArrayIndexToFieldOfBadItem() {
        ArrayNode array = Fixtures.JSON.createArrayNode().add(contact()).add(contact()).add(contact().put("channel", "fax"));
        ValidationException e = assertThrows(ValidationException.class, () -> parsers.parseAll(EventKind.CONTACTS, array));
        assertEquals("[2].channel", e.field());
        ArrayNode notObjects = Fixtures.JSON.createArrayNode().add(contact()).add("text");
        assertEquals("[1]", assertThrows(ValidationException.class, () -> parsers.parseAll(EventKind.CONTACTS, notObjects)).field());
    }

    @Test
    void shouldRejectBodyThatIsNeitherObjectNorArray() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> parsers.parseAll(EventKind.CONTACTS, Fixtures.JSON.getNodeFactory().textNode("x")));
        assertEquals("body", e.field());
    }

    @Test
    void shouldKeepGivenEventId() {
        ParsedEvent event = parsers.parse(EventKind.SURVEYS, survey().put("eventId", "crm-77"));
        assertEquals("crm-77", event.eventId());
    }

    private void assertRejected(EventKind kind, ObjectNode json, String field, String reasonPart) {
        ValidationException e = assertThrows(ValidationException.class, () -> parsers.parse(kind, json));
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.error().contains(reasonPart), e.error());
        assertTrue(e.error().startsWith("'" + field + "'"), e.error());
    }
}
