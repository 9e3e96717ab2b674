package io.complaintstreams.domain.complaint;

/** Complaint event types. Declaration order is the tie-break order for facts with the same occurredAt. */
public enum FactType {
    RECEIVED, ACKNOWLEDGED, EXTENDED, RESPONDED, ESCALATED, REFUSED, WITHDRAWN, CLOSED;

    /** Types that stop a stage's clock. */
    public boolean endsStage() {
        return this == RESPONDED || this == REFUSED || this == WITHDRAWN || this == CLOSED;
    }
}
