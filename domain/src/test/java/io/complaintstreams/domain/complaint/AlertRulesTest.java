package io.complaintstreams.domain.complaint;

import static io.complaintstreams.domain.complaint.Facts.fact;
import static io.complaintstreams.domain.complaint.Facts.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.complaintstreams.domain.deadline.CodeRules;
import io.complaintstreams.domain.deadline.DeadlineCalculator;
import io.complaintstreams.domain.deadline.LocalTargets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class AlertRulesTest {
    private final DeadlineCalculator calculator = DeadlineCalculator.standard();
    private final ComplaintLifecycle lifecycle = new ComplaintLifecycle(calculator.calendar(), calculator.dueSoonWorkingDays());
    private final AlertRules rules = new AlertRules(calculator);

    private ComplaintView view(List<ComplaintFact> facts, LocalDate today) {
        return lifecycle.evaluate(facts, today, CodeRules.housingOmbudsmanCode(), LocalTargets.none()).orElseThrow();
    }

    private Set<AlertKey> due(List<ComplaintFact> facts, String today) {
        LocalDate date = LocalDate.parse(today);
        return rules.due(view(facts, date), date);
    }

    private static AlertKey key(int stage, AlertKind kind) {
        return new AlertKey(stage, kind);
    }

    @Test
    void shouldRaiseAcknowledgementThenResponseAlertsAsTimePasses() {
        // Received Wed 2 Oct 2024: acknowledgeBy Wed 9 Oct, respondBy Wed 23 Oct.
        List<ComplaintFact> facts = List.of(of("e1", FactType.RECEIVED, 1, "2024-10-02"));
        assertEquals(Set.of(), due(facts, "2024-10-04"));
        assertEquals(Set.of(key(1, AlertKind.ACKNOWLEDGEMENT_DUE_SOON)), due(facts, "2024-10-07"));
        assertEquals(Set.of(key(1, AlertKind.ACKNOWLEDGEMENT_OVERDUE)), due(facts, "2024-10-10"));
        assertEquals(Set.of(key(1, AlertKind.ACKNOWLEDGEMENT_OVERDUE), key(1, AlertKind.RESPONSE_DUE_SOON)), due(facts, "2024-10-21"));
        assertEquals(Set.of(key(1, AlertKind.ACKNOWLEDGEMENT_OVERDUE), key(1, AlertKind.RESPONSE_OVERDUE)), due(facts, "2024-10-24"));
    }

    @Test
    void shouldStopClockAlertsOnceResponded() {
        List<ComplaintFact> facts = List.of(of("e1", FactType.RECEIVED, 1, "2024-10-02"), of("e2", FactType.RESPONDED, 1, "2024-10-30"));
        assertEquals(Set.of(), due(facts, "2024-11-30"));
        assertEquals(Optional.empty(), rules.nextCheckDate(view(facts, LocalDate.parse("2024-11-30"))));
    }

    @Test
    void shouldAlertExtensionBeyondCodeAndSameHandlerAtStage2() {
        List<ComplaintFact> facts = List.of(
                fact("e1", FactType.RECEIVED, 1, "2024-10-02").handlerId("H1").build(),
                of("e2", FactType.ACKNOWLEDGED, 1, "2024-10-02"),
                fact("e3", FactType.EXTENDED, 1, "2024-10-10").extensionWorkingDays(12).build(),
                of("e4", FactType.RESPONDED, 1, "2024-10-20"),
                fact("e5", FactType.ESCALATED, 2, "2024-11-01").handlerId("H1").build(),
                of("e6", FactType.ACKNOWLEDGED, 2, "2024-11-01"));
        assertEquals(Set.of(key(1, AlertKind.EXTENSION_BEYOND_CODE), key(2, AlertKind.STAGE2_SAME_HANDLER)), due(facts, "2024-11-04"));
    }

    @Test
    void shouldGiveCheckDatesOnWhichEveryNewAlertFirstBecomesDue() {
        List<ComplaintFact> facts = List.of(of("e1", FactType.RECEIVED, 1, "2024-12-20"), of("e2", FactType.ACKNOWLEDGED, 1, "2025-01-06"));
        LocalDate start = LocalDate.parse("2024-12-20");
        Map<AlertKey, LocalDate> daily = firstSeen(facts, start, false);
        Map<AlertKey, LocalDate> indexed = firstSeen(facts, start, true);
        assertEquals(daily, indexed);
        assertTrue(daily.containsKey(key(1, AlertKind.RESPONSE_OVERDUE)), daily.toString());
    }

    /** When each alert is first due, checking every day or only on the check dates the rules give. */
    private Map<AlertKey, LocalDate> firstSeen(List<ComplaintFact> facts, LocalDate start, boolean onlyCheckDates) {
        Map<AlertKey, LocalDate> seen = new TreeMap<>();
        LocalDate next = start;
        for (LocalDate d = start; d.isBefore(start.plusDays(60)); d = d.plusDays(1)) {
            if (onlyCheckDates && !d.equals(next)) {
                continue;
            }
            ComplaintView v = view(facts, d);
            for (AlertKey k : rules.due(v, d)) {
                seen.putIfAbsent(k, d);
            }
            next = rules.nextCheckDate(v).orElse(LocalDate.MAX);
        }
        return seen;
    }
}
