package io.complaintstreams.domain.complaint;

import io.complaintstreams.domain.deadline.LocalDeadlines;
import java.time.LocalDate;

/**
 * One stage of a complaint as of a date: Code deadlines and flags (CONTRACTS section 3), what ended the stage's
 * clock ({@code endedBy}/{@code endedOn}, null while open), and the dates against local targets.
 */
public record StageView(
        int stage,
        LocalDate receivedOn,
        LocalDate acknowledgedOn,
        LocalDate acknowledgeBy,
        int extensionWorkingDays,
        LocalDate respondBy,
        LocalDate respondedOn,
        Boolean acknowledgedOnTime,
        Boolean respondedOnTime,
        boolean extensionCompliant,
        LocalDate respondByWithinCodeMaximum,
        Boolean withinTimescale,
        ComplaintStatus status,
        FactType endedBy,
        LocalDate endedOn,
        String handlerId,
        String outcome,
        LocalDeadlines local) {
}
