package io.complaintstreams.reporting.selfassessment;

import java.util.List;

/**
 * Evidence from data for the Code's self-assessment form (Appendix A) for one financial year: one row per
 * provision, in the Code's order. Suggested readings are for the complaints officer and the governing body to confirm.
 *
 * @param codeApplied the Code edition(s) that judged the complaints with an event in the year
 * @param dataCutOff the latest Europe/London date of any complaint event seen (null when none)
 * @param noData null when a complaint event of the landlord(s) is dated in the year; else why the rows measured from
 *               complaint events hold no data (the period, or a landlord no event names), as the annual report's
 */
public record SelfAssessment(String title, String period, String periodStart, String periodEnd, String landlordId,
                             String generatedAt, String dataCutOff, List<SelfAssessmentRow> rows,
                             List<io.complaintstreams.reporting.CodeApplied> codeApplied, String noData) {
    public static final String TITLE = "Complaint Handling Code self-assessment: evidence from data";

    public SelfAssessment {
        rows = List.copyOf(rows);
        codeApplied = List.copyOf(codeApplied);
    }
}
