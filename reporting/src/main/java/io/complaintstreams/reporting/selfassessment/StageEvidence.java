package io.complaintstreams.reporting.selfassessment;

import io.complaintstreams.domain.complaint.ComplaintFact;
import io.complaintstreams.domain.complaint.FactType;
import io.complaintstreams.domain.complaint.StageView;
import io.complaintstreams.reporting.ComplaintRecord;
import io.complaintstreams.reporting.FinancialYear;
import java.util.List;
import java.util.LongSummaryStatistics;

/**
 * The Code's timescales for one stage, measured like the annual report: acknowledgements and responses dated in the
 * year (6.2 and 6.3 at stage 1, 6.11 and 6.14 at stage 2) and extensions of responses dated in the year (6.4, 6.15).
 */
final class StageEvidence {
    private final List<ComplaintRecord> records;
    private final FinancialYear year;
    private final int stage;
    private final int ackDays = 5;
    private final int responseDays;

    StageEvidence(List<ComplaintRecord> records, FinancialYear year, int stage) {
        this.records = records;
        this.year = year;
        this.stage = stage;
        this.responseDays = stage == 1 ? 10 : 20;
    }

    SelfAssessmentRow acknowledgement(String provision) {
        Tally tally = new Tally();
        for (ComplaintRecord r : records) {
            StageView v = r.stage(stage).orElse(null);
            if (v != null && year.contains(v.acknowledgedOn())) {
                tally.add(Boolean.TRUE.equals(v.acknowledgedOnTime()), r.complaintId());
            }
        }
        return tally.row(provision, (stage == 1 ? "Stage 1: acknowledge and log the complaint" : "Stage 2: acknowledge the escalation")
                        + " within " + ackDays + " working days of receipt",
                tally.met() + " of " + tally.of() + " stage " + stage + " acknowledgements dated in the year were within "
                        + ackDays + " working days" + (stage == 2 ? " of the escalation request" : " of receipt")
                        + "; a full response with no separate acknowledgement counts as the acknowledgement.",
                tally.exceptions().isEmpty() ? null : "Exceptions are the complaints acknowledged late.");
    }

    SelfAssessmentRow response(String provision) {
        Tally tally = new Tally();
        for (ComplaintRecord r : records) {
            StageView v = r.stage(stage).orElse(null);
            if (v != null && year.contains(v.respondedOn())) {
                tally.add(Boolean.TRUE.equals(v.respondedOnTime()), r.complaintId());
            }
        }
        return tally.row(provision, "Stage " + stage + ": respond within " + responseDays
                        + " working days of the acknowledgement (plus any extension)",
                tally.met() + " of " + tally.of() + " stage " + stage + " responses dated in the year were sent by the response "
                        + "date (extensions included).",
                tally.exceptions().isEmpty() ? null : "Exceptions are the complaints answered after their response date.");
    }

    SelfAssessmentRow extension(String provision) {
        Tally tally = new Tally();
        LongSummaryStatistics lengths = new LongSummaryStatistics();
        long extensionEvents = 0;
        long withReason = 0;
        for (ComplaintRecord r : records) {
            StageView v = r.stage(stage).orElse(null);
            if (v == null || !year.contains(v.respondedOn()) || v.extensionWorkingDays() <= 0) {
                continue;
            }
            tally.add(v.extensionCompliant(), r.complaintId());
            lengths.accept(v.extensionWorkingDays());
            for (ComplaintFact f : r.facts()) {
                if (f.type() == FactType.EXTENDED && f.stage() == stage) {
                    extensionEvents++;
                    withReason += f.reason() == null || f.reason().isBlank() ? 0 : 1;
                }
            }
        }
        String evidence = tally.of() == 0 ? "No stage " + stage + " response dated in the year followed an extension."
                : tally.met() + " of " + tally.of() + " extended stage " + stage + " responses stayed within " + responseDays
                + " extra working days; extensions " + lengths.getMin() + " to " + lengths.getMax() + " working days (mean "
                + String.format("%.1f", lengths.getAverage()) + "); a reason was recorded on " + withReason + " of "
                + extensionEvents + " extensions.";
        return tally.row(provision, "Stage " + stage + ": any extension no more than " + responseDays
                + " working days, explained to the resident", evidence,
                withReason < extensionEvents ? "Check that each extension without a recorded reason was explained to the resident." : null);
    }
}
