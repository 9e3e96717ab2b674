package io.complaintstreams.domain.deadline;

import io.complaintstreams.domain.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.Objects;

/** CONTRACTS section 3: Code deadlines, on-time flags and status of one stage. Pure and thread-safe. */
public final class DeadlineCalculator {
    /** Default DUE_SOON threshold: 2 working days or fewer left. */
    public static final int DEFAULT_DUE_SOON_WORKING_DAYS = 2;

    private final WorkingDayCalendar calendar;
    private final CodeRules rules;
    private final int dueSoonWorkingDays;

    public DeadlineCalculator(WorkingDayCalendar calendar, CodeRules rules, int dueSoonWorkingDays) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.rules = Objects.requireNonNull(rules, "rules");
        if (dueSoonWorkingDays < 0) {
            throw new IllegalArgumentException("dueSoonWorkingDays must not be negative");
        }
        this.dueSoonWorkingDays = dueSoonWorkingDays;
    }

    /** England and Wales, the Code, DUE_SOON at 2 working days. */
    public static DeadlineCalculator standard() {
        return new DeadlineCalculator(WorkingDayCalendar.englandAndWales(), CodeRules.housingOmbudsmanCode(), DEFAULT_DUE_SOON_WORKING_DAYS);
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    public CodeRules rules() {
        return rules;
    }

    public int dueSoonWorkingDays() {
        return dueSoonWorkingDays;
    }

    public LocalDate acknowledgeBy(int stage, LocalDate received) {
        return calendar.plusWorkingDays(received, rules.forStage(stage).acknowledgeWorkingDays());
    }

    /**
     * (acknowledged, or acknowledgeBy if not acknowledged) + stage response days + extension; when the rules count the
     * response from the receipt (2022 Code stage 2), received + stage response days + extension.
     */
    public LocalDate respondBy(int stage, LocalDate received, LocalDate acknowledged, int extensionWorkingDays) {
        StageRules stageRules = rules.forStage(stage);
        LocalDate base = stageRules.respondFrom() == StageRules.RespondFrom.RECEIPT ? received
                : acknowledged != null ? acknowledged : acknowledgeBy(stage, received);
        return calendar.plusWorkingDays(base, stageRules.respondWorkingDays() + extensionWorkingDays);
    }

    public boolean extensionCompliant(int stage, int extensionWorkingDays) {
        return extensionWorkingDays <= rules.forStage(stage).maxExtensionWorkingDays();
    }

    /**
     * Section 3 for one stage as of {@code asOf}. The acknowledgement is {@link DeadlineInput#acknowledgement()}:
     * a response with no acknowledgement acknowledges the stage on its own date (CONTRACTS section 3), and respondBy
     * counts from that acknowledgement as the contract's formula says. Such a response is therefore never late
     * against respondBy; its lateness shows where the Code puts it, in the acknowledgement: acknowledgedOnTime is
     * false when it came after acknowledgeBy, and CH02 then does not count it within timescale.
     */
    public Deadlines calculate(DeadlineInput in, LocalDate asOf) {
        int stage = in.stage();
        LocalDate acknowledged = in.acknowledgement();
        LocalDate ackBy = acknowledgeBy(stage, in.received());
        LocalDate respondBy = respondBy(stage, in.received(), acknowledged, in.extensionWorkingDays());
        Boolean ackOnTime = acknowledged == null ? null : !acknowledged.isAfter(ackBy);
        Boolean respondedOnTime = in.responded() == null ? null : !in.responded().isAfter(respondBy);
        int cappedExtension = Math.min(in.extensionWorkingDays(), rules.forStage(stage).maxExtensionWorkingDays());
        LocalDate cappedRespondBy = respondBy(stage, in.received(), acknowledged, cappedExtension);
        Boolean within = in.responded() == null ? null
                : Boolean.TRUE.equals(ackOnTime) && !in.responded().isAfter(cappedRespondBy);
        DeadlineStatus status = in.responded() != null
                ? closedStatus(in.responded(), respondBy)
                : openStatus(acknowledged != null ? respondBy : ackBy, asOf);
        return new Deadlines(ackBy, respondBy, ackOnTime, respondedOnTime,
                extensionCompliant(stage, in.extensionWorkingDays()), status, cappedRespondBy, within);
    }

    /** CLOSED_ON_TIME when the clock stopped on or before respondBy, else CLOSED_LATE. */
    public DeadlineStatus closedStatus(LocalDate stoppedOn, LocalDate respondBy) {
        return stoppedOn.isAfter(respondBy) ? DeadlineStatus.CLOSED_LATE : DeadlineStatus.CLOSED_ON_TIME;
    }

    /** OVERDUE after due; DUE_SOON when at most the threshold of working days remain after asOf up to due. */
    public DeadlineStatus openStatus(LocalDate due, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        if (asOf.isAfter(due)) {
            return DeadlineStatus.OVERDUE;
        }
        return isDueSoon(due, asOf) ? DeadlineStatus.DUE_SOON : DeadlineStatus.ON_TRACK;
    }

    /** True when asOf is not after due and at most the threshold of working days remain up to due. */
    public boolean isDueSoon(LocalDate due, LocalDate asOf) {
        return !asOf.isAfter(due) && calendar.workingDaysBetween(asOf, due) <= dueSoonWorkingDays;
    }

    /**
     * Dates and flags against local targets for the stage (all null when the landlord has none). respondBy counts
     * from the same acknowledgement as {@link #calculate}: an implied one when a response came unacknowledged.
     */
    public LocalDeadlines local(LocalTargets targets, DeadlineInput in) {
        LocalStageTarget target = targets == null ? null : targets.forStage(in.stage()).orElse(null);
        if (target == null) {
            return new LocalDeadlines(null, null, null, null);
        }
        LocalDate ackBy = target.acknowledgeWorkingDays() == null ? null
                : calendar.plusWorkingDays(in.received(), target.acknowledgeWorkingDays());
        LocalDate respondBy = null;
        if (target.respondWorkingDays() != null) {
            LocalDate base = in.acknowledgement() != null ? in.acknowledgement() : ackBy != null ? ackBy : acknowledgeBy(in.stage(), in.received());
            respondBy = calendar.plusWorkingDays(base, target.respondWorkingDays() + in.extensionWorkingDays());
        }
        return new LocalDeadlines(ackBy, respondBy, onTime(in.acknowledgement(), ackBy), onTime(in.responded(), respondBy));
    }

    private static Boolean onTime(LocalDate happened, LocalDate by) {
        return happened == null || by == null ? null : !happened.isAfter(by);
    }
}
