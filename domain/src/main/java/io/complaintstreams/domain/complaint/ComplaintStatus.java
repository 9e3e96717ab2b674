package io.complaintstreams.domain.complaint;

import io.complaintstreams.domain.deadline.DeadlineStatus;

/** Section 3 statuses, plus REFUSED and WITHDRAWN for complaints that ended so. */
public enum ComplaintStatus {
    ON_TRACK, DUE_SOON, OVERDUE, CLOSED_ON_TIME, CLOSED_LATE, REFUSED, WITHDRAWN;

    public static ComplaintStatus of(DeadlineStatus status) {
        return valueOf(status.name());
    }

    /** True while the stage's clock runs (alerts can still become due). */
    public boolean isOpen() {
        return this == ON_TRACK || this == DUE_SOON || this == OVERDUE;
    }
}
