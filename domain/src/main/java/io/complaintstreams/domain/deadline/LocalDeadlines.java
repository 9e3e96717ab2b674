package io.complaintstreams.domain.deadline;

import java.time.LocalDate;

/** Dates and flags against a landlord's local targets; any field is null where there is no such target or fact. */
public record LocalDeadlines(LocalDate acknowledgeBy, LocalDate respondBy, Boolean acknowledgedOnTime, Boolean respondedOnTime) {
}
