package io.complaintstreams.ingest;

import static io.complaintstreams.ingest.Fixtures.complaintEvent;
import static io.complaintstreams.ingest.Fixtures.contact;
import static io.complaintstreams.ingest.Fixtures.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EventIdsTest {
    private final EventParsers parsers = new EventParsers();

    private String id(EventKind kind, com.fasterxml.jackson.databind.JsonNode json) {
        return parsers.parse(kind, json).eventId();
    }

    @Test
    void shouldDeriveSameIdForSameContent() {
        assertEquals(id(EventKind.CONTACTS, contact()), id(EventKind.CONTACTS, contact()));
    }

    @Test
    void shouldBeCompactSha256Prefix() {
        assertTrue(id(EventKind.CONTACTS, contact()).matches("sha256:[0-9a-f]{32}"));
    }

    @Test
    void shouldIgnoreFieldOrderWhitespaceUnknownFieldsAndOffsetNotation() {
        String a = id(EventKind.SURVEYS, object("""
                {"surveyId":"s-1","landlordId":"L1","residentId":"r-1","occurredAt":"2025-04-01T09:30:00Z","kind":"TRANSACTIONAL","score":2}"""));
        String b = id(EventKind.SURVEYS, object("""
                { "score" : 2, "kind": "transactional", "occurredAt": "2025-04-01T10:30:00+01:00",
                  "residentId": "r-1", "landlordId": "L1", "surveyId": "s-1", "ignored": true, "comment": null }"""));
        assertEquals(a, b);
    }

    @Test
    void shouldDeriveDifferentIdForDifferentContent() {
        assertNotEquals(id(EventKind.CONTACTS, contact()), id(EventKind.CONTACTS, contact().put("text", "other")));
        assertNotEquals(id(EventKind.CONTACTS, contact()), id(EventKind.CONTACTS, contact().put("occurredAt", "2025-04-01T09:30:00.001Z")));
        assertNotEquals(id(EventKind.COMPLAINT_EVENTS, complaintEvent()),
                id(EventKind.COMPLAINT_EVENTS, complaintEvent().put("type", "ACKNOWLEDGED")));
    }

    @Test
    void shouldTreatAbsentThemesLikeEmptyThemes() {
        var withEmpty = complaintEvent();
        withEmpty.putArray("themes");
        var without = complaintEvent();
        without.remove("themes");
        assertEquals(id(EventKind.COMPLAINT_EVENTS, withEmpty), id(EventKind.COMPLAINT_EVENTS, without));
    }

    @Test
    void shouldNotDependOnGivenEventIdOfAnotherRecord() {
        String derived = id(EventKind.CONTACTS, contact());
        assertEquals(derived, EventIds.derive(parsers.parse(EventKind.CONTACTS, contact().put("eventId", "x")).value()));
    }
}
