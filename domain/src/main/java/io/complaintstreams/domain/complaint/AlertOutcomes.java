package io.complaintstreams.domain.complaint;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What became of a complaint alert after it was raised (issue 14 item 1), from the complaint's facts and the alerts
 * raised, so an officer sees which alerts still need action:
 * <ul>
 *   <li>{@code SUPERSEDED}: a DUE_SOON whose OVERDUE for the same stage and deadline was also raised (the overdue
 *       replaces it, and is what gets resolved);</li>
 *   <li>{@code RESOLVED}: the deadline was met or its stage ended: an acknowledgement alert by the stage's first
 *       ACKNOWLEDGED or RESPONDED (a response is also the acknowledgement, CONTRACTS section 3), a response alert by the
 *       stage's RESPONDED, and either by the stage being refused, withdrawn or closed, or by the complaint moving on to
 *       stage 2 (ESCALATED ends stage 1's clock); {@code at} is that fact's time and
 *       {@code byType} its type (a resolution after an OVERDUE is late by definition);</li>
 *   <li>{@code ACTIVE} otherwise. EXTENSION_BEYOND_CODE and STAGE2_SAME_HANDLER record a breach: they stay ACTIVE
 *       until the stage ends.</li>
 * </ul>
 * Given the complaint's status now ({@link Now}), a response alert of the open current stage follows that status: an
 * extension (Code 6.4 at stage 1, 6.15 at stage 2) or a late acknowledgement moves the
 * response date, and a RESPONSE_DUE_SOON or RESPONSE_OVERDUE the complaint's status no longer warrants is
 * {@code SUPERSEDED} by that fact ({@code at}, {@code byType} EXTENDED or ACKNOWLEDGED); it is ACTIVE again when the
 * new date comes near or passes, since an alert kind is raised at most once per stage (CONTRACTS section 2).
 */
public final class AlertOutcomes {
    public enum Status { ACTIVE, SUPERSEDED, RESOLVED }

    /** @param at when it was superseded or resolved (null while active or when the superseding time is unknown) */
    public record Outcome(Status status, Instant at, FactType byType, AlertKind supersededBy) {
        static Outcome active() {
            return new Outcome(Status.ACTIVE, null, null, null);
        }
    }

    /**
     * The complaint's current stage and status, as its ledger last evaluated them.
     *
     * @param stage  1 or 2
     * @param status the status of that stage's open deadline (ON_TRACK, DUE_SOON, OVERDUE) or how it ended
     */
    public record Now(int stage, ComplaintStatus status) {
    }

    private AlertOutcomes() {}

    /**
     * As {@link #of(AlertKey, List, Collection)}, with response alerts of the open current stage following its status.
     *
     * @param now the complaint's stage and status now; null: as {@link #of(AlertKey, List, Collection)}
     */
    public static Outcome of(AlertKey alert, List<ComplaintFact> facts, Collection<AlertKey> raised, Now now) {
        boolean response = alert.kind() == AlertKind.RESPONSE_DUE_SOON || alert.kind() == AlertKind.RESPONSE_OVERDUE;
        if (!response || now == null || now.stage() != alert.stage() || !now.status().isOpen()) {
            return of(alert, facts, raised);
        }
        Optional<ComplaintFact> met = resolvingFact(alert, facts);
        if (met.isPresent()) {
            return new Outcome(Status.RESOLVED, met.get().occurredAt(), met.get().type(), null);
        }
        if (now.status() == ComplaintStatus.OVERDUE) {
            return alert.kind() == AlertKind.RESPONSE_DUE_SOON && raised.contains(new AlertKey(alert.stage(), AlertKind.RESPONSE_OVERDUE))
                    ? new Outcome(Status.SUPERSEDED, null, null, AlertKind.RESPONSE_OVERDUE)
                    : Outcome.active();
        }
        if (now.status() == ComplaintStatus.DUE_SOON && alert.kind() == AlertKind.RESPONSE_DUE_SOON) {
            return Outcome.active();
        }
        Optional<ComplaintFact> moved = lastDateMover(alert.stage(), facts);
        return new Outcome(Status.SUPERSEDED, moved.map(ComplaintFact::occurredAt).orElse(null),
                moved.map(ComplaintFact::type).orElse(null), null);
    }

    /**
     * @param alert  the alert
     * @param facts  the complaint's facts in canonical order
     * @param raised every alert raised for the complaint
     */
    public static Outcome of(AlertKey alert, List<ComplaintFact> facts, Collection<AlertKey> raised) {
        AlertKind overdue = switch (alert.kind()) {
            case ACKNOWLEDGEMENT_DUE_SOON -> AlertKind.ACKNOWLEDGEMENT_OVERDUE;
            case RESPONSE_DUE_SOON -> AlertKind.RESPONSE_OVERDUE;
            default -> null;
        };
        if (overdue != null && raised.contains(new AlertKey(alert.stage(), overdue))) {
            return new Outcome(Status.SUPERSEDED, null, null, overdue);
        }
        return resolvingFact(alert, facts).map(f -> new Outcome(Status.RESOLVED, f.occurredAt(), f.type(), null))
                .orElseGet(Outcome::active);
    }

    private static Optional<ComplaintFact> resolvingFact(AlertKey alert, List<ComplaintFact> facts) {
        return facts.stream()
                .filter(f -> (f.stage() == alert.stage() && meets(alert.kind(), f.type())) || f.stage() > alert.stage())
                .findFirst();
    }

    /** The stage's last fact that can move its response date: an extension or the acknowledgement. */
    private static Optional<ComplaintFact> lastDateMover(int stage, List<ComplaintFact> facts) {
        ComplaintFact last = null;
        for (ComplaintFact f : facts) {
            if (f.stage() == stage && (f.type() == FactType.EXTENDED || f.type() == FactType.ACKNOWLEDGED)) {
                last = f;
            }
        }
        return Optional.ofNullable(last);
    }

    private static boolean meets(AlertKind kind, FactType type) {
        boolean stageEnded = type == FactType.REFUSED || type == FactType.WITHDRAWN || type == FactType.CLOSED;
        return switch (kind) {
            case ACKNOWLEDGEMENT_DUE_SOON, ACKNOWLEDGEMENT_OVERDUE -> type == FactType.ACKNOWLEDGED || type == FactType.RESPONDED || stageEnded;
            case RESPONSE_DUE_SOON, RESPONSE_OVERDUE -> type == FactType.RESPONDED || stageEnded;
            case EXTENSION_BEYOND_CODE, STAGE2_SAME_HANDLER -> type == FactType.RESPONDED || stageEnded;
            default -> false;
        };
    }
}
