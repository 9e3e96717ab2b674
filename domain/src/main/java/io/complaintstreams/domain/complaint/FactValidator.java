package io.complaintstreams.domain.complaint;

import io.complaintstreams.domain.validation.InputRules;
import io.complaintstreams.domain.validation.Violation;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a new fact makes no sense for its complaint and should be dead-lettered. Out-of-order facts
 * are tolerated: a fact whose stage has not started yet (no RECEIVED, no ESCALATED) is accepted and held;
 * {@link #orphans} lists such facts so the caller can dead-letter them if their start never arrives. The value rules
 * (identifiers, themes, amounts, day counts) are {@link InputRules}', the same ones ingest and import apply.
 */
public final class FactValidator {
    /** Upper bound on one extension, to refuse absurd values ({@link InputRules#MAX_EXTENSION_WORKING_DAYS}). */
    public static final int MAX_EXTENSION_WORKING_DAYS = InputRules.MAX_EXTENSION_WORKING_DAYS;
    private static final Set<String> OUTCOMES = Set.of("UPHELD", "PARTLY_UPHELD", "NOT_UPHELD");
    private static final Set<String> TENURES = Set.of("LCRA", "LCHO");

    private FactValidator() {
    }

    /** Why {@code fact} should be rejected given the complaint's existing facts, as "field: reason"; empty to accept. */
    public static Optional<String> rejectReason(Collection<ComplaintFact> existing, ComplaintFact fact) {
        if (blank(fact.eventId())) {
            return Optional.of("eventId: missing");
        }
        if (fact.type() == null) {
            return Optional.of("type: missing");
        }
        if (fact.occurredAt() == null) {
            return Optional.of("occurredAt: missing");
        }
        if (blank(fact.complaintId())) {
            return Optional.of("complaintId: missing");
        }
        if (blank(fact.landlordId())) {
            return Optional.of("landlordId: missing");
        }
        if (blank(fact.residentId())) {
            return Optional.of("residentId: missing");
        }
        if (fact.stage() != 1 && fact.stage() != 2) {
            return Optional.of("stage: must be 1 or 2, got " + fact.stage());
        }
        if (fact.type() == FactType.RECEIVED && fact.stage() != 1) {
            return Optional.of("stage: RECEIVED is the stage 1 receipt; a stage 2 request is ESCALATED with stage 2");
        }
        if (fact.type() == FactType.ESCALATED && fact.stage() != 2) {
            return Optional.of("stage: ESCALATED starts stage 2 and must carry stage 2");
        }
        if (fact.type() == FactType.EXTENDED && (fact.extensionWorkingDays() == null
                || fact.extensionWorkingDays() < 1 || fact.extensionWorkingDays() > MAX_EXTENSION_WORKING_DAYS)) {
            return Optional.of("extensionWorkingDays: EXTENDED needs between 1 and " + MAX_EXTENSION_WORKING_DAYS + " working days");
        }
        Optional<Violation> value = InputRules.complaintFact(fact);
        if (value.isPresent()) {
            return value.map(Violation::toString);
        }
        if (fact.outcome() != null && !OUTCOMES.contains(fact.outcome())) {
            return Optional.of("outcome: must be one of UPHELD, PARTLY_UPHELD, NOT_UPHELD");
        }
        if (fact.tenure() != null && !TENURES.contains(fact.tenure())) {
            return Optional.of("tenure: must be LCRA or LCHO");
        }
        return existing.stream()
                .filter(f -> !fact.complaintId().equals(f.complaintId()) || !fact.landlordId().equals(f.landlordId()))
                .findFirst()
                .map(f -> !fact.complaintId().equals(f.complaintId())
                        ? "complaintId: " + fact.complaintId() + " is not this complaint (" + f.complaintId() + ")"
                        : "landlordId: " + fact.landlordId() + " conflicts with " + f.landlordId() + " already recorded for this complaint");
    }

    /** Facts whose stage has not started in these facts: stage 1 facts without RECEIVED, stage 2 ones without ESCALATED. */
    public static List<ComplaintFact> orphans(Collection<ComplaintFact> facts) {
        boolean received = facts.stream().anyMatch(f -> f.type() == FactType.RECEIVED);
        boolean escalated = facts.stream().anyMatch(f -> f.type() == FactType.ESCALATED);
        return FactOrder.canonical(facts).stream()
                .filter(f -> f.stage() == 1 && !received || f.stage() == 2 && !escalated)
                .toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
