package io.complaintstreams.reporting.quarter;

import io.complaintstreams.reporting.annual.Escalations;
import io.complaintstreams.reporting.annual.Outcomes;
import io.complaintstreams.reporting.annual.Referrals;
import io.complaintstreams.reporting.annual.Refusals;
import io.complaintstreams.reporting.annual.Remedies;
import io.complaintstreams.reporting.annual.Statement;
import io.complaintstreams.reporting.annual.Timeliness;
import java.util.List;

/**
 * The quarterly complaints pack for the Member Responsible for Complaints and the governing body (Code 9.7: regular
 * updates on volumes, categories, outcomes and performance; issues and trends; Ombudsman outcomes and progress on
 * orders). Counts follow the annual report's readings (README-reporting.md) over the quarter's dates.
 *
 * @param volumes stage 1 complaints (by RECEIVED date) and stage 2 escalations (by ESCALATED date), each against the
 *                previous quarter and the same quarter last year
 * @param codeApplied the Code edition(s) that judged the complaints with an event in the quarter
 * @param dataCutOff the latest Europe/London date of any complaint event seen (YYYY-MM-DD; null when none)
 */
public record QuarterPack(String title, String period, String periodStart, String periodEnd, String landlordId,
                          Integer homes, String generatedAt, String dataCutOff, List<QuarterChange> volumes,
                          Timeliness timeliness, Timeliness previousQuarterTimeliness, Outcomes outcomes,
                          List<QuarterChange> categories, List<QuarterChange> themes, List<RisingTheme> risingThemes,
                          Refusals refusals, Remedies remedies, Escalations escalations, Referrals ombudsmanReferrals,
                          OmbudsmanOrders ombudsmanOrders, Statement learningActions,
                          List<io.complaintstreams.reporting.CodeApplied> codeApplied,
                          io.complaintstreams.reporting.ombudsman.Determinations ombudsmanDeterminations, String noData) {
    public static final String TITLE = "Quarterly complaints report to the Member Responsible for Complaints and the governing body";

    public QuarterPack {
        volumes = List.copyOf(volumes);
        categories = List.copyOf(categories);
        themes = List.copyOf(themes);
        risingThemes = List.copyOf(risingThemes);
        codeApplied = List.copyOf(codeApplied);
    }
}
