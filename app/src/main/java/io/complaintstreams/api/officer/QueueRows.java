package io.complaintstreams.api.officer;

import complaintstreams.events.DeadlineState;
import complaintstreams.events.DeadlineStatus;
import complaintstreams.state.ComplaintLedger;
import io.complaintstreams.domain.calendar.WorkingDayCalendar;
import io.complaintstreams.streams.deadline.LedgerFacts;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One complaint of the officer's work queue as a row, from its ledger entry. {@code dueOn} is the open stage's next
 * deadline (acknowledgeBy until acknowledged, then respondBy; null once the stage ended); {@code daysOverdue} counts
 * calendar days after it (0 when not overdue); {@code workingDaysLeft} counts working days (Monday to Friday, not an
 * England and Wales bank holiday, the deadline calculator's calendar) after today up to and including {@code dueOn},
 * negative when overdue. {@code activeAlerts} are the complaint's alerts neither superseded nor resolved, as {@code stage:KIND}.
 */
final class QueueRows {
    static final Set<DeadlineStatus> OPEN = Set.of(DeadlineStatus.ON_TRACK, DeadlineStatus.DUE_SOON, DeadlineStatus.OVERDUE);
    static final List<String> CSV_COLUMNS = List.of("complaintId", "landlordId", "residentId", "stage", "status",
            "handlerId", "themes", "category", "receivedOn", "acknowledgedOn", "acknowledgeBy", "respondBy", "respondedOn",
            "extensionWorkingDays", "dueOn", "daysOverdue", "workingDaysLeft", "activeAlerts");
    /** Most urgent first: the earliest deadline, then complaint id (numbers as numbers); closed ones last. */
    static final Comparator<Map<String, Object>> URGENCY = Comparator
            .comparing((Map<String, Object> r) -> r.get("dueOn") == null ? "9999-12-31" : (String) r.get("dueOn"))
            .thenComparing((a, b) -> RowQuery.natural((String) a.get("complaintId"), (String) b.get("complaintId")));

    private QueueRows() {}

    static Map<String, Object> row(ComplaintLedger ledger, LocalDate today, WorkingDayCalendar calendar) {
        DeadlineState s = ledger.getState();
        boolean open = OPEN.contains(s.getStatus());
        LocalDate dueOn = !open ? null : s.getAcknowledgedOn() == null ? s.getAcknowledgeBy() : s.getRespondBy();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("complaintId", s.getComplaintId());
        m.put("landlordId", s.getLandlordId());
        m.put("residentId", s.getResidentId());
        m.put("stage", s.getStage());
        m.put("status", s.getStatus().name());
        m.put("open", open);
        m.put("handlerId", s.getHandlerId());
        m.put("themes", s.getThemes());
        m.put("category", s.getCategory());
        m.put("receivedOn", text(s.getReceivedOn()));
        m.put("acknowledgedOn", text(s.getAcknowledgedOn()));
        m.put("acknowledgeBy", text(s.getAcknowledgeBy()));
        m.put("respondBy", text(s.getRespondBy()));
        m.put("respondedOn", text(s.getRespondedOn()));
        m.put("extensionWorkingDays", s.getExtensionWorkingDays());
        m.put("dueOn", text(dueOn));
        m.put("daysOverdue", dueOn == null ? null : Math.max(0, ChronoUnit.DAYS.between(dueOn, today)));
        m.put("workingDaysLeft", dueOn == null ? null : calendar.workingDaysBetween(today, dueOn));
        m.put("activeAlerts", ComplaintAlerts.active(ComplaintAlerts.of(ledger, LedgerFacts.toDomain(ledger))));
        return m;
    }

    private static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
