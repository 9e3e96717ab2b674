package io.complaintstreams.generator.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One complaint's life under the Code, timed in working days: stage 1 RECEIVED, then REFUSED, or ACKNOWLEDGED
 * (within 5 working days for about 90%), maybe EXTENDED or WITHDRAWN, RESPONDED (within 10 working days of
 * acknowledgement plus any extension for about 85%), then CLOSED or ESCALATED to stage 2 (20 working days).
 * A few stage 2 reviews are given to the stage 1 handler, which the Code does not allow.
 */
public final class ComplaintLifecycle {
    private static final String[] REFUSAL_REASONS = {"outside 12-month time limit", "subject to legal proceedings",
        "insurance claim", "already considered", "not the landlord's responsibility"};
    private static final String[] OUTCOMES = {"UPHELD", "PARTLY_UPHELD", "NOT_UPHELD"};
    private static final int[] REMEDIES_POUNDS = {25, 50, 75, 100, 150, 200, 250, 300, 400, 500, 750, 1000, 1500};

    private final HomeContext ctx;
    private final Rng rng;
    private final String complaintId;
    private final List<String> themes;
    private Instant last;

    public ComplaintLifecycle(HomeContext ctx, String complaintId, List<String> themes) {
        this.ctx = ctx;
        this.rng = ctx.rng();
        this.complaintId = complaintId;
        this.themes = themes;
    }

    public void run(Instant received) {
        last = received;
        withThemes(event(received, "RECEIVED", 1, null));
        String handler = ctx.stage1Handler();
        if (rng.chance(0.04)) {
            event(next(WorkingDays.plus(day(), rng.between(1, 5))), "REFUSED", 1, handler)
                    .put("reason", rng.pick(REFUSAL_REASONS));
            return;
        }
        Instant responded = stage(1, handler, 10, 0.03);
        if (responded == null) {
            return;
        }
        if (rng.chance(0.19)) {
            event(next(WorkingDays.plus(day(), rng.between(3, 40))), "ESCALATED", 2, null);
            String reviewer = rng.chance(0.08) ? handler : ctx.stage2Handler();
            if (stage(2, reviewer, 20, 0.01) != null) {
                close(2, reviewer);
                new OmbudsmanSimulator(ctx, complaintId).maybeRefer(last);
            }
        } else {
            close(1, handler);
        }
    }

    /** Acknowledge, maybe extend or withdraw, respond. Returns the response time, or null if withdrawn. */
    private Instant stage(int stage, String handler, int responseDays, double withdrawChance) {
        int ackDays = rng.chance(0.10) ? rng.between(6, 12) : 1 + rng.weighted(30, 30, 20, 12, 8);
        event(next(WorkingDays.plus(day(), ackDays)), "ACKNOWLEDGED", stage, handler);
        LocalDate acknowledged = day();
        if (rng.chance(withdrawChance)) {
            event(next(WorkingDays.plus(acknowledged, rng.between(1, 8))), "WITHDRAWN", stage, handler);
            return null;
        }
        int extension = 0;
        int extendedAfter = 0;
        if (rng.chance(stage == 1 ? 0.10 : 0.08)) {
            int codeMax = stage == 1 ? 10 : 20;
            extension = rng.chance(0.85) ? rng.between(3, codeMax) : rng.between(codeMax + 1, codeMax + 10);
            extendedAfter = rng.between(responseDays / 2, responseDays - 1);
            event(next(WorkingDays.plus(acknowledged, extendedAfter)), "EXTENDED", stage, handler)
                    .put("extensionWorkingDays", extension);
        }
        int allowed = responseDays + extension;
        int respondAfter = rng.chance(0.15) ? allowed + rng.between(1, 15) : rng.between(Math.max(2, extendedAfter + 1), allowed);
        ObjectNode response = withThemes(event(next(WorkingDays.plus(acknowledged, respondAfter)), "RESPONDED", stage, handler));
        String outcome = OUTCOMES[stage == 1 ? rng.weighted(30, 30, 40) : rng.weighted(20, 30, 50)];
        response.put("outcome", outcome);
        if (!outcome.equals("NOT_UPHELD") && rng.chance(0.75)) {
            response.put("remedyAmount", BigDecimal.valueOf(REMEDIES_POUNDS[rng.weighted(8, 10, 8, 12, 10, 8, 6, 5, 4, 4, 2, 2, 1)], 0)
                    .setScale(2));
        }
        return last;
    }

    private void close(int stage, String handler) {
        Instant closed = last.plusSeconds(60L * rng.between(5, 120));
        event(closed, "CLOSED", stage, handler);
        if (rng.chance(0.3)) {
            int score = 1 + rng.weighted(25, 20, 20, 20, 15);
            String comment = rng.chance(0.6) ? SurveyTexts.comment(score, rng) : null;
            Instant at = Times.after(closed, Times.dateOf(closed).plusDays(rng.between(5, 20)), rng);
            ctx.sink().survey(ctx.nextSurveyId(), at, "COMPLAINT_HANDLING", score, comment, null, complaintId);
        }
    }

    private ObjectNode event(Instant at, String type, int stage, String handler) {
        last = at;
        ObjectNode json = ctx.sink().complaintEvent(complaintId, at, type, stage);
        if (handler != null) {
            json.put("handlerId", handler);
        }
        return json;
    }

    private ObjectNode withThemes(ObjectNode json) {
        json.put("category", themes.get(0));
        ArrayNode array = json.putArray("themes");
        themes.forEach(array::add);
        return json;
    }

    private LocalDate day() {
        return Times.dateOf(last);
    }

    private Instant next(LocalDate date) {
        return Times.after(last, date, rng);
    }
}
