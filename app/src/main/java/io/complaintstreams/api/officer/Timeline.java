package io.complaintstreams.api.officer;

import complaintstreams.state.ComplaintLedger;
import complaintstreams.state.LedgerFact;
import io.complaintstreams.domain.calendar.WorkingDayCalendar;
import io.complaintstreams.domain.complaint.AlertOutcomes;
import io.complaintstreams.domain.complaint.ComplaintFact;
import io.complaintstreams.domain.complaint.ComplaintLifecycle;
import io.complaintstreams.domain.complaint.ComplaintView;
import io.complaintstreams.domain.complaint.StageView;
import io.complaintstreams.domain.deadline.CodeRules;
import io.complaintstreams.domain.deadline.LocalTargets;
import io.complaintstreams.streams.deadline.LedgerFacts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A complaint's timeline (issue 14 item 1): its events and its alerts in order of time ({@code at}, ISO instants; an
 * alert raised before its time was recorded has {@code at} null and comes last; at the same instant an event comes
 * before an alert). Each alert carries its deadline ({@code dueOn}) and its outcome ({@link AlertOutcomes}: ACTIVE,
 * SUPERSEDED with {@code supersededBy}, or RESOLVED with {@code resolvedAt} and {@code resolvedBy}, the event type).
 */
final class Timeline {
    private Timeline() {}

    static Map<String, Object> of(ComplaintLedger ledger, LocalDate today, WorkingDayCalendar calendar) {
        List<ComplaintFact> facts = LedgerFacts.toDomain(ledger);
        Optional<ComplaintView> view = new ComplaintLifecycle(calendar, 2)
                .evaluate(facts, today, CodeRules.housingOmbudsmanCode(), LocalTargets.none());
        List<Map<String, Object>> entries = new ArrayList<>();
        for (LedgerFact f : ledger.getFacts()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("at", f.getOccurredAt().toString());
            e.put("entry", "event");
            e.put("type", f.getType());
            e.put("stage", f.getStage());
            e.put("eventId", f.getEventId());
            e.put("handlerId", f.getHandlerId());
            e.put("outcome", f.getOutcome());
            e.put("extensionWorkingDays", f.getExtensionWorkingDays());
            e.put("reason", f.getReason());
            entries.add(e);
        }
        for (ComplaintAlerts.Raised r : ComplaintAlerts.of(ledger, facts)) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("at", r.raisedAt() == null ? null : r.raisedAt().toString());
            a.put("entry", "alert");
            a.put("type", r.key().kind().name());
            a.put("stage", r.key().stage());
            a.put("alertId", r.alertId(ledger.getComplaintId()));
            a.put("dueOn", view.map(v -> dueOn(v, r)).map(LocalDate::toString).orElse(null));
            AlertOutcomes.Outcome o = r.outcome();
            a.put("outcome", o.status().name());
            a.put("supersededBy", o.supersededBy() == null ? null : o.supersededBy().name());
            a.put("resolvedAt", o.at() == null ? null : o.at().toString());
            a.put("resolvedBy", o.byType() == null ? null : o.byType().name());
            entries.add(a);
        }
        entries.sort(Comparator.comparing((Map<String, Object> e) -> e.get("at") == null ? "~" : (String) e.get("at"))
                .thenComparing(e -> e.get("entry").equals("event") ? 0 : 1));
        Map<String, Object> out = new LinkedHashMap<>();
        var state = ledger.getState();
        out.put("complaintId", ledger.getComplaintId());
        out.put("landlordId", state == null ? null : state.getLandlordId());
        out.put("residentId", state == null ? null : state.getResidentId());
        out.put("stage", state == null ? null : state.getStage());
        out.put("status", state == null ? null : state.getStatus().name());
        out.put("entries", entries);
        return out;
    }

    private static LocalDate dueOn(ComplaintView view, ComplaintAlerts.Raised r) {
        StageView stage = r.key().stage() == view.current().stage() ? view.current() : view.stage1();
        if (stage == null) {
            return null;
        }
        return switch (r.key().kind()) {
            case ACKNOWLEDGEMENT_DUE_SOON, ACKNOWLEDGEMENT_OVERDUE -> stage.acknowledgeBy();
            case RESPONSE_DUE_SOON, RESPONSE_OVERDUE, EXTENSION_BEYOND_CODE -> stage.respondBy();
            default -> null;
        };
    }
}
