package io.complaintstreams.streams.classification;

import static io.complaintstreams.streams.classification.Events.*;
import static org.junit.jupiter.api.Assertions.*;

import complaintstreams.events.Contact;
import complaintstreams.events.DeadlineAlert;
import complaintstreams.events.ServiceRequestStatus;
import complaintstreams.events.Signal;
import io.complaintstreams.streams.ClockMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * An eventId given by a source system is only as unique as that system makes it: two residents' records carrying the
 * same one must still give two signals and two alerts, with ids of their own, and the same ids on every replay.
 */
class SharedEventIdTest {
    private static final Instant SIGNAL_AT = Instant.parse("2025-04-01T09:00:00Z");
    private static final Instant MORNING_AFTER_DUE = Instant.parse("2025-04-09T07:00:00Z");

    private static Contact contact(String eventId, String contactId, String residentId) {
        return Contact.newBuilder(Events.contact(eventId, residentId, SIGNAL_AT, DISSATISFIED_CONTACT, null))
                .setContactId(contactId).build();
    }

    @Test
    void shouldAlertEachResidentOnItsOwnWhenTwoResidentsContactsShareAGivenEventId() {
        try (var h = SignalsHarness.start(ClockMode.WALL)) {
            h.send(contact("1001", "C-1", "R1"));
            h.send(contact("1001", "C-2", "R2"));

            Map<String, String> signalIdByResident = h.signals.readValuesToList().stream()
                    .collect(Collectors.toMap(Signal::getResidentId, Signal::getSignalId));
            assertEquals(Map.of("R1", "1001@contact:C-1", "R2", "1001@contact:C-2"), signalIdByResident);

            h.advanceWallClockTo(MORNING_AFTER_DUE);
            Map<String, String> alertIdByResident = h.alerts.readValuesToList().stream()
                    .collect(Collectors.toMap(DeadlineAlert::getResidentId, DeadlineAlert::getAlertId));
            assertEquals(Map.of("R1", "1001@contact:C-1:0:POSSIBLE_UNLOGGED_COMPLAINT",
                    "R2", "1001@contact:C-2:0:POSSIBLE_UNLOGGED_COMPLAINT"), alertIdByResident);
        }
    }

    @Test
    void shouldStillDropTheSameRecordSentAgainWithItsGivenEventId() {
        try (var h = SignalsHarness.start(ClockMode.WALL)) {
            h.send(contact("1001", "C-1", "R1"));
            h.send(contact("1001", "C-1", "R1"));

            assertEquals(List.of("1001@contact:C-1"), h.signals.readValuesToList().stream().map(Signal::getSignalId).toList());
            h.advanceWallClockTo(MORNING_AFTER_DUE);
            assertEquals(1, h.alerts.readValuesToList().size());
        }
    }

    @Test
    void shouldGiveTheSameSignalIdsOnAReplay() {
        List<String> first;
        try (var h = SignalsHarness.start(ClockMode.WALL)) {
            h.send(contact("1001", "C-1", "R1"));
            h.send(survey("1001", "R2", SIGNAL_AT, 1, DISSATISFIED_SURVEY));
            first = h.signals.readValuesToList().stream().map(Signal::getSignalId).toList();
        }
        try (var h = SignalsHarness.start(ClockMode.WALL)) {
            h.send(contact("1001", "C-1", "R1"));
            h.send(survey("1001", "R2", SIGNAL_AT, 1, DISSATISFIED_SURVEY));
            assertEquals(first, h.signals.readValuesToList().stream().map(Signal::getSignalId).toList());
        }
        assertEquals(List.of("1001@contact:C-1", "1001@survey:S-1001"), first);
    }

    @Test
    void shouldGiveTwoResidentsServiceRequestsSharingAGivenEventIdTheirOwnSignals() {
        try (var h = SignalsHarness.start(ClockMode.WALL)) {
            h.send(request("7", "SR1", "R1", SIGNAL_AT, ServiceRequestStatus.IN_PROGRESS, DISSATISFIED_REQUEST_NOTE));
            h.send(request("7", "SR2", "R2", SIGNAL_AT, ServiceRequestStatus.IN_PROGRESS, DISSATISFIED_REQUEST_NOTE));

            assertEquals(List.of("7@service_request:SR1", "7@service_request:SR2"),
                    h.signals.readValuesToList().stream().map(Signal::getSignalId).sorted().toList());
        }
    }

    @Test
    void shouldKeepAnEventIdDerivedFromContentAsTheSignalId() {
        String derived = "sha256:0123456789abcdef0123456789abcdef";
        assertEquals(derived, SignalIds.of(derived, "contact", "C-1"));
        assertEquals("sha256:given@contact:C-1", SignalIds.of("sha256:given", "contact", "C-1"));
    }
}
