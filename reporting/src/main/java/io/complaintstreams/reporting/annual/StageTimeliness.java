package io.complaintstreams.reporting.annual;

import io.complaintstreams.domain.complaint.StageView;
import io.complaintstreams.reporting.ComplaintRecord;
import io.complaintstreams.reporting.ReportingPeriod;
import io.complaintstreams.reporting.Rates;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/**
 * One stage's timeliness against the Code, over acknowledgements and responses dated in the period:
 * acknowledged by acknowledgeBy; responded by respondBy (whole extension counted); within timescale (CH02: on-time
 * acknowledgement and response by respondBy with the extension capped at the Code maximum); extensions used and
 * beyond the Code. {@code local} is null when the landlord has no local target for the stage.
 */
public record StageTimeliness(long acknowledgements, long acknowledgedOnTime, BigDecimal acknowledgedOnTimePct,
                              long responses, long respondedOnTime, BigDecimal respondedOnTimePct,
                              long withinTimescale, BigDecimal withinTimescalePct,
                              long responsesExtended, long responsesExtendedBeyondCode, LocalTimeliness local) {

    public static StageTimeliness of(Collection<ComplaintRecord> records, int stage, ReportingPeriod period, boolean localTargets) {
        List<StageView> views = records.stream().map(r -> r.stage(stage).orElse(null)).filter(v -> v != null).toList();
        List<StageView> acks = views.stream().filter(v -> period.contains(v.acknowledgedOn())).toList();
        List<StageView> responses = views.stream().filter(v -> period.contains(v.respondedOn())).toList();
        long ackOnTime = acks.stream().filter(v -> Boolean.TRUE.equals(v.acknowledgedOnTime())).count();
        long respOnTime = responses.stream().filter(v -> Boolean.TRUE.equals(v.respondedOnTime())).count();
        long within = responses.stream().filter(v -> Boolean.TRUE.equals(v.withinTimescale())).count();
        long extended = responses.stream().filter(v -> v.extensionWorkingDays() > 0).count();
        long beyond = responses.stream().filter(v -> !v.extensionCompliant()).count();
        LocalTimeliness local = null;
        if (localTargets) {
            // judged only where the landlord set a target for that measure and stage (the flag is null otherwise)
            List<Boolean> ackFlags = acks.stream().map(v -> v.local() == null ? null : v.local().acknowledgedOnTime())
                    .filter(f -> f != null).toList();
            List<Boolean> respFlags = responses.stream().map(v -> v.local() == null ? null : v.local().respondedOnTime())
                    .filter(f -> f != null).toList();
            long localAck = ackFlags.stream().filter(Boolean::booleanValue).count();
            long localResp = respFlags.stream().filter(Boolean::booleanValue).count();
            local = new LocalTimeliness(localAck, Rates.percent(localAck, ackFlags.size()), localResp,
                    Rates.percent(localResp, respFlags.size()));
        }
        return new StageTimeliness(acks.size(), ackOnTime, Rates.percent(ackOnTime, acks.size()),
                responses.size(), respOnTime, Rates.percent(respOnTime, responses.size()),
                within, Rates.percent(within, responses.size()), extended, beyond, local);
    }
}
