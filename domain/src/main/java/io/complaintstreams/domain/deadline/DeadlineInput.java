package io.complaintstreams.domain.deadline;

import java.time.LocalDate;
import java.util.Objects;

/** The facts of one stage the deadlines depend on; acknowledged and responded may be null. */
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
}
