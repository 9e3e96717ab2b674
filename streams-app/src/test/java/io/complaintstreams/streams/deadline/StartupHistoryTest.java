package io.complaintstreams.streams.deadline;

import static complaintstreams.events.ComplaintEventType.ACKNOWLEDGED;
import static complaintstreams.events.ComplaintEventType.RECEIVED;
import static complaintstreams.events.ComplaintEventType.RESPONDED;
import static io.complaintstreams.streams.deadline.DeadlineDriver.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import complaintstreams.events.ComplaintEvent;
import complaintstreams.events.DeadlineAlert;
import complaintstreams.events.DeadlineStatus;
import io.complaintstreams.streams.ClockMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * A wall-clock instance started on a backlog ({@code run --demo}'s history, a restart after an outage): the complaint
 * events already in the topic at start-up (offsets 0 to 4 here) are judged by stream time, so a complaint whose
 * history acknowledged it in time is not alerted, one never acknowledged is, once; later records are judged by the
 * wall clock. The alerts do not depend on how the wall clock moves while the history is processed.
 */
class StartupHistoryTest {
    private static final Duration CHECK = Duration.ofSeconds(30);
    /** Offsets 0 to 4: the backlog. 2025-04-01 + 5 working days = 04-08 (acknowledgement due). */
    private static final List<ComplaintEvent.Builder> BACKLOG = List.of(
            event("C1", RECEIVED, 1, "2025-04-01T09:00:00Z"),
            event("C2", RECEIVED, 1, "2025-04-01T10:00:00Z"),
            event("C1", ACKNOWLEDGED, 1, "2025-04-07T09:00:00Z"),
            event("C1", RESPONDED, 1, "2025-04-10T09:00:00Z"),
            event("C3", RECEIVED, 1, "2025-06-02T09:00:00Z"));
    /** Offset 5: after start-up. */
    private static final ComplaintEvent.Builder LIVE = event("C4", RECEIVED, 1, "2026-11-30T08:00:00Z");

    private static StartupHistory backlogOf(int records, long committed) {
        return StartupHistory.of(Map.of(0, records - 1L), partition -> OptionalLong.of(committed));
    }

    @Test
    void shouldNotAlertADeadlineTheBacklogMetAndAlertTheOneItMissedOnce() {
        try (var d = new DeadlineDriver(ClockMode.WALL, backlogOf(BACKLOG.size(), 0))) {
            d.wallClockAt("2026-11-30");
            BACKLOG.forEach(d::pipe);
            List<DeadlineAlert> history = d.alerts.readValuesToList();
            assertEquals(List.of("C2:1:ACKNOWLEDGEMENT_DUE_SOON", "C2:1:ACKNOWLEDGEMENT_OVERDUE", "C2:1:RESPONSE_OVERDUE"),
                    history.stream().map(a -> a.getComplaintId() + ":" + a.getStage() + ":" + a.getKind()).toList(),
                    "C1 acknowledged and answered in time: nothing; C2 judged by stream time as the backlog goes by");
            DeadlineAlert overdue = history.get(1);
            assertEquals("2025-04-08", overdue.getDueOn().toString());
            assertTrue(overdue.getRaisedAt().toString().startsWith("2025-04-10"),
                    "raised at the first stream-time date after 8 April the backlog reaches (C1's RESPONDED): " + overdue.getRaisedAt());
            assertEquals(DeadlineStatus.CLOSED_ON_TIME, d.stateStore().get("C1").getStatus());
            assertEquals(DeadlineStatus.ON_TRACK, d.stateStore().get("C3").getStatus(), "as of its own time, until the wall check");

            d.advance(CHECK);
            assertEquals(List.of("C3:1:ACKNOWLEDGEMENT_OVERDUE", "C3:1:RESPONSE_OVERDUE"), keys(d),
                    "the first wall-clock check after the backlog raises what is still overdue today");
            assertEquals(DeadlineStatus.OVERDUE, d.stateStore().get("C3").getStatus());
            d.pipe(LIVE);
            d.advance(CHECK);
            d.advance(CHECK);
            assertTrue(d.alerts.isEmpty(), "nothing alerted twice; the live complaint is on track");
        }
    }

    @Test
    void shouldRaiseTheSameAlertsWhateverTheWallClockDoesWhileTheBacklogIsProcessed() {
        List<String> quick;
        try (var d = new DeadlineDriver(ClockMode.WALL, backlogOf(BACKLOG.size(), 0))) {
            d.wallClockAt("2026-11-30");
            BACKLOG.forEach(d::pipe);
            d.advance(CHECK);
            quick = keys(d);
        }
        try (var d = new DeadlineDriver(ClockMode.WALL, backlogOf(BACKLOG.size(), 0))) {
            d.wallClockAt("2026-11-30");
            for (ComplaintEvent.Builder e : BACKLOG) {
                d.pipe(e);
                d.advance(CHECK); // a wall-clock check between every two records: slow arrival
                d.advance(CHECK);
            }
            assertEquals(quick, keys(d));
        }
        assertEquals(5, quick.size(), quick.toString());
    }

    @Test
    void shouldJudgeByTheWallClockWithoutABacklogOrOnceTheGroupHadProcessedIt() {
        for (StartupHistory none : List.of(StartupHistory.none(), backlogOf(BACKLOG.size(), BACKLOG.size()))) {
            try (var d = new DeadlineDriver(ClockMode.WALL, none)) {
                d.wallClockAt("2026-11-30");
                d.pipe(BACKLOG.get(0));
                assertEquals(List.of("C1:1:ACKNOWLEDGEMENT_OVERDUE", "C1:1:RESPONSE_OVERDUE"), keys(d),
                        "judged by today's date on arrival, as before (" + none + ")");
            }
        }
    }

    @Test
    void shouldJudgeByTheWallClockWhenTheCommittedOffsetCannotBeRead() {
        StartupHistory unreadable = StartupHistory.of(Map.of(0, 4L), partition -> {
            throw new IllegalStateException("broker unreachable");
        });
        try (var d = new DeadlineDriver(ClockMode.WALL, unreadable)) {
            d.wallClockAt("2026-11-30");
            d.pipe(BACKLOG.get(0));
            assertEquals(List.of("C1:1:ACKNOWLEDGEMENT_OVERDUE", "C1:1:RESPONSE_OVERDUE"), keys(d));
        }
    }

    private static List<String> keys(DeadlineDriver d) {
        return d.alerts.readValuesToList().stream().map(a -> a.getComplaintId() + ":" + a.getStage() + ":" + a.getKind()).sorted().toList();
    }
}
