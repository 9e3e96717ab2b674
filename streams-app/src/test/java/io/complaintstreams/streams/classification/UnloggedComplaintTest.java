package io.complaintstreams.streams.classification;

import static io.complaintstreams.streams.classification.Events.*;
import static org.junit.jupiter.api.Assertions.*;

import complaintstreams.events.AlertKind;
import complaintstreams.events.DeadlineAlert;
import complaintstreams.events.ServiceRequestStatus;
import io.complaintstreams.streams.ClockMode;
import io.complaintstreams.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/**
 * The driver's wall clock starts at Tuesday 1 April 2025 08:00 UTC (09:00 in London, BST). A signal that day is
 * due a complaint by Tuesday 8 April (5 working days), so the alert belongs to the first punctuation on 9 April.
 */
class UnloggedComplaintTest {
    private static final Instant SIGNAL_AT = Instant.parse("2025-04-01T09:00:00Z");
    private static final LocalDate DUE_ON = LocalDate.parse("2025-04-08");
    /** 22:00 London on the due date: still the due date. */
    private static final Instant LATE_ON_DUE_DATE = Instant.parse("2025-04-08T21:00:00Z");
    private static final Instant MORNING_AFTER = Instant.parse("2025-04-09T07:00:00Z");

    @Test
    void shouldAlertPossibleUnloggedComplaintWhenNoComplaintWithinFiveWorkingDays() {
        try (var h = SignalsHarness.start(ClockMode.WALL)) {
            h.send(contact("e1", "R1", SIGNAL_AT, DISSATISFIED_CONTACT, null));

            h.advanceWallClockTo(LATE_ON_DUE_DATE);
            assertTrue(h.alerts.isEmpty(), "not overdue while it is still the due date");

            h.advanceWallClockTo(MORNING_AFTER);
            TestRecord<String, DeadlineAlert> record = h.alerts.readRecord();
            DeadlineAlert alert = record.value();
            assertEquals("R1", record.key());
            assertEquals(AlertKind.POSSIBLE_UNLOGGED_COMPLAINT.name(),
                    new String(record.headers().lastHeader(Topics.ALERT_KIND_HEADER).value(), StandardCharsets.UTF_8));
            assertEquals(AlertKind.POSSIBLE_UNLOGGED_COMPLAINT, alert.getKind());
            assertNull(alert.getComplaintId());
            assertEquals(0, alert.getStage());
            assertEquals("e1@contact:C-e1", alert.getSignalId());
            assertEquals("R1", alert.getResidentId());
            assertEquals(LANDLORD, alert.getLandlordId());
            assertEquals(DUE_ON, alert.getDueOn());
            assertEquals(MORNING_AFTER, alert.getRaisedAt());
            assertTrue(alert.getMessage().contains("by 2025-04-08"), alert.getMessage());
            assertTrue(h.alerts.isEmpty());
        }
    }

    @Test
    void shouldAlertForDissatisfiedServiceRequestButNotForSignpostedSurveyAfterFiveWorkingDays() {
        try (var h = SignalsHarness.start(ClockMode.WALL)) {
            h.send(request("e1", "SR1", "R1", SIGNAL_AT, ServiceRequestStatus.IN_PROGRESS, DISSATISFIED_REQUEST_NOTE));
            h.send(survey("e2", "R2", SIGNAL_AT, 1, DISSATISFIED_SURVEY));

            h.advanceWallClockTo(MORNING_AFTER);
            List<DeadlineAlert> alerts = h.alerts.readValuesToList();
            assertEquals(List.of("e1@service_request:SR1"), alerts.stream().map(DeadlineAlert::getSignalId).toList());
            assertTrue(alerts.get(0).getMessage().contains("Code 1.5"));
        }
    }

    @Test
    void shouldNotAlertWhenComplaintReceivedOnTheFifthWorkingDay() {
        try (var h = SignalsHarness.start(ClockMode.WALL)) {
            h.send(contact("e1", "R1", SIGNAL_AT, DISSATISFIED_CONTACT, null));
            h.send(received("k1", "CMP1", "R1", Instant.parse("2025-04-08T15:00:00Z")));

            h.advanceWallClockTo(Instant.parse("2025-04-20T08:00:00Z"));
            assertTrue(h.alerts.isEmpty());
        }
    }

    @Test
    void shouldNotAlertWhenComplaintReceivedSameDayArrivesBeforeTheSignal() {
        try (var h = SignalsHarness.start(ClockMode.WALL)) {
            h.send(received("k1", "CMP1", "R1", SIGNAL_AT.plus(Duration.ofHours(2))));
            h.send(contact("e1", "R1", SIGNAL_AT, DISSATISFIED_CONTACT, null));

            h.advanceWallClockTo(Instant.parse("2025-04-20T08:00:00Z"));
            assertTrue(h.alerts.isEmpty());
        }
    }

    @Test
    void shouldAlertWhenOnlyAnotherResidentOrAnEarlierOrLateComplaintWasReceived() {
        try (var h = SignalsHarness.start(ClockMode.WALL)) {
            h.send(received("k0", "CMP0", "R1", Instant.parse("2025-03-31T09:00:00Z")));
            h.send(contact("e1", "R1", SIGNAL_AT, DISSATISFIED_CONTACT, null));
            h.send(received("k1", "CMP1", "R2", Instant.parse("2025-04-02T09:00:00Z")));
            h.send(received("k2", "CMP2", "R1", Instant.parse("2025-04-09T06:00:00Z")));

            h.advanceWallClockTo(MORNING_AFTER);
            assertEquals(List.of("e1@contact:C-e1"), h.alerts.readValuesToList().stream().map(DeadlineAlert::getSignalId).toList());
        }
    }

    @Test
    void shouldAlertOnceOnlyWhenPunctuatedDaysLaterAndTheSameEventArrivesAgain() {
        try (var h = SignalsHarness.start(ClockMode.WALL)) {
            var contact = contact("e1", "R1", SIGNAL_AT, DISSATISFIED_CONTACT, null);
            h.send(contact);
            h.advanceWallClockTo(MORNING_AFTER);
            h.send(contact);
            h.advanceWallClockTo(Instant.parse("2025-04-10T07:00:00Z"));
            h.advanceWallClockTo(Instant.parse("2025-05-10T07:00:00Z"));

            assertEquals(1, h.alerts.readValuesToList().size());
        }
    }

    @Test
    void shouldAlertOnStreamTimeWhenClockIsEventEvenThoughWallClockHasPassed() {
        try (var h = SignalsHarness.start(ClockMode.EVENT)) {
            h.send(contact("e1", "R1", SIGNAL_AT, DISSATISFIED_CONTACT, null));
            h.advanceWallClockTo(Instant.parse("2025-06-01T07:00:00Z"));
            assertTrue(h.alerts.isEmpty(), "wall clock does not count in event-time mode");

            h.send(received("k1", "CMP1", "R2", LATE_ON_DUE_DATE));
            assertTrue(h.alerts.isEmpty(), "stream time still on the due date");

            h.send(received("k2", "CMP2", "R2", MORNING_AFTER));
            DeadlineAlert alert = h.alerts.readValue();
            assertEquals("e1@contact:C-e1", alert.getSignalId());
            assertEquals(MORNING_AFTER, alert.getRaisedAt());
            assertTrue(h.alerts.isEmpty());
        }
    }

    @Test
    void shouldNotAlertOnStreamTimeWhenComplaintReceivedWithinFiveWorkingDays() {
        try (var h = SignalsHarness.start(ClockMode.EVENT)) {
            h.send(contact("e1", "R1", SIGNAL_AT, DISSATISFIED_CONTACT, null));
            h.send(received("k1", "CMP1", "R1", Instant.parse("2025-04-03T09:00:00Z")));
            h.send(received("k2", "CMP2", "R2", Instant.parse("2025-04-20T09:00:00Z")));

            assertTrue(h.alerts.isEmpty());
        }
    }
}
