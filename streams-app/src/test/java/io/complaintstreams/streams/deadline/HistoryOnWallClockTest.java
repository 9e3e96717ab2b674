package io.complaintstreams.streams.deadline;

import static complaintstreams.events.ComplaintEventType.ACKNOWLEDGED;
import static complaintstreams.events.ComplaintEventType.EXTENDED;
import static complaintstreams.events.ComplaintEventType.RECEIVED;
import static complaintstreams.events.ComplaintEventType.RESPONDED;
import static io.complaintstreams.streams.deadline.DeadlineDriver.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import complaintstreams.events.DeadlineAlert;
import complaintstreams.events.DeadlineStatus;
import io.complaintstreams.streams.ClockMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A wall-clock instance fed a year of history fast ({@code run --demo}, an import): deadlines the history met are not
 * alerted, deadlines it missed are, each alert carrying the deadline the ledger held when it fired.
 */
class HistoryOnWallClockTest {
    private static final Duration CHECK = Duration.ofSeconds(30);

    @Test
    void shouldNotAlertDeadlinesMetInHistoryFedFastToAWallClockInstance() {
        try (var d = new DeadlineDriver(ClockMode.WALL)) {
            d.wallClockAt("2026-11-30");
            // 2025-04-02 + 10 working days = 04-16; extended by 10 working days = 05-01 (Easter 18 and 21 April)
            feed(d, event("C10", RECEIVED, 1, "2025-04-01T09:00:00Z"));
            feed(d, event("C10", ACKNOWLEDGED, 1, "2025-04-02T09:00:00Z"));
            feed(d, event("C10", EXTENDED, 1, "2025-04-15T09:00:00Z").setExtensionWorkingDays(10));
            feed(d, event("C10", RESPONDED, 1, "2025-04-28T09:00:00Z"));
            feed(d, event("C12", RECEIVED, 1, "2026-11-30T08:00:00Z"));
            d.advance(CHECK);

            assertTrue(d.alertKinds().isEmpty(), "every deadline of C10 was met; C12 is on track");
            assertEquals(DeadlineStatus.CLOSED_ON_TIME, d.stateStore().get("C10").getStatus());
        }
    }

    @Test
    void shouldAlertADeadlineMissedInHistoryWithTheDueDateTheLedgerHolds() {
        try (var d = new DeadlineDriver(ClockMode.WALL)) {
            d.wallClockAt("2026-11-30");
            feed(d, event("C11", RECEIVED, 1, "2025-05-01T09:00:00Z"));
            feed(d, event("C12", RECEIVED, 1, "2025-05-20T09:00:00Z"));

            List<DeadlineAlert> alerts = d.alerts.readValuesToList();
            DeadlineAlert overdue = alerts.stream().filter(a -> a.getKind().name().equals("ACKNOWLEDGEMENT_OVERDUE"))
                    .findFirst().orElseThrow();
            assertEquals("C11", overdue.getComplaintId());
            assertEquals(d.stateStore().get("C11").getAcknowledgeBy(), overdue.getDueOn());
            assertEquals(LocalDate.parse("2025-05-09"), overdue.getDueOn(), "5 working days after 1 May (bank holiday 5 May)");
            assertTrue(overdue.getMessage().contains("Friday 9 May 2025"), overdue.getMessage());
            assertTrue(overdue.getRaisedAt().toString().startsWith("2025-05-20"), "judged by stream time while history is fed");
        }
    }

    @Test
    void shouldAlertAnUnansweredImportedComplaintByTheWallClockOnceQuiet() {
        try (var d = new DeadlineDriver(ClockMode.WALL)) {
            d.wallClockAt("2026-11-30");
            d.pipe(event("C13", RECEIVED, 1, "2025-04-01T09:00:00Z"));
            assertTrue(d.alerts.isEmpty(), "its later events may still be on their way");
            d.advance(CHECK);
            assertTrue(d.alerts.isEmpty(), "the check after history judges by stream time");
            d.advance(CHECK);
            assertEquals(List.of("1:ACKNOWLEDGEMENT_OVERDUE", "1:RESPONSE_OVERDUE"), d.alertKinds().stream().sorted().toList());
            assertEquals(DeadlineStatus.OVERDUE, d.stateStore().get("C13").getStatus());
            d.advance(CHECK);
            assertTrue(d.alerts.isEmpty(), "alerted once only");
        }
    }

    /** One event, then one check interval: the demo's pace (many events per check) is the harder case of this. */
    private static void feed(DeadlineDriver d, complaintstreams.events.ComplaintEvent.Builder event) {
        d.pipe(event);
        d.advance(CHECK);
    }
}
