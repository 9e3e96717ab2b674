package io.complaintstreams.generator.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Repairs (service requests) for one home: OPEN, usually IN_PROGRESS, then COMPLETED or CANCELLED; slow ones are
 * chased by the resident (some three or more times), completed ones sometimes get a transactional survey.
 * Fates (weights out of 100): 73.5 completed by the due date, 18 completed late (mostly 3-45 days after it, one in ten
 * 45-120 days), 7 cancelled, 1.5 never closed (lost in the system), so that at a year's end a few percent of the
 * year's requests are open past their due date, as at a real landlord ({@code GeneratedVolumesTest}), not one in seven.
 */
public final class RepairSimulator {
    private static final double[] PRIORITY_WEIGHTS = {10, 25, 65};
    private static final String[] PRIORITIES = {"EMERGENCY", "URGENT", "ROUTINE"};
    private static final int[] DUE_WORKING_DAYS = {1, 5, 20};

    private enum Fate { ON_TIME, SLOW, CANCELLED, STUCK }

    private final HomeContext ctx;
    private final Rng rng;

    public RepairSimulator(HomeContext ctx) {
        this.ctx = ctx;
        this.rng = ctx.rng();
    }

    public List<Repair> simulate() {
        int count = rng.poisson(ctx.home().sharedOwnership() ? 1.5 : 3.2);
        List<Repair> repairs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            repairs.add(one());
        }
        return repairs;
    }

    private Repair one() {
        LocalDate day = ctx.randomDay();
        Theme theme = Theme.pickRepairFor(day, rng);
        String requestId = ctx.nextRequestId();
        String[] categoryAndJob = RepairTexts.job(theme, rng);
        String category = categoryAndJob[0];
        String job = categoryAndJob[1];
        int p = rng.weighted(PRIORITY_WEIGHTS);
        String priority = PRIORITIES[p];
        Instant opened = Times.on(day, rng);
        Instant due = Times.on(WorkingDays.plus(day, DUE_WORKING_DAYS[p]), rng);
        EventSink sink = ctx.sink();

        if (rng.chance(0.7)) {
            String channel = ctx.channel();
            String contactId = ctx.nextContactId();
            String report = RepairTexts.reportContact(channel, job, rng);
            if (channel.equals("web") || channel.equals("email")) {
                report = Register.reportDetail(report, Register.streamFor(contactId));
            }
            sink.contact(contactId, opened.minusSeconds(60L * rng.between(2, 30)), channel, report, requestId, null);
        }
        String openText = rng.chance(0.06) ? RepairTexts.dissatisfiedJob(job, rng) : job;
        sink.serviceRequest(requestId, opened, "OPEN", category, openText, priority, due);

        Fate fate = Fate.values()[rng.weighted(73.5, 18, 7, 1.5)];
        Instant last = opened;
        if (fate != Fate.CANCELLED || rng.chance(0.5)) {
            if (rng.chance(0.85)) {
                last = Times.after(opened, WorkingDays.plus(day, rng.between(0, p == 0 ? 0 : 3)), rng);
                sink.serviceRequest(requestId, last, "IN_PROGRESS", category, RepairTexts.progress(rng), priority, due);
            }
        }
        Instant completed = null;
        switch (fate) {
            case ON_TIME -> {
                LocalDate from = Times.dateOf(last);
                LocalDate to = Times.dateOf(due);
                int span = Math.max(0, (int) (to.toEpochDay() - from.toEpochDay()));
                completed = Times.after(last, WorkingDays.onOrAfter(from.plusDays(rng.between(0, span))), rng);
            }
            case SLOW -> completed = Times.after(last, WorkingDays.onOrAfter(Times.dateOf(due).plusDays(
                    rng.chance(0.1) ? rng.between(45, 120) : rng.between(3, 45))), rng);
            case CANCELLED -> sink.serviceRequest(requestId,
                    Times.after(last, WorkingDays.plus(Times.dateOf(last), rng.between(1, 15)), rng),
                    "CANCELLED", category, RepairTexts.cancelled(rng), priority, due);
            case STUCK -> { }
        }
        boolean slow = fate == Fate.SLOW || fate == Fate.STUCK;
        if (slow && rng.chance(0.45)) {
            chase(requestId, job, due, completed);
        }
        if (completed != null) {
            sink.serviceRequest(requestId, completed, "COMPLETED", category, RepairTexts.completed(rng), priority, due);
            if (rng.chance(0.25)) {
                survey(requestId, completed, slow);
            }
        }
        return new Repair(requestId, theme, job, opened, completed, slow);
    }

    /** Chases after the due date, 3 to 8 days apart, while the job is still not done. */
    private void chase(String requestId, String job, Instant due, Instant completed) {
        int times = rng.chance(0.4) ? rng.between(3, 5) : rng.between(1, 2);
        LocalDate day = Times.dateOf(due).plusDays(rng.between(1, 7));
        for (int n = 1; n <= times; n++) {
            Instant at = Times.on(day, rng);
            if (completed != null && !at.isBefore(completed)) {
                return;
            }
            String text = RepairTexts.chase(job, n, rng);
            String representative = null;
            if (n >= 3 && rng.chance(0.15)) {
                representative = ctx.representative();
                text = ContactTexts.onBehalf(representative, text, rng);
            }
            ctx.sink().contact(ctx.nextContactId(), at, n >= 3 ? "phone" : ctx.channel(), text, requestId, representative);
            day = day.plusDays(rng.between(3, 8));
        }
    }

    private void survey(String requestId, Instant completed, boolean slow) {
        int score = 1 + (slow ? rng.weighted(30, 25, 20, 15, 10) : rng.weighted(5, 5, 15, 35, 40));
        String comment = rng.chance(score <= 2 ? 0.8 : 0.5) ? SurveyTexts.comment(score, rng) : null;
        Instant at = Times.after(completed, Times.dateOf(completed).plusDays(rng.between(1, 10)), rng);
        String surveyId = ctx.nextSurveyId();
        if (comment != null) {
            comment = Register.surveyComment(comment, score, Register.streamFor(surveyId));
        }
        ctx.sink().survey(surveyId, at, "TRANSACTIONAL", score, comment, requestId, null);
    }
}
