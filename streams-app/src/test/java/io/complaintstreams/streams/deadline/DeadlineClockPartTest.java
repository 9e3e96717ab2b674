package io.complaintstreams.streams.deadline;

import static complaintstreams.events.ComplaintEventType.ACKNOWLEDGED;
import static complaintstreams.events.ComplaintEventType.ESCALATED;
import static complaintstreams.events.ComplaintEventType.EXTENDED;
import static complaintstreams.events.ComplaintEventType.RECEIVED;
import static complaintstreams.events.ComplaintEventType.RESPONDED;
import static io.complaintstreams.streams.deadline.DeadlineDriver.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import complaintstreams.events.DeadlineAlert;
import complaintstreams.events.DeadlineState;
import complaintstreams.events.DeadlineStatus;
import io.complaintstreams.streams.ClockMode;
import io.complaintstreams.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineClockPartTest {
    // 2025-04-01 is a Tuesday; + 5 working days = Tuesday 2025-04-08.

    @Test
    void shouldPublishDeadlinesWhenAComplaintIsReceived() {
        try (var d = new DeadlineDriver(ClockMode.WALL)) {
            d.pipe(event("C1", RECEIVED, 1, "2025-04-01T09:00:00Z"));
            DeadlineState state = d.states.readValue();
            assertEquals(LocalDate.parse("2025-04-08"), state.getAcknowledgeBy());
            assertEquals(LocalDate.parse("2025-04-24"), state.getRespondBy()); // 04-08 + 10 wd, Easter 18 and 21 April skipped
            assertEquals(DeadlineStatus.ON_TRACK, state.getStatus());
            assertNull(state.getAcknowledgedOnTime());
            assertTrue(d.alerts.isEmpty());
        }
    }

    @Test
    void shouldAlertAcknowledgementDueSoonThenOverdueWhenNoEventArrives() {
        try (var d = new DeadlineDriver(ClockMode.WALL)) {
            d.pipe(event("C1", RECEIVED, 1, "2025-04-01T09:00:00Z"));
            d.wallClockAt("2025-04-03");
            assertTrue(d.alerts.isEmpty(), "three working days left: on track");
            d.wallClockAt("2025-04-04");
            DeadlineAlert dueSoon = d.alerts.readRecord().value();
            assertEquals("ACKNOWLEDGEMENT_DUE_SOON", dueSoon.getKind().name());
            assertEquals(LocalDate.parse("2025-04-08"), dueSoon.getDueOn());
            assertEquals(DeadlineStatus.DUE_SOON, d.stateStore().get("C1").getStatus());
            d.wallClockAt("2025-04-08");
            assertTrue(d.alerts.isEmpty(), "due today is not yet overdue");
            d.wallClockAt("2025-04-09");
            assertEquals(List.of("1:ACKNOWLEDGEMENT_OVERDUE"), d.alertKinds());
            assertEquals(DeadlineStatus.OVERDUE, d.stateStore().get("C1").getStatus());
            d.wallClockAt("2025-04-15");
            assertTrue(d.alertKinds().isEmpty(), "alerted once only");
        }
    }

    @Test
    void shouldCarryTheAlertKindInAHeader() {
        try (var d = new DeadlineDriver(ClockMode.WALL)) {
            d.pipe(event("C1", RECEIVED, 1, "2025-04-01T09:00:00Z"));
            d.wallClockAt("2025-04-04");
            var record = d.alerts.readRecord();
            assertEquals("C1", record.key());
            assertEquals("ACKNOWLEDGEMENT_DUE_SOON",
                    new String(record.headers().lastHeader(Topics.ALERT_KIND_HEADER).value(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void shouldAlertResponseDueSoonAndOverdueAfterAcknowledgement() {
        try (var d = new DeadlineDriver(ClockMode.WALL)) {
            d.pipe(event("C2", RECEIVED, 1, "2025-04-01T09:00:00Z"));
            d.pipe(event("C2", ACKNOWLEDGED, 1, "2025-04-02T09:00:00Z").setHandlerId("H1"));
            // 04-02 + 10 working days = 04-16
            assertEquals(LocalDate.parse("2025-04-16"), d.stateStore().get("C2").getRespondBy());
            d.wallClockAt("2025-04-11");
            assertTrue(d.alerts.isEmpty());
            d.wallClockAt("2025-04-14");
            assertEquals(List.of("1:RESPONSE_DUE_SOON"), d.alertKinds());
            d.wallClockAt("2025-04-17");
            assertEquals(List.of("1:RESPONSE_OVERDUE"), d.alertKinds());
            assertEquals(DeadlineStatus.OVERDUE, d.stateStore().get("C2").getStatus());
        }
    }

    @Test
    void shouldStopTheClockWhenResponded() {
        try (var d = new DeadlineDriver(ClockMode.WALL)) {
            d.pipe(event("C3", RECEIVED, 1, "2025-04-01T09:00:00Z"));
            d.pipe(event("C3", ACKNOWLEDGED, 1, "2025-04-02T09:00:00Z"));
            d.pipe(event("C3", RESPONDED, 1, "2025-04-10T09:00:00Z"));
            d.wallClockAt("2025-05-30");
            assertTrue(d.alerts.isEmpty());
            DeadlineState state = d.stateStore().get("C3");
            assertEquals(DeadlineStatus.CLOSED_ON_TIME, state.getStatus());
            assertEquals(true, state.getRespondedOnTime());
        }
    }

    @Test
    void shouldAlertAnExtensionBeyondTheCodeAtOnce() {
        try (var d = new DeadlineDriver(ClockMode.WALL)) {
            d.pipe(event("C4", RECEIVED, 1, "2025-04-01T09:00:00Z"));
            d.pipe(event("C4", ACKNOWLEDGED, 1, "2025-04-02T09:00:00Z"));
            d.pipe(event("C4", EXTENDED, 1, "2025-04-03T09:00:00Z").setExtensionWorkingDays(11));
            assertEquals(List.of("1:EXTENSION_BEYOND_CODE"), d.alertKinds());
            assertEquals(false, d.stateStore().get("C4").getExtensionCompliant());
        }
    }

    @Test
    void shouldAlertWhenStageTwoIsHandledByTheStageOneHandler() {
        try (var d = new DeadlineDriver(ClockMode.WALL)) {
            d.pipe(event("C5", RECEIVED, 1, "2025-04-01T09:00:00Z"));
            d.pipe(event("C5", ACKNOWLEDGED, 1, "2025-04-01T10:00:00Z").setHandlerId("H1"));
            d.pipe(event("C5", RESPONDED, 1, "2025-04-02T09:00:00Z").setHandlerId("H1"));
            d.pipe(event("C5", ESCALATED, 2, "2025-04-03T09:00:00Z"));
            d.pipe(event("C5", ACKNOWLEDGED, 2, "2025-04-03T10:00:00Z").setHandlerId("H1"));
            assertEquals(List.of("2:STAGE2_SAME_HANDLER"), d.alertKinds());
            assertEquals(2, d.stateStore().get("C5").getStage());
        }
    }

    @Test
    void shouldIgnoreADuplicateEvent() {
        try (var d = new DeadlineDriver(ClockMode.WALL)) {
            var received = event("C6", RECEIVED, 1, "2025-04-01T09:00:00Z").build();
            d.pipe(received);
            d.pipe(received);
            assertEquals(1, d.states.readValuesToList().size());
        }
    }

    @Test
    void shouldDeadLetterAnotherEventSentWithAnEventIdTheComplaintAlreadyHolds() {
        try (var d = new DeadlineDriver(ClockMode.WALL)) {
            d.pipe(event("C13", RECEIVED, 1, "2025-04-01T09:00:00Z"));
            d.pipe(event("C13", ACKNOWLEDGED, 1, "2025-04-02T09:00:00Z").setEventId("crm-42"));
            d.pipe(event("C13", RESPONDED, 1, "2025-04-03T09:00:00Z").setEventId("crm-42"));

            var dead = d.deadLetters.readRecord();
            assertEquals("C13", dead.key());
            assertEquals("RESPONDED", dead.value().getType().name());
            String reason = new String(dead.headers().lastHeader("__streams.errors.message").value(), StandardCharsets.UTF_8);
            assertTrue(reason.contains("eventId: crm-42 is already recorded for another event of this complaint (ACKNOWLEDGED stage 1"),
                    reason);
            assertTrue(d.deadLetters.isEmpty());
            assertNull(d.stateStore().get("C13").getRespondedOn(), "the first event with the id is kept");
        }
    }

    @Test
    void shouldStillIgnoreTheSameStepSentAgainWithItsEventId() {
        try (var d = new DeadlineDriver(ClockMode.WALL)) {
            d.pipe(event("C14", RECEIVED, 1, "2025-04-01T09:00:00Z"));
            d.pipe(event("C14", ACKNOWLEDGED, 1, "2025-04-02T09:00:00Z").setEventId("crm-43").setHandlerId("H1"));
            d.pipe(event("C14", ACKNOWLEDGED, 1, "2025-04-02T09:00:00Z").setEventId("crm-43").setHandlerId("H2"));

            assertTrue(d.deadLetters.isEmpty(), "a repeat, not a conflict");
            assertEquals(2, d.states.readValuesToList().size(), "received, then acknowledged; the repeat changes nothing");
        }
    }

    @Test
    void shouldRaiseTheAlertsOfThePastWhenReplayingWithTheEventClock() {
        try (var d = new DeadlineDriver(ClockMode.EVENT)) {
            d.pipe(event("C7", RECEIVED, 1, "2025-04-01T09:00:00Z"));
            // another complaint's event moves stream time to 10 April: C7 was due on 8 April
            d.pipe(event("C8", RECEIVED, 1, "2025-04-10T09:00:00Z"));
            List<DeadlineAlert> alerts = d.alerts.readValuesToList();
            assertTrue(alerts.stream().anyMatch(a -> a.getComplaintId().equals("C7")
                    && a.getKind().name().equals("ACKNOWLEDGEMENT_OVERDUE")
                    && a.getRaisedAt().toString().startsWith("2025-04-10")), alerts.toString());
        }
    }

    @Test
    void shouldHoldAnEarlyAcknowledgementUntilItsComplaintArrives() {
        try (var d = new DeadlineDriver(ClockMode.WALL)) {
            d.pipe(event("C9", ACKNOWLEDGED, 1, "2025-04-02T09:00:00Z"));
            assertTrue(d.states.isEmpty());
            d.pipe(event("C9", RECEIVED, 1, "2025-04-01T09:00:00Z"));
            DeadlineState state = d.states.readValue();
            assertEquals(LocalDate.parse("2025-04-02"), state.getAcknowledgedOn());
            assertEquals(true, state.getAcknowledgedOnTime());
        }
    }

    @Test
    void shouldDeadLetterEventsOfAComplaintThatIsNeverReceived() {
        try (var d = new DeadlineDriver(ClockMode.WALL)) {
            d.pipe(event("C10", RESPONDED, 1, "2025-04-01T09:00:00Z"));
            d.wallClockAt("2025-04-03");
            assertTrue(d.deadLetters.isEmpty(), "held during the grace period");
            d.wallClockAt("2025-04-05");
            var dead = d.deadLetters.readRecord();
            assertEquals("C10", dead.key());
            assertEquals("RESPONDED", dead.value().getType().name());
            String reason = new String(dead.headers().lastHeader("__streams.errors.message").value(), StandardCharsets.UTF_8);
            assertTrue(reason.contains("no RECEIVED"), reason);
            assertTrue(d.states.isEmpty());
        }
    }

    @Test
    void shouldRejectAnEventThatMakesNoSenseWithoutStoppingTheStream() {
        try (var d = new DeadlineDriver(ClockMode.WALL)) {
            d.pipe(event("C11", RECEIVED, 2, "2025-04-01T09:00:00Z")); // RECEIVED belongs to stage 1
            assertTrue(d.states.isEmpty());
            d.pipe(event("C12", RECEIVED, 1, "2025-04-01T09:00:00Z"));
            assertEquals("C12", d.states.readRecord().key());
        }
    }
}
