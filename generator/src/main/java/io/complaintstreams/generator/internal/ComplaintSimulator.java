package io.complaintstreams.generator.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Complaints for one home (about 6 per 100 homes a year), often about a slow repair, each run through the Code's
 * stage 1 and sometimes stage 2 by {@link ComplaintLifecycle}.
 */
public final class ComplaintSimulator {
    private final HomeContext ctx;
    private final Rng rng;

    public ComplaintSimulator(HomeContext ctx) {
        this.ctx = ctx;
        this.rng = ctx.rng();
    }

    public void simulate(List<Repair> repairs) {
        int count = (rng.chance(0.058) ? 1 : 0) + (rng.chance(0.004) ? 1 : 0);
        for (int i = 0; i < count; i++) {
            one(repairs);
        }
    }

    private void one(List<Repair> repairs) {
        Repair about = null;
        LocalDate day = ctx.randomDay();
        List<Repair> slow = repairs.stream().filter(Repair::slow).toList();
        if (!slow.isEmpty() && rng.chance(0.7)) {
            Repair candidate = rng.pick(slow);
            LocalDate linked = WorkingDays.plus(Times.dateOf(candidate.opened()), rng.between(15, 40));
            boolean beforeFix = candidate.completed() == null || linked.isBefore(Times.dateOf(candidate.completed()));
            if (beforeFix && linked.isBefore(ctx.periodStart().plusDays(ctx.days()))) {
                about = candidate;
                day = linked;
            }
        }
        Theme theme = about != null ? about.theme() : Theme.pickFor(day, rng);
        Instant received = Times.on(day, rng);
        if (rng.chance(0.6)) {
            String text = ContactTexts.complaint(theme, about == null ? null : about.job(), rng);
            String representative = null;
            if (rng.chance(0.12)) {
                representative = ctx.representative();
                text = ContactTexts.onBehalf(representative, text, rng);
            }
            ctx.sink().contact(ctx.nextContactId(), received.minusSeconds(60L * rng.between(1, 30)), ctx.channel(), text,
                    about == null ? null : about.requestId(), representative);
        }
        new ComplaintLifecycle(ctx, ctx.nextComplaintId(), themes(theme)).run(received);
    }

    private List<String> themes(Theme primary) {
        if (!rng.chance(0.35)) {
            return List.of(primary.wire());
        }
        Theme second = rng.chance(0.6) ? Theme.COMMUNICATION : primary == Theme.REPAIRS ? Theme.DAMP_MOULD : Theme.REPAIRS;
        return second == primary ? List.of(primary.wire()) : List.of(primary.wire(), second.wire());
    }
}
