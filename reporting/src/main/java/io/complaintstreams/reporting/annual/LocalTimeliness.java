package io.complaintstreams.reporting.annual;

import java.math.BigDecimal;

/** Timeliness against the landlord's own (local) targets for one stage, over the same acknowledgements and responses. */
public record LocalTimeliness(long acknowledgedOnTime, BigDecimal acknowledgedOnTimePct, long respondedOnTime,
                              BigDecimal respondedOnTimePct) {
}
