package io.complaintstreams.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import complaintstreams.events.DeadlineState;
import complaintstreams.events.DeadlineStatus;
import io.complaintstreams.metrics.ComplaintSnapshot;
import io.complaintstreams.metrics.ComplaintSnapshot.Key;
import io.complaintstreams.metrics.ComplaintSnapshot.RateKey;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComplaintSnapshotTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 2, 16);

    @Test
    void shouldCountOpenComplaintsByStatusAndStageAndIgnoreClosedOnes() {
        var s = ComplaintSnapshot.of(complaints(
                state("A", 1, DeadlineStatus.OVERDUE, LocalDate.of(2026, 1, 5)),
                state("B", 2, DeadlineStatus.DUE_SOON, LocalDate.of(2026, 2, 2)),
                state("C", 1, DeadlineStatus.CLOSED_ON_TIME, LocalDate.of(2026, 2, 2)),
                state("D", 1, DeadlineStatus.WITHDRAWN, LocalDate.of(2026, 2, 2))), TODAY);
        assertEquals(1L, s.open().get(new Key("OVERDUE", 1)));
        assertEquals(1L, s.open().get(new Key("DUE_SOON", 2)));
        assertEquals(2, s.open().values().stream().mapToLong(Long::longValue).sum());
        assertEquals(1, s.overdue());
        assertEquals(4, s.total());
    }

    @Test
    void shouldMeasureTheOldestOverdueFromTheCurrentDeadline() {
        DeadlineState unacknowledged = state("A", 1, DeadlineStatus.OVERDUE, LocalDate.of(2026, 1, 5));
        unacknowledged.setAcknowledgeBy(LocalDate.of(2026, 2, 6));
        DeadlineState acknowledged = state("B", 1, DeadlineStatus.OVERDUE, LocalDate.of(2026, 1, 5));
        acknowledged.setAcknowledgedOn(LocalDate.of(2026, 1, 6));
        acknowledged.setRespondBy(LocalDate.of(2026, 2, 13));
        assertEquals(10, ComplaintSnapshot.of(complaints(unacknowledged, acknowledged), TODAY).oldestOverdueDays());
    }

    @Test
    void shouldCountThisMonthsComplaintsByStageAndOncePerTheme() {
        DeadlineState twoThemes = state("A", 1, DeadlineStatus.ON_TRACK, LocalDate.of(2026, 2, 2));
        twoThemes.setThemes(List.of("repairs", "damp_mould"));
        var s = ComplaintSnapshot.of(complaints(twoThemes,
                state("B", 1, DeadlineStatus.ON_TRACK, LocalDate.of(2026, 2, 3)),
                state("C", 1, DeadlineStatus.ON_TRACK, LocalDate.of(2026, 1, 30))), TODAY);
        assertEquals(2L, s.receivedThisMonth().get(1));
        assertEquals(1L, s.receivedThisMonthByTheme().get(new Key("repairs", 1)));
        assertEquals(1L, s.receivedThisMonthByTheme().get(new Key("damp_mould", 1)));
        assertEquals(1L, s.receivedThisMonthByTheme().get(new Key("none", 1)));
    }

    @Test
    void shouldComputeOnTimeRatesForTheMonthAndTheFinancialYearToDate() {
        DeadlineState lateInMay = responded("A", LocalDate.of(2025, 5, 20), false);
        DeadlineState onTimeInFeb = responded("B", LocalDate.of(2026, 2, 10), true);
        DeadlineState lastYear = responded("C", LocalDate.of(2025, 3, 20), true);
        var s = ComplaintSnapshot.of(complaints(lateInMay, onTimeInFeb, lastYear), TODAY);
        var fy = s.onTime().get(new RateKey("response", 1, "financial_year"));
        assertEquals(2, fy.decided());
        assertEquals(0.5, fy.ratio());
        assertEquals(1.0, s.onTime().get(new RateKey("response", 1, "month")).ratio());
        assertTrue(Double.isNaN(s.onTime().get(new RateKey("response", 2, "month")).ratio()), "nothing decided: NaN");
    }

    @Test
    void shouldCountAnEscalatedComplaintInStage1sMonthAsTheStatisticsDo() {
        DeadlineState escalated = state("E", 2, DeadlineStatus.ON_TRACK, LocalDate.of(2026, 2, 10));
        var contributions = Map.of("2026-02|LL1", Map.of("stage1.received", 1L, "stage2.received", 1L),
                "2026-W07|LL1", Map.of("stage1.received", 1L, "stage2.received", 1L));
        var s = ComplaintSnapshot.of(List.of(new ComplaintSnapshot.Complaint(escalated, contributions)), TODAY);
        assertEquals(1L, s.receivedThisMonth().get(1));
        assertEquals(1L, s.receivedThisMonth().get(2));
        assertEquals(1L, s.open().get(new Key("ON_TRACK", 2)));
    }

    /** Each state with the contributions the ledger gives such a complaint (its current stage only). */
    private static List<ComplaintSnapshot.Complaint> complaints(DeadlineState... states) {
        List<ComplaintSnapshot.Complaint> out = new ArrayList<>();
        for (DeadlineState s : states) {
            Map<String, Map<String, Long>> byMonth = new HashMap<>();
            String stage = "stage" + s.getStage() + ".";
            add(byMonth, s.getReceivedOn(), stage + "received");
            if (s.getAcknowledgedOn() != null && s.getAcknowledgedOnTime() != null) {
                add(byMonth, s.getAcknowledgedOn(), stage + (s.getAcknowledgedOnTime() ? "acknowledgedOnTime" : "acknowledgedLate"));
            }
            if (s.getRespondedOn() != null && s.getRespondedOnTime() != null) {
                add(byMonth, s.getRespondedOn(), stage + (s.getRespondedOnTime() ? "respondedOnTime" : "respondedLate"));
            }
            out.add(new ComplaintSnapshot.Complaint(s, byMonth));
        }
        return out;
    }

    private static void add(Map<String, Map<String, Long>> byMonth, LocalDate on, String counter) {
        byMonth.computeIfAbsent(YearMonth.from(on) + "|LL1", k -> new HashMap<>()).merge(counter, 1L, Long::sum);
    }

    private static DeadlineState responded(String id, LocalDate on, boolean onTime) {
        DeadlineState s = state(id, 1, onTime ? DeadlineStatus.CLOSED_ON_TIME : DeadlineStatus.CLOSED_LATE, on.minusDays(20));
        s.setRespondedOn(on);
        s.setRespondedOnTime(onTime);
        return s;
    }

    private static DeadlineState state(String id, int stage, DeadlineStatus status, LocalDate received) {
        return DeadlineState.newBuilder().setComplaintId(id).setLandlordId("LL1").setResidentId("R-" + id)
                .setStage(stage).setStatus(status).setReceivedOn(received).setAcknowledgeBy(received.plusDays(7))
                .setRespondBy(received.plusDays(21)).setUpdatedAt(Instant.parse("2026-02-16T10:00:00Z")).build();
    }
}
