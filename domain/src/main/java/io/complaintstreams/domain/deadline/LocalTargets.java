package io.complaintstreams.domain.deadline;

import java.util.Optional;

/** A landlord's local targets per stage; computed beside the Code ones, never instead of them. */
public record LocalTargets(LocalStageTarget stage1, LocalStageTarget stage2) {
    public static LocalTargets none() {
        return new LocalTargets(null, null);
    }

    public Optional<LocalStageTarget> forStage(int stage) {
        return Optional.ofNullable(stage == 1 ? stage1 : stage == 2 ? stage2 : null);
    }
}
