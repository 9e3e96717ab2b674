package io.complaintstreams.streams.aggregation;

import static io.complaintstreams.streams.aggregation.Counters.stage;

import io.complaintstreams.domain.calendar.WorkingDayCalendar;
import io.complaintstreams.domain.complaint.ComplaintFact;
import io.complaintstreams.domain.complaint.ComplaintView;
import io.complaintstreams.domain.complaint.FactType;
import io.complaintstreams.domain.complaint.StageView;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A complaint's contributions to the aggregates, a pure function of its facts and their one evaluation by the
 * domain's {@code ComplaintLifecycle} (in the ledger): on-time flags, deadlines and extension compliance come from
 * it, never from arithmetic of our own.
 * Each counter is dated by the fact it describes: receipt, acknowledgement, response, first extension, refusal.
 */
final class ComplaintContributions {
    private final WorkingDayCalendar calendar;

    ComplaintContributions(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * @param view      the complaint's one evaluation (the ledger's), as of any date: only flags of ended steps
     *                  are counted, and those do not depend on the date
     * @param canonical the complaint's facts in canonical order, one per eventId
     */
    Contributions of(ComplaintView view, List<ComplaintFact> canonical) {
        Contributions out = new Contributions();
        String landlord = view.landlordId();
        StageView stage1 = view.stage() == 1 ? view.current() : view.stage1();
        StageView stage2 = view.stage() == 2 ? view.current() : null;
        for (StageView stage : new StageView[] {stage1, stage2}) {
            if (stage != null) {
                addStage(out, landlord, stage, canonical);
            }
        }
        LocalDate firstReceived = stage1 != null ? stage1.receivedOn() : view.current().receivedOn();
        view.themes().forEach(theme -> out.increment(landlord, firstReceived, Counters.COMPLAINT_THEME + theme));
        if (view.category() != null && !view.category().isBlank()) {
            out.increment(landlord, firstReceived, Counters.COMPLAINT_CATEGORY + view.category().trim());
        }
        return out;
    }

    private void addStage(Contributions out, String landlord, StageView s, List<ComplaintFact> facts) {
        int n = s.stage();
        out.increment(landlord, s.receivedOn(), stage(n, Counters.RECEIVED));
        if (s.acknowledgedOn() != null) {
            out.increment(landlord, s.acknowledgedOn(),
                    stage(n, Boolean.TRUE.equals(s.acknowledgedOnTime()) ? Counters.ACKNOWLEDGED_ON_TIME : Counters.ACKNOWLEDGED_LATE));
        }
        first(facts, n, FactType.EXTENDED).ifPresent(extended -> {
            out.increment(landlord, extended.date(), stage(n, Counters.EXTENDED));
            out.increment(landlord, extended.date(),
                    stage(n, s.extensionCompliant() ? Counters.EXTENSION_COMPLIANT : Counters.EXTENSION_BEYOND_CODE));
        });
        if (s.respondedOn() != null) {
            addResponse(out, landlord, s, facts);
        }
        if (s.endedBy() == FactType.REFUSED) {
            out.increment(landlord, s.endedOn(), stage(n, Counters.REFUSED));
            String reason = first(facts, n, FactType.REFUSED).map(ComplaintFact::reason).orElse(null);
            out.increment(landlord, s.endedOn(), Counters.REFUSAL_REASON + normalise(reason));
        } else if (s.endedBy() == FactType.WITHDRAWN) {
            out.increment(landlord, s.endedOn(), stage(n, Counters.WITHDRAWN));
        }
    }

    private void addResponse(Contributions out, String landlord, StageView s, List<ComplaintFact> facts) {
        int n = s.stage();
        LocalDate on = s.respondedOn();
        out.increment(landlord, on, stage(n, Boolean.TRUE.equals(s.respondedOnTime()) ? Counters.RESPONDED_ON_TIME : Counters.RESPONDED_LATE));
        if (Boolean.TRUE.equals(s.withinTimescale())) {
            out.increment(landlord, on, stage(n, Counters.RESPONDED_WITHIN_TIMESCALE));
        }
        if (s.outcome() != null) {
            out.increment(landlord, on, stage(n, Counters.OUTCOME + s.outcome()));
        }
        out.increment(landlord, on, stage(n, Counters.respondDaysBucket(calendar.workingDaysBetween(s.receivedOn(), on))));
        first(facts, n, FactType.RESPONDED).map(ComplaintFact::remedyAmount).filter(amount -> amount > 0).ifPresent(amount -> {
            out.increment(landlord, on, Counters.REMEDIES_COUNT);
            out.add(landlord, on, Counters.REMEDIES_AMOUNT_PENCE, Math.round(amount * 100));
        });
    }

    /** The first fact of this type in the stage, in canonical order (the one the lifecycle counts). */
    private static Optional<ComplaintFact> first(List<ComplaintFact> canonical, int stage, FactType type) {
        return canonical.stream().filter(f -> f.type() == type && stageOf(f) == stage).findFirst();
    }

    /** The lifecycle's rule: RECEIVED is stage 1, ESCALATED stage 2, anything else its own stage. */
    private static int stageOf(ComplaintFact f) {
        return f.type() == FactType.RECEIVED ? 1 : f.type() == FactType.ESCALATED ? 2 : f.stage();
    }

    static String normalise(String reason) {
        return reason == null || reason.isBlank() ? "unspecified" : reason.trim();
    }
}
