package io.complaintstreams.domain.sla;

import io.complaintstreams.domain.deadline.DeadlineInput;
import java.time.LocalDate;

/** One input line of {@code sla} (CONTRACTS section 3); acknowledged and responded may be null. */
public record SlaRequest(String id, int stage, LocalDate received, LocalDate acknowledged, int extensionWorkingDays,
                         LocalDate responded, LocalDate asOf) {
    public DeadlineInput toDeadlineInput() {
        return new DeadlineInput(stage, received, acknowledged, extensionWorkingDays, responded);
    }
}
