package io.complaintstreams.reporting.selfassessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * One row of the Ombudsman's self-assessment form (Code Appendix A: provision, requirement, "Comply: Yes/No",
 * evidence, commentary) with the figure measured from data where data can evidence it.
 *
 * @param provision the Code's number, e.g. {@code 6.2}
 * @param requirement a short paraphrase of the provision (not the Code's words; read the Code for the text)
 * @param count the measured count meeting the requirement (null when not measured)
 * @param of the count it is measured against (null when not measured)
 * @param pct 100 x count / of, half-up to one decimal; null when {@code of} is 0 or not measured
 * @param exceptions complaint ids behind the exceptions, at most {@link SelfAssessmentBuilder#MAX_EXCEPTIONS}
 * @param exceptionCount every exception, also those not listed
 * @param suggestedComply {@code Yes} or {@code No} suggested from the data, for a person to confirm; null when the
 *                        data cannot suggest one (the officer decides)
 */
public record SelfAssessmentRow(String provision, String requirement, EvidenceSource source, Long count, Long of,
                                BigDecimal pct, String evidence, List<String> exceptions, long exceptionCount,
                                String suggestedComply, String commentary) {
    public static final String YES = "Yes";
    public static final String NO = "No";

    public SelfAssessmentRow {
        exceptions = List.copyOf(exceptions);
    }
}
