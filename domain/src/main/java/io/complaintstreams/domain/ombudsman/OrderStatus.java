package io.complaintstreams.domain.ombudsman;

import java.time.LocalDate;

/** Where an Ombudsman order stands on a date (Code 9.7 c: progress on orders). */
public enum OrderStatus {
    /** Not completed, due date not passed. */
    OPEN,
    /** Not completed, due date passed. */
    OVERDUE,
    /** Completed on or before its due date. */
    COMPLETED_ON_TIME,
    /** Completed after its due date. */
    COMPLETED_LATE;

    /** Status on {@code asOf}: a completion dated after {@code asOf} is not yet known then. */
    public static OrderStatus at(LocalDate due, LocalDate completed, LocalDate asOf) {
        if (completed != null && !completed.isAfter(asOf)) {
            return completed.isAfter(due) ? COMPLETED_LATE : COMPLETED_ON_TIME;
        }
        return asOf.isAfter(due) ? OVERDUE : OPEN;
    }
}
