package io.complaintstreams.reporting.annual;

import io.complaintstreams.reporting.Rates;
import java.math.BigDecimal;

/** Escalation rate: stage 2 requests in the period as a % of stage 1 complaints received in the period. */
public record Escalations(long stage1Complaints, long stage2Requests, BigDecimal ratePct) {
    public static Escalations of(Volumes v) {
        return new Escalations(v.stage1(), v.stage2(), Rates.percent(v.stage2(), v.stage1()));
    }
}
