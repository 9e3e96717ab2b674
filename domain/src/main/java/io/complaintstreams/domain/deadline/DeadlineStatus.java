package io.complaintstreams.domain.deadline;

/** Section 3 statuses. */
public enum DeadlineStatus {
    ON_TRACK, DUE_SOON, OVERDUE, CLOSED_ON_TIME, CLOSED_LATE;

    public boolean isOpen() {
        return this == ON_TRACK || this == DUE_SOON || this == OVERDUE;
    }
}
