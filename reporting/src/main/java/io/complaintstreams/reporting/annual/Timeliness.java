package io.complaintstreams.reporting.annual;

import io.complaintstreams.reporting.ComplaintRecord;
import io.complaintstreams.reporting.ReportingPeriod;
import java.util.List;

/** Timeliness per stage; {@code localTargets} says whether local targets were supplied ("Not supplied" otherwise). */
public record Timeliness(StageTimeliness stage1, StageTimeliness stage2, String localTargets) {

    /** Both stages in {@code period}, judged against local targets too when {@code local}. */
    public static Timeliness of(List<ComplaintRecord> records, ReportingPeriod period, boolean local) {
        return new Timeliness(StageTimeliness.of(records, 1, period, local), StageTimeliness.of(records, 2, period, local),
                local ? Statement.SUPPLIED : Statement.NOT_SUPPLIED);
    }
}
