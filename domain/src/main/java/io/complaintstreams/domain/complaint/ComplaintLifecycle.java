package io.complaintstreams.domain.complaint;

import io.complaintstreams.domain.calendar.WorkingDayCalendar;
import io.complaintstreams.domain.deadline.CodeEditions;
import io.complaintstreams.domain.deadline.CodeRules;
import io.complaintstreams.domain.deadline.DeadlineCalculator;
import io.complaintstreams.domain.deadline.DeadlineInput;
import io.complaintstreams.domain.deadline.Deadlines;
import io.complaintstreams.domain.deadline.LocalTargets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A complaint's state as a pure function of its facts and a date. Facts are put in canonical order and
 * de-duplicated by eventId first ({@link FactOrder}), so arrival order and repeats change nothing. See
 * {@code domain/README-deadlines.md} for the rules.
 */
public final class ComplaintLifecycle {
    private final WorkingDayCalendar calendar;
    private final int dueSoonWorkingDays;

    public ComplaintLifecycle(WorkingDayCalendar calendar, int dueSoonWorkingDays) {
        this.calendar = calendar;
        this.dueSoonWorkingDays = dueSoonWorkingDays;
    }

    /**
     * The view as of {@code today}; empty while the current stage's start (stage 1 RECEIVED) has not been seen,
     * e.g. when an ACKNOWLEDGED arrived before its RECEIVED.
     */
    public Optional<ComplaintView> evaluate(Collection<ComplaintFact> facts, LocalDate today, CodeRules rules, LocalTargets targets) {
        return evaluate(facts, today, CodeEditions.single(rules), targets);
    }

    /**
     * As {@link #evaluate(Collection, LocalDate, CodeRules, LocalTargets)}, judged by the Code edition in force on the
     * date the complaint was received (its stage 1 receipt, else its escalation request), for both stages
     * ({@link ComplaintView#code()} names it).
     */
    public Optional<ComplaintView> evaluate(Collection<ComplaintFact> facts, LocalDate today, CodeEditions editions, LocalTargets targets) {
        StageFacts stage1 = new StageFacts(1);
        StageFacts stage2 = new StageFacts(2);
        Attributes attributes = new Attributes();
        for (ComplaintFact fact : FactOrder.canonical(facts)) {
            attributes.accept(fact);
            if (fact.type() == FactType.RECEIVED || fact.type() != FactType.ESCALATED && fact.stage() == 1) {
                stage1.accept(fact);
            } else if (fact.type() == FactType.ESCALATED || fact.stage() == 2) {
                stage2.accept(fact);
            }
        }
        StageFacts current = stage2.received != null ? stage2 : stage1;
        if (current.received == null) {
            return Optional.empty();
        }
        CodeRules rules = editions.forReceived(stage1.received != null ? stage1.received : stage2.received);
        DeadlineCalculator calculator = new DeadlineCalculator(calendar, rules, dueSoonWorkingDays);
        StageView currentView = view(current, today, calculator, targets);
        StageView stage1View = null;
        if (current == stage2 && stage1.received != null) {
            // A stage 1 never ended by its own fact is frozen as it stood on the day stage 2 was requested.
            LocalDate asOf = stage1.endedOn != null ? today : stage2.received;
            stage1View = view(stage1, asOf, calculator, targets);
        }
        return Optional.of(new ComplaintView(attributes.complaintId, attributes.landlordId, attributes.residentId,
                attributes.tenure, today, currentView, stage1View, attributes.category, List.copyOf(attributes.themes),
                attributes.remedyAmount, attributes.reason, rules.edition()));
    }

    private static StageView view(StageFacts s, LocalDate asOf, DeadlineCalculator calculator, LocalTargets targets) {
        DeadlineInput input = new DeadlineInput(s.stage, s.received, s.acknowledged, s.extension, s.responded);
        Deadlines d = calculator.calculate(input, asOf);
        ComplaintStatus status;
        if (s.endedBy == null || s.endedBy == FactType.RESPONDED) {
            status = ComplaintStatus.of(d.status());
        } else if (s.endedBy == FactType.CLOSED) {
            status = ComplaintStatus.of(calculator.closedStatus(s.endedOn, d.respondBy()));
        } else {
            status = ComplaintStatus.valueOf(s.endedBy.name());
        }
        // acknowledgedOn: a response with no acknowledgement is the acknowledgement (CONTRACTS sections 3 and 6).
        return new StageView(s.stage, s.received, input.acknowledgement(), d.acknowledgeBy(), s.extension, d.respondBy(), s.responded,
                d.acknowledgedOnTime(), d.respondedOnTime(), d.extensionCompliant(), d.respondByWithinCodeMaximum(),
                d.withinTimescale(), status, s.endedBy, s.endedOn, s.handlerId, s.outcome,
                calculator.local(targets == null ? LocalTargets.none() : targets, input));
    }

    /** Complaint-wide attributes: identity from the first fact giving it, the rest from the latest. */
    private static final class Attributes {
        String complaintId;
        String landlordId;
        String residentId;
        String tenure;
        String category;
        final TreeSet<String> themes = new TreeSet<>();
        Double remedyAmount;
        String reason;

        void accept(ComplaintFact f) {
            complaintId = complaintId != null ? complaintId : f.complaintId();
            landlordId = landlordId != null ? landlordId : f.landlordId();
            residentId = residentId != null ? residentId : f.residentId();
            tenure = f.tenure() != null ? f.tenure() : tenure;
            category = f.category() != null ? f.category() : category;
            remedyAmount = f.remedyAmount() != null ? f.remedyAmount() : remedyAmount;
            reason = f.reason() != null ? f.reason() : reason;
            themes.addAll(f.themes());
        }
    }
}
