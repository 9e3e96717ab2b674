package io.complaintstreams.streams.classification;

import static io.complaintstreams.streams.classification.Events.*;
import static org.junit.jupiter.api.Assertions.*;

import complaintstreams.events.AlertResolution;
import complaintstreams.events.AlertResolutionKind;
import complaintstreams.events.DeadlineAlert;
import complaintstreams.events.Signal;
import complaintstreams.state.UnloggedEvidence;
import complaintstreams.state.UnloggedItem;
import io.complaintstreams.streams.ClockMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/**
 * Officers' items (issue 12 item 3), on the production classification part: the driver's wall clock starts on
 * Tuesday 1 April 2025; a signal that day is alerted on the first punctuation after Tuesday 8 April.
 */
class UnloggedItemsTest {
    static final String MOULD = "This is the third time I have reported the black mould in the bedroom and nobody has come out. Not good enough.";
    static final String MOULD_AGAIN = "The black mould in the bedroom is back again and my child is coughing. Still nobody has come to treat it, not good enough.";
    static final String HEATING = "No heating or hot water for two weeks now and still no engineer has come. I am fed up with waiting.";
    private static final Instant DAY1 = Instant.parse("2025-04-01T09:00:00Z");
    private static final Instant DAY2 = Instant.parse("2025-04-02T09:00:00Z");
    private static final Instant AFTER_BOTH_DUE = Instant.parse("2025-04-10T07:00:00Z");

    @Test
    void shouldGroupTwoAlertsAboutTheSameIssueIntoOneOpenItemOrderedByDate() {
        try (var h = SignalsHarness.start(ClockMode.WALL)) {
            h.send(contact("e1", "R1", DAY1, MOULD, null));
            h.send(contact("e2", "R1", DAY2, MOULD_AGAIN, null));
            List<Signal> signals = h.signals.readValuesToList();
            assertEquals("damp_mould", firstTheme(signals, "e1"));
            assertEquals("damp_mould", firstTheme(signals, "e2"), "the grouping joins on any of the signal's themes");
            h.advanceWallClockTo(AFTER_BOTH_DUE);

            List<DeadlineAlert> alerts = h.alerts.readValuesToList();
            assertEquals(2, alerts.size(), "every signal is still alerted once (CONTRACTS section 2)");
            List<UnloggedItem> items = h.items("R1").getItems();
            assertEquals(1, items.size(), "one open item per resident and issue: " + items);
            UnloggedItem item = items.get(0);
            assertTrue(item.getOpen());
            assertEquals("damp_mould", item.getTheme());
            assertEquals(alerts.get(0).getAlertId(), item.getItemId(), "the item is named after the alert that opened it");
            assertEquals(List.of("e1@contact:C-e1", "e2@contact:C-e2"), item.getEvidence().stream().map(UnloggedEvidence::getSignalId).sorted().toList());
            assertEquals(LocalDate.parse("2025-04-01"), item.getFirstDissatisfiedOn());
            double highest = item.getEvidence().stream().mapToDouble(UnloggedEvidence::getConfidence).max().orElseThrow();
            assertEquals(highest, item.getConfidence());
            assertTrue(highest > 0.5 && highest <= 1.0, "P(dissatisfied) of a dissatisfied contact: " + highest);
        }
    }

    @Test
    void shouldOpenOneItemPerIssueForTheSameResident() {
        try (var h = SignalsHarness.start(ClockMode.WALL)) {
            h.send(contact("e1", "R1", DAY1, MOULD, null));
            h.send(contact("e2", "R1", DAY2, HEATING, null));
            assertEquals("heating_hot_water", firstTheme(h.signals.readValuesToList(), "e2"));
            h.advanceWallClockTo(AFTER_BOTH_DUE);

            assertEquals(List.of("damp_mould", "heating_hot_water"),
                    h.items("R1").getItems().stream().map(UnloggedItem::getTheme).toList());
        }
    }

    @Test
    void shouldCloseOpenItemsWhenAComplaintIsReceivedForTheResidentLater() {
        try (var h = SignalsHarness.start(ClockMode.WALL)) {
            h.send(contact("e1", "R1", DAY1, MOULD, null));
            h.advanceWallClockTo(AFTER_BOTH_DUE);
            assertTrue(h.items("R1").getItems().get(0).getOpen());

            Instant receivedAt = Instant.parse("2025-04-14T10:00:00Z");
            h.send(received("k1", "CMP-7", "R1", receivedAt));

            UnloggedItem item = h.items("R1").getItems().get(0);
            assertFalse(item.getOpen());
            assertEquals("COMPLAINT_LOGGED", item.getClosedBy());
            assertEquals("CMP-7", item.getClosingComplaintId());
            assertEquals(receivedAt, item.getClosedAt());
            assertNull(item.getResolvedBy());
        }
    }

    @Test
    void shouldCloseTheItemOnAnOfficersResolutionAndOpenANewItemForLaterEvidence() {
        try (var h = SignalsHarness.start(ClockMode.WALL)) {
            h.send(contact("e1", "R1", DAY1, MOULD, null));
            h.advanceWallClockTo(AFTER_BOTH_DUE);
            String itemId = h.items("R1").getItems().get(0).getItemId();

            Instant resolvedAt = Instant.parse("2025-04-10T12:00:00Z");
            h.resolutions.pipeInput(new TestRecord<>(itemId, resolution(itemId, "R1", AlertResolutionKind.OFFERED_DECLINED, resolvedAt), resolvedAt));
            UnloggedItem closed = h.items("R1").getItems().get(0);
            assertFalse(closed.getOpen());
            assertEquals("OFFERED_DECLINED", closed.getClosedBy());
            assertEquals("Sam Officer", closed.getResolvedBy());
            assertEquals("Resident did not want to complain", closed.getResolutionNote());
            assertEquals(resolvedAt, closed.getClosedAt());

            // a second resolution of a closed item changes nothing; new evidence on the issue opens a new item
            h.resolutions.pipeInput(new TestRecord<>(itemId, resolution(itemId, "R1", AlertResolutionKind.DUPLICATE, resolvedAt), resolvedAt));
            h.send(contact("e3", "R1", Instant.parse("2025-04-11T09:00:00Z"), MOULD_AGAIN, null));
            h.advanceWallClockTo(Instant.parse("2025-04-25T07:00:00Z")); // due 22 April: Easter falls between
            List<UnloggedItem> items = h.items("R1").getItems();
            assertEquals(2, items.size());
            assertEquals("OFFERED_DECLINED", items.get(0).getClosedBy());
            assertTrue(items.get(1).getOpen());
            assertEquals(List.of("e3@contact:C-e3"), items.get(1).getEvidence().stream().map(UnloggedEvidence::getSignalId).toList());
        }
    }

    @Test
    void shouldIgnoreAResolutionNamingNoItemOfTheResident() {
        try (var h = SignalsHarness.start(ClockMode.WALL)) {
            h.send(contact("e1", "R1", DAY1, MOULD, null));
            h.advanceWallClockTo(AFTER_BOTH_DUE);
            Instant at = Instant.parse("2025-04-10T12:00:00Z");
            h.resolutions.pipeInput(new TestRecord<>("nope", resolution("nope", "R1", AlertResolutionKind.NOT_DISSATISFIED, at), at));
            h.resolutions.pipeInput(new TestRecord<>("nope", resolution("nope", null, AlertResolutionKind.NOT_DISSATISFIED, at), at));
            assertTrue(h.items("R1").getItems().get(0).getOpen());
        }
    }

    static AlertResolution resolution(String alertId, String residentId, AlertResolutionKind kind, Instant at) {
        return AlertResolution.newBuilder().setResolutionId(UUID.randomUUID().toString()).setAlertId(alertId)
                .setResolution(kind).setBy("Sam Officer").setNote("Resident did not want to complain").setResolvedAt(at)
                .setItemId(alertId).setResidentId(residentId).setLandlordId(LANDLORD).build();
    }

    private static String firstTheme(List<Signal> signals, String eventId) {
        Signal s = signals.stream().filter(x -> x.getSignalId().equals(SignalIds.of(eventId, "contact", "C-" + eventId))).findFirst()
                .orElseThrow(() -> new AssertionError("no signal " + eventId));
        assertTrue(s.getDissatisfied(), "dissatisfied: " + s);
        return s.getThemes().isEmpty() ? null : s.getThemes().get(0);
    }
}
