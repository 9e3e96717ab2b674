package io.complaintstreams.domain.deadline;

import java.util.Objects;

/**
 * The Housing Ombudsman's Complaint Handling Code time limits as data: acknowledge within 5 working days of
 * receipt (both stages); respond within 10 (stage 1) or 20 (stage 2) working days of acknowledgement; extend
 * by at most 10 (stage 1) or 20 (stage 2) working days.
 */
public record CodeRules(StageRules stage1, StageRules stage2) {
    public CodeRules {
        Objects.requireNonNull(stage1, "stage1");
        Objects.requireNonNull(stage2, "stage2");
    }

    /** The Code's limits (Housing Ombudsman, statutory Code from April 2024). */
    public static CodeRules housingOmbudsmanCode() {
        return new CodeRules(new StageRules(5, 10, 10), new StageRules(5, 20, 20));
    }

    public StageRules forStage(int stage) {
        return switch (stage) {
            case 1 -> stage1;
            case 2 -> stage2;
            default -> throw new IllegalArgumentException("stage must be 1 or 2: " + stage);
        };
    }
}
