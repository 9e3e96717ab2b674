package io.complaintstreams.domain.deadline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The facts of one stage the deadlines depend on; acknowledged and responded may be null. A stage with a response
 * and no acknowledgement is taken as acknowledged on its response date (CONTRACTS sections 3 and 6): see
 * {@link #acknowledgement()}.
 */
public record DeadlineInput(int stage, LocalDate received, LocalDate acknowledged, int extensionWorkingDays, LocalDate responded) {
    public DeadlineInput {
        if (stage != 1 && stage != 2) {
            throw new IllegalArgumentException("stage must be 1 or 2: " + stage);
        }
        Objects.requireNonNull(received, "received");
        if (extensionWorkingDays < 0) {
            throw new IllegalArgumentException("extensionWorkingDays must not be negative");
        }
    }

    /**
     * The date the stage counts as acknowledged: {@code acknowledged}, else {@code responded} (the full response is
     * also its acknowledgement, CONTRACTS section 3), else null.
     */
    public LocalDate acknowledgement() {
        return acknowledged != null ? acknowledged : responded;
    }
}
