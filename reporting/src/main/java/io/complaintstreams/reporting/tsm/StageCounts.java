package io.complaintstreams.reporting.tsm;

import io.complaintstreams.domain.complaint.StageView;
import io.complaintstreams.reporting.ComplaintRecord;
import io.complaintstreams.reporting.ReportingPeriod;
import java.util.Collection;
import java.util.function.Function;

/**
 * One stage's CH01/CH02 counts in a period: complaints started (RECEIVED for stage 1, ESCALATED for stage 2),
 * responses dated in the period, and those within timescale (acknowledged on time and responded by respondBy with
 * the extension capped at the Code maximum: {@link StageView#withinTimescale()}).
 */
public record StageCounts(long complaints, long responses, long responsesWithinTimescale) {

    public static StageCounts of(Collection<ComplaintRecord> records, int stage, ReportingPeriod period) {
        Function<ComplaintRecord, StageView> view = r -> stage == 1 ? r.stage1() : r.stage2();
        long complaints = records.stream().map(view).filter(v -> v != null && period.contains(v.receivedOn())).count();
        long responses = 0;
        long within = 0;
        for (ComplaintRecord r : records) {
            StageView v = view.apply(r);
            if (v != null && period.contains(v.respondedOn())) {
                responses++;
                within += Boolean.TRUE.equals(v.withinTimescale()) ? 1 : 0;
            }
        }
        return new StageCounts(complaints, responses, within);
    }
}
