package io.complaintstreams.domain.deadline;

/** Time limits of one stage, in working days. */
public record StageRules(int acknowledgeWorkingDays, int respondWorkingDays, int maxExtensionWorkingDays) {
    public StageRules {
        if (acknowledgeWorkingDays < 0 || respondWorkingDays < 0 || maxExtensionWorkingDays < 0) {
            throw new IllegalArgumentException("working days must not be negative");
        }
    }
}
