package io.complaintstreams.reporting.annual;

import io.complaintstreams.reporting.tsm.TsmResult;
import java.util.List;

/**
 * The Code 8.1 annual complaints performance and service improvement report: the quantitative analysis computed
 * from the complaint events, and the parts the landlord writes itself ({@link Statements}), with when it was generated
 * (ISO-8601 instant, to the second), the data cut-off (the latest event date seen, YYYY-MM-DD; null when none) and
 * which edition of the Code judged the complaints counted ({@code codeApplied}). {@code noData} is null when the period
 * holds complaint events of the landlord(s) reported; otherwise a sentence saying there are none (an unknown
 * {@code landlordId}, or a period with no event, e.g. one before the data or before the Code), so its zeros are not
 * read as real ones.
 */
public record AnnualReport(String title, String period, String periodStart, String periodEnd, String landlordId,
                           Integer homes, TsmResult tsm, Volumes volumes, Timeliness timeliness, Outcomes outcomes,
                           List<TrendRow> categories, List<TrendRow> themes, List<TrendRow> risingThemes,
                           Refusals refusals, Remedies remedies, Escalations escalations,
                           Referrals ombudsmanReferrals, Statements statements, String generatedAt, String dataCutOff,
                           List<io.complaintstreams.reporting.CodeApplied> codeApplied,
                           io.complaintstreams.reporting.ombudsman.Determinations ombudsmanDeterminations,
                           io.complaintstreams.reporting.quarter.OmbudsmanOrders ombudsmanOrders, String noData) {
    public static final String TITLE = "Annual complaints performance and service improvement report";

    public AnnualReport {
        categories = List.copyOf(categories);
        themes = List.copyOf(themes);
        risingThemes = List.copyOf(risingThemes);
        codeApplied = List.copyOf(codeApplied);
    }
}
