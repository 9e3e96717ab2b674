package io.complaintstreams.streams.classification;

import static io.complaintstreams.streams.classification.Events.*;
import static org.junit.jupiter.api.Assertions.*;

import complaintstreams.events.DeadlineAlert;
import complaintstreams.events.ServiceRequestStatus;
import complaintstreams.events.Signal;
import complaintstreams.events.SignalAction;
import io.complaintstreams.streams.ClockMode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Dates in April-May 2025 (Europe/London): Good Friday 18 April and Easter Monday 21 April are bank holidays,
 * so Tuesday 1 April + 20 working days is Thursday 1 May.
 */
class ChasingRuleTest {
    private static final Instant APR_01 = Instant.parse("2025-04-01T09:00:00Z");

    private static Instant on(String date) {
        return Instant.parse(date + "T10:00:00Z");
    }

    private static List<Signal> chasing(SignalsHarness h) {
        return h.signals.readValuesToList().stream().filter(s -> s.getSignalId().startsWith("chasing:")).toList();
    }

    @Test
    void shouldSignalChasingOnThirdNeutralContactAboutOpenRequestOnTwentiethWorkingDay() {
        try (var h = SignalsHarness.start(ClockMode.WALL)) {
            h.send(request("sr-open", "SR1", "R1", APR_01, ServiceRequestStatus.OPEN, null));
            h.send(contact("c1", "R1", APR_01, NEUTRAL_CONTACT, "SR1"));
            h.send(contact("c2", "R1", on("2025-04-15"), NEUTRAL_CONTACT, "SR1"));
            h.send(contact("c3", "R1", on("2025-05-01"), NEUTRAL_CONTACT, "SR1"));

            List<Signal> all = h.signals.readValuesToList();
            assertEquals(4, all.size(), "three NONE contact signals and one chasing signal");
            assertEquals(3, all.stream().filter(s -> s.getAction() == SignalAction.NONE).count());
            Signal chase = all.get(3);
            assertEquals("chasing:SR1:c3", chase.getSignalId());
            assertEquals("R1", chase.getResidentId());
            assertEquals("C-c3", chase.getSourceId());
            assertEquals("SR1", chase.getServiceRequestId());
            assertEquals(on("2025-05-01"), chase.getOccurredAt());
            assertTrue(chase.getDissatisfied());
            assertEquals(SignalAction.OFFER_COMPLAINT, chase.getAction());
            assertEquals(List.of("chasing: 3rd contact about open service request SR1 within 20 working days"),
                    chase.getReasons());
        }
    }

    @Test
    void shouldNotRepeatADissatisfiedThirdContactAsAChasingSignal() {
        try (var h = SignalsHarness.start(ClockMode.WALL)) {
            h.send(request("sr-open", "SR1", "R1", APR_01, ServiceRequestStatus.OPEN, null));
            h.send(contact("c1", "R1", APR_01, NEUTRAL_CONTACT, "SR1"));
            h.send(contact("c2", "R1", on("2025-04-15"), NEUTRAL_CONTACT, "SR1"));
            h.send(contact("c3", "R1", on("2025-05-01"), DISSATISFIED_CONTACT, "SR1"));

            List<Signal> all = h.signals.readValuesToList();
            assertEquals(3, all.size(), "the 3rd contact's own OFFER_COMPLAINT signal stands for the chase");
            assertEquals(SignalAction.OFFER_COMPLAINT, all.get(2).getAction());
            assertEquals(List.of(), all.stream().filter(s -> s.getSignalId().startsWith("chasing:")).toList());
        }
    }

    @Test
    void shouldNotSignalChasingWhenThreeContactsSpreadOverTwentyOneWorkingDays() {
        try (var h = SignalsHarness.start(ClockMode.WALL)) {
            h.send(request("sr-open", "SR1", "R1", APR_01, ServiceRequestStatus.OPEN, null));
            h.send(contact("c1", "R1", APR_01, NEUTRAL_CONTACT, "SR1"));
            h.send(contact("c2", "R1", on("2025-04-15"), NEUTRAL_CONTACT, "SR1"));
            h.send(contact("c3", "R1", on("2025-05-02"), NEUTRAL_CONTACT, "SR1"));

            assertEquals(List.of(), chasing(h));
        }
    }

    @Test
    void shouldNotSignalChasingWhenServiceRequestCompletedBeforeThirdContact() {
        try (var h = SignalsHarness.start(ClockMode.WALL)) {
            h.send(request("sr-open", "SR1", "R1", APR_01, ServiceRequestStatus.OPEN, null));
            h.send(contact("c1", "R1", APR_01, NEUTRAL_CONTACT, "SR1"));
            h.send(contact("c2", "R1", on("2025-04-02"), NEUTRAL_CONTACT, "SR1"));
            h.send(request("sr-done", "SR1", "R1", on("2025-04-02"), ServiceRequestStatus.COMPLETED, null));
            h.send(contact("c3", "R1", on("2025-04-03"), NEUTRAL_CONTACT, "SR1"));

            assertEquals(List.of(), chasing(h));
        }
    }

    @Test
    void shouldNotCountContactsAboutDifferentRequestsOrRepeatedContactEventsOnConsecutiveDays() {
        try (var h = SignalsHarness.start(ClockMode.WALL)) {
            h.send(contact("c1", "R1", APR_01, NEUTRAL_CONTACT, "SR1"));
            h.send(contact("c1", "R1", APR_01, NEUTRAL_CONTACT, "SR1"));
            h.send(contact("c2", "R1", on("2025-04-02"), NEUTRAL_CONTACT, "SR2"));
            h.send(contact("c3", "R1", on("2025-04-03"), NEUTRAL_CONTACT, "SR1"));

            assertEquals(List.of(), chasing(h));
        }
    }

    @Test
    void shouldSignalChasingOnceForFourthContactAndAgainOnlyAfterThreeMoreWithinTwentyWorkingDays() {
        try (var h = SignalsHarness.start(ClockMode.WALL)) {
            String[] days = {"2025-04-01", "2025-04-02", "2025-04-03", "2025-04-04", "2025-04-07", "2025-04-08"};
            for (int i = 0; i < days.length; i++) {
                h.send(contact("c" + (i + 1), "R1", on(days[i]), NEUTRAL_CONTACT, "SR1"));
            }

            assertEquals(List.of("chasing:SR1:c3", "chasing:SR1:c6"),
                    chasing(h).stream().map(Signal::getSignalId).toList());
        }
    }

    @Test
    void shouldAlertPossibleUnloggedComplaintForChasingSignalAfterFiveWorkingDaysWithoutComplaint() {
        try (var h = SignalsHarness.start(ClockMode.WALL)) {
            h.send(contact("c1", "R1", on("2025-04-01"), NEUTRAL_CONTACT, "SR1"));
            h.send(contact("c2", "R1", on("2025-04-02"), NEUTRAL_CONTACT, "SR1"));
            h.send(contact("c3", "R1", on("2025-04-03"), NEUTRAL_CONTACT, "SR1"));
            h.advanceWallClockTo(on("2025-04-11"));

            List<DeadlineAlert> alerts = h.alerts.readValuesToList();
            assertEquals(1, alerts.size());
            assertEquals("chasing:SR1:c3", alerts.get(0).getSignalId());
            assertEquals(java.time.LocalDate.parse("2025-04-10"), alerts.get(0).getDueOn());
        }
    }
}
