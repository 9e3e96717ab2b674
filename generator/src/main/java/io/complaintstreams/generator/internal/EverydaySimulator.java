package io.complaintstreams.generator.internal;

import java.time.Instant;
import java.time.LocalDate;

/** General contacts (admin, enquiries, some dissatisfaction) and the TSM perception survey for one home. */
public final class EverydaySimulator {
    private final HomeContext ctx;
    private final Rng rng;

    public EverydaySimulator(HomeContext ctx) {
        this.ctx = ctx;
        this.rng = ctx.rng();
    }

    public void simulate() {
        int contacts = rng.poisson(ctx.home().sharedOwnership() ? 6.0 : 7.5);
        for (int i = 0; i < contacts; i++) {
            contact();
        }
        if (rng.chance(0.4)) {
            perceptionSurvey();
        }
    }

    private void contact() {
        LocalDate day = ctx.randomDay();
        Instant at = Times.on(day, rng);
        // Shares from real contact logs as the issue 12 review read them: most contacts are administration or plain
        // enquiries and reports; about one in twenty-five expresses dissatisfaction with the landlord.
        int kind = rng.weighted(36, 54, 6, 4);
        String text;
        Theme theme = null;
        boolean dissatisfied = kind == 3;
        if (kind == 0) {
            text = ContactTexts.admin(rng);
        } else if (kind == 2) {
            text = ContactTexts.neighbourFirstReport(rng);
        } else {
            theme = Theme.pickFor(day, rng);
            text = dissatisfied ? ContactTexts.dissatisfied(theme, rng) : ContactTexts.neutral(theme, rng);
        }
        String representative = null;
        if (dissatisfied && rng.chance(0.12)) {
            representative = ctx.representative();
            text = ContactTexts.onBehalf(representative, text, rng);
        }
        String contactId = ctx.nextContactId();
        text = register(kind, text, theme, contactId);
        ctx.sink().contact(contactId, at, ctx.channel(), text, null, representative);
    }

    /** The resident's register (Register): longer, with context; its own stream, so the home's draws are unchanged. */
    private static String register(int kind, String text, Theme theme, String contactId) {
        Rng own = Register.streamFor(contactId);
        return switch (kind) {
            case 1 -> Register.neutral(text, theme, own);
            case 3 -> Register.dissatisfied(text, own);
            default -> text;
        };
    }

    private void perceptionSurvey() {
        int score = 1 + rng.weighted(8, 10, 15, 35, 32);
        String comment = rng.chance(score <= 2 ? 0.7 : 0.4) ? SurveyTexts.comment(score, rng) : null;
        String surveyId = ctx.nextSurveyId();
        if (comment != null) {
            comment = Register.surveyComment(comment, score, Register.streamFor(surveyId));
        }
        ctx.sink().survey(surveyId, ctx.randomInstant(), "TSM_PERCEPTION", score, comment, null, null);
    }
}
