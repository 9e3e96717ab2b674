package io.complaintstreams.domain.deadline;

/**
 * A landlord's own (stricter) target for one stage, in working days; either may be null (no local target).
 * Counted like the Code: acknowledge from receipt, respond from acknowledgement (or the local acknowledge-by
 * date while not acknowledged), plus any extension.
 */
public record LocalStageTarget(Integer acknowledgeWorkingDays, Integer respondWorkingDays) {
    public LocalStageTarget {
        if (acknowledgeWorkingDays != null && acknowledgeWorkingDays < 0 || respondWorkingDays != null && respondWorkingDays < 0) {
            throw new IllegalArgumentException("working days must not be negative");
        }
    }
}
