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
 */
public final class AlertOutcomes {
    public enum Status { ACTIVE, SUPERSEDED, RESOLVED }

    /** @param at when it was superseded or resolved (null while active or when the superseding time is unknown) */
    public record Outcome(Status status, Instant at, FactType byType, AlertKind supersededBy) {
        static Outcome active() {
            return new Outcome(Status.ACTIVE, null, null, null);
        }
    }

    private AlertOutcomes() {}

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
        Optional<ComplaintFact> met = facts.stream()
                .filter(f -> (f.stage() == alert.stage() && meets(alert.kind(), f.type())) || f.stage() > alert.stage())
                .findFirst();
        return met.map(f -> new Outcome(Status.RESOLVED, f.occurredAt(), f.type(), null)).orElseGet(Outcome::active);
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
