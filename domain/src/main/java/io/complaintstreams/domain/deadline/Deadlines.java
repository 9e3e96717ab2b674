package io.complaintstreams.domain.deadline;

import java.time.LocalDate;

/**
 * Section 3 output for one stage. {@code respondByWithinCodeMaximum} is respondBy counting the extension only up
 * to the Code maximum (what TSM CH02 measures against); {@code withinTimescale} is true when acknowledged on time
 * and responded by that date, null while not responded.
 */
public record Deadlines(
        LocalDate acknowledgeBy,
        LocalDate respondBy,
        Boolean acknowledgedOnTime,
        Boolean respondedOnTime,
        boolean extensionCompliant,
        DeadlineStatus status,
        LocalDate respondByWithinCodeMaximum,
        Boolean withinTimescale) {
}
