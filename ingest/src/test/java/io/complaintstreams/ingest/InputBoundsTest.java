package io.complaintstreams.ingest;

import static io.complaintstreams.ingest.Fixtures.complaintEvent;
import static io.complaintstreams.ingest.Fixtures.contact;
import static io.complaintstreams.ingest.Fixtures.serviceRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import complaintstreams.events.ComplaintEvent;
import complaintstreams.events.Contact;
import io.complaintstreams.domain.validation.TimestampBounds;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 9 sections 1 to 3: time bounds, one set of value rules, offsets without a colon. */
class InputBoundsTest {
    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private final EventParsers parsers = new EventParsers(TimestampBounds.defaults(), Clock.fixed(NOW, ZoneOffset.UTC));

    @ParameterizedTest
    @ValueSource(strings = {"2099-01-05T10:00:00Z", "2026-11-30T10:05:01Z", "2026-12-01T10:00:00+01:00",
            "0001-01-05T10:00:00Z", "1900-01-05T10:00:00Z", "1969-12-31T23:59:59Z", "1999-12-31T23:59:59.999Z",
            "+1000000000-01-05T10:00:00Z", "1000000000-01-05T10:00:00Z", "-0001-01-01T00:00:00Z"})
    void shouldRefuseImplausibleOccurredAtNamingIt(String occurredAt) {
        for (ObjectNode event : List.of(complaintEvent(), contact())) {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> parsers.parse(event.has("complaintId") ? EventKind.COMPLAINT_EVENTS : EventKind.CONTACTS,
                            event.put("occurredAt", occurredAt)));
            assertEquals("occurredAt", e.field(), e.getMessage());
        }
    }

    @Test
    void shouldAcceptTheEdgesOfTheBounds() {
        parsers.parse(EventKind.COMPLAINT_EVENTS, complaintEvent().put("occurredAt", "2026-11-30T10:05:00Z"));
        parsers.parse(EventKind.COMPLAINT_EVENTS, complaintEvent().put("occurredAt", "2000-01-01T00:00:00Z"));
    }

    @Test
    void shouldUseConfiguredTolerance() {
        EventParsers lenient = new EventParsers(new TimestampBounds(TimestampBounds.DEFAULT_FLOOR, Duration.ofHours(2)),
                Clock.fixed(NOW, ZoneOffset.UTC));
        lenient.parse(EventKind.COMPLAINT_EVENTS, complaintEvent().put("occurredAt", "2026-11-30T11:59:00Z"));
    }

    @Test
    void shouldBoundDueAtByTheFloorAndATenYearHorizonNotTheTolerance() {
        parsers.parse(EventKind.SERVICE_REQUESTS, serviceRequest().put("dueAt", "2026-12-08T17:00:00Z"));
        assertEquals("dueAt", assertThrows(ValidationException.class,
                () -> parsers.parse(EventKind.SERVICE_REQUESTS, serviceRequest().put("dueAt", "+20255-12-08T17:00:00Z"))).field());
        assertEquals("dueAt", assertThrows(ValidationException.class,
                () -> parsers.parse(EventKind.SERVICE_REQUESTS, serviceRequest().put("dueAt", "1900-12-08T17:00:00Z"))).field());
    }

    @Test
    void shouldReadOffsetsWithoutColon() {
        Contact c = (Contact) parsers.parse(EventKind.CONTACTS, contact().put("occurredAt", "2026-03-02T09:15:00.000+0000")).value();
        assertEquals(Instant.parse("2026-03-02T09:15:00Z"), c.getOccurredAt());
        Contact d = (Contact) parsers.parse(EventKind.CONTACTS, contact().put("occurredAt", "2026-03-02T10:15:00.000+0100")).value();
        assertEquals(Instant.parse("2026-03-02T09:15:00Z"), d.getOccurredAt());
    }

    @Test
    void shouldRefuseAnExtensionTheTopologyWouldRefuse() {
        ValidationException e = assertThrows(ValidationException.class, () -> parsers.parse(EventKind.COMPLAINT_EVENTS,
                complaintEvent().put("type", "EXTENDED").put("extensionWorkingDays", 1_000_000)));
        assertEquals("extensionWorkingDays", e.field());
    }

    @Test
    void shouldRefuseInventedThemesAndTooMany() {
        ObjectNode many = complaintEvent();
        ArrayNode themes = many.putArray("themes");
        for (int i = 0; i < 10_000; i++) {
            themes.add("theme-" + i);
        }
        assertEquals("themes", assertThrows(ValidationException.class, () -> parsers.parse(EventKind.COMPLAINT_EVENTS, many)).field());
        ObjectNode invented = complaintEvent();
        invented.putArray("themes").add("repairs").add("gutters");
        ValidationException e = assertThrows(ValidationException.class, () -> parsers.parse(EventKind.COMPLAINT_EVENTS, invented));
        assertEquals("themes[1]", e.field());
        assertTrue(e.error().contains("damp_mould"), e.error());
    }

    @Test
    void shouldStoreThemesInTheContractsSpelling() {
        ObjectNode event = complaintEvent();
        event.putArray("themes").add("Damp_Mould");
        assertEquals(List.of("damp_mould"), ((ComplaintEvent) parsers.parse(EventKind.COMPLAINT_EVENTS, event).value()).getThemes());
    }

    @Test
    void shouldRefuseBadIdentifiersAndText() {
        assertEquals("complaintId", assertThrows(ValidationException.class,
                () -> parsers.parse(EventKind.COMPLAINT_EVENTS, complaintEvent().put("complaintId", "x".repeat(129)))).field());
        assertEquals("residentId", assertThrows(ValidationException.class,
                () -> parsers.parse(EventKind.COMPLAINT_EVENTS, complaintEvent().put("residentId", "r\u0000"))).field());
        assertEquals("text", assertThrows(ValidationException.class,
                () -> parsers.parse(EventKind.CONTACTS, contact().put("text", "half a pair \uD83D"))).field());
        assertEquals("category", assertThrows(ValidationException.class,
                () -> parsers.parse(EventKind.COMPLAINT_EVENTS, complaintEvent().put("category", "c".repeat(101)))).field());
        assertEquals("remedyAmount", assertThrows(ValidationException.class,
                () -> parsers.parse(EventKind.COMPLAINT_EVENTS, complaintEvent().put("remedyAmount", 1e15))).field());
    }
}
