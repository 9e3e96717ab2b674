package io.complaintstreams.streams.deadline;

import complaintstreams.events.AlertKind;
import complaintstreams.events.ComplaintOutcome;
import complaintstreams.events.DeadlineAlert;
import complaintstreams.events.DeadlineState;
import complaintstreams.events.DeadlineStatus;
import complaintstreams.events.Tenure;
import io.complaintstreams.domain.calendar.WorkingDayCalendar;
import io.complaintstreams.domain.complaint.AlertKey;
import io.complaintstreams.domain.complaint.AlertRules;
import io.complaintstreams.domain.complaint.ComplaintFact;
import io.complaintstreams.domain.complaint.ComplaintLifecycle;
import io.complaintstreams.domain.complaint.ComplaintView;
import io.complaintstreams.domain.complaint.FactValidator;
import io.complaintstreams.domain.complaint.StageView;
import io.complaintstreams.domain.deadline.CodeEditions;
import io.complaintstreams.domain.deadline.DeadlineCalculator;
import io.complaintstreams.domain.deadline.LocalTargets;
import io.complaintstreams.streams.TopologySettings;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The Complaint Handling Code's rules from the domain module, mapped to the Avro state and alerts. Each complaint is
 * judged by the Code edition in force on the date it was received ({@link CodeEditions#standard()}).
 */
public final class CodeComplaintClock implements ComplaintClock {
    private final CodeEditions editions = CodeEditions.standard();
    private final LocalTargets targets;
    private final ComplaintLifecycle lifecycle;
    private final AlertRules alertRules;

    public CodeComplaintClock(WorkingDayCalendar calendar, int dueSoonWorkingDays, LocalTargets targets) {
        this.targets = targets;
        this.lifecycle = new ComplaintLifecycle(calendar, dueSoonWorkingDays);
        this.alertRules = new AlertRules(new DeadlineCalculator(calendar, editions.statutory(), dueSoonWorkingDays));
    }

    public static ComplaintClock.Factory factory() {
        return (TopologySettings s) -> new CodeComplaintClock(WorkingDayCalendar.englandAndWales(), s.dueSoonWorkingDays(),
                s.localTargets());
    }

    @Override
    public Optional<String> rejectReason(List<ComplaintFact> existing, ComplaintFact incoming) {
        return FactValidator.rejectReason(existing, incoming);
    }

    @Override
    public Optional<Evaluation> evaluate(String complaintId, List<ComplaintFact> facts, LocalDate today, Instant now) {
        return lifecycle.evaluate(facts, today, editions, targets).map(view -> new Evaluation(view,
                state(view, now),
                alertRules.due(view, today).stream().map(key -> alert(view, key, now)).toList(),
                alertRules.nextCheckDate(view)));
    }

    private static DeadlineState state(ComplaintView view, Instant now) {
        StageView current = view.current();
        return DeadlineState.newBuilder()
                .setComplaintId(view.complaintId()).setLandlordId(view.landlordId()).setResidentId(view.residentId())
                .setStage(current.stage()).setStatus(DeadlineStatus.valueOf(current.status().name()))
                .setReceivedOn(current.receivedOn()).setAcknowledgedOn(current.acknowledgedOn())
                .setAcknowledgeBy(current.acknowledgeBy()).setRespondBy(current.respondBy())
                .setExtensionWorkingDays(current.extensionWorkingDays()).setRespondedOn(current.respondedOn())
                .setAcknowledgedOnTime(current.acknowledgedOnTime()).setRespondedOnTime(current.respondedOnTime())
                .setExtensionCompliant(current.extensionCompliant())
                .setLocalAcknowledgeBy(current.local() == null ? null : current.local().acknowledgeBy())
                .setLocalRespondBy(current.local() == null ? null : current.local().respondBy())
                .setHandlerId(current.handlerId())
                .setOutcome(current.outcome() == null ? null : ComplaintOutcome.valueOf(current.outcome()))
                .setCategory(view.category()).setThemes(view.themes() == null ? List.of() : view.themes())
                .setTenure(view.tenure() == null ? null : Tenure.valueOf(view.tenure()))
                .setUpdatedAt(now).setCode(view.code())
                .build();
    }

    private static DeadlineAlert alert(ComplaintView view, AlertKey key, Instant now) {
        StageView stage = key.stage() == view.current().stage() ? view.current() : view.stage1();
        AlertKind kind = AlertKind.valueOf(key.kind().name());
        LocalDate dueOn = switch (kind) {
            case ACKNOWLEDGEMENT_DUE_SOON, ACKNOWLEDGEMENT_OVERDUE -> stage.acknowledgeBy();
            case RESPONSE_DUE_SOON, RESPONSE_OVERDUE, EXTENSION_BEYOND_CODE -> stage.respondBy();
            default -> null;
        };
        return DeadlineAlert.newBuilder()
                .setAlertId(view.complaintId() + ":" + key.stage() + ":" + kind)
                .setKind(kind).setComplaintId(view.complaintId()).setLandlordId(view.landlordId())
                .setResidentId(view.residentId()).setStage(key.stage()).setDueOn(dueOn).setRaisedAt(now)
                .setHandlerId(stage.handlerId())
                .setMessage(AlertMessages.describe(kind, view.complaintId(), key.stage(), dueOn, stage))
                .build();
    }
}
