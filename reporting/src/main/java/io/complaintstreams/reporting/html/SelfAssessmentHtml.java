package io.complaintstreams.reporting.html;

import static io.complaintstreams.reporting.html.QuantitativeSections.pct;
import static io.complaintstreams.reporting.html.QuantitativeSections.row;

import io.complaintstreams.reporting.selfassessment.EvidenceSource;
import io.complaintstreams.reporting.selfassessment.SelfAssessment;
import io.complaintstreams.reporting.selfassessment.SelfAssessmentRow;
import java.util.List;

/** The self-assessment evidence as one printable, accessible HTML page: one table in the form's columns. No scripts. */
public final class SelfAssessmentHtml {
    /** Exception ids printed per row; the CSV and JSON carry up to {@code SelfAssessmentBuilder.MAX_EXCEPTIONS}. */
    static final int SHOWN_EXCEPTIONS = 10;

    private SelfAssessmentHtml() {
    }

    public static String render(SelfAssessment a) {
        StringBuilder h = Page.open(a.title() + " " + a.period(), a.title() + " " + a.period())
                .append("<p class=\"meta\">Financial year ").append(Html.esc(a.periodStart())).append(" to ").append(Html.esc(a.periodEnd()))
                .append(a.landlordId() == null ? ", all landlords" : ", landlord " + Html.esc(a.landlordId()))
                .append(". Generated ").append(Html.esc(Format.generated(a.generatedAt()))).append("; data up to ")
                .append(a.dataCutOff() == null ? "no events" : Html.esc(a.dataCutOff())).append(".</p>\n")
                .append("<p class=\"code-applied\">").append(Html.esc(io.complaintstreams.reporting.CodeApplied.sentence(a.codeApplied()))).append("</p>\n");
        if (a.noData() != null) {
            h.append("<p class=\"missing\"><strong>").append(Html.esc(a.noData())).append("</strong></p>\n");
        }
        h.append("<p>Each suggested reading follows from the figure beside it and is for the complaints officer and the ")
                .append("governing body to confirm. Requirements are short paraphrases; the Code's own words govern.</p>\n");
        h.append(Table.of("Self-assessment against the Complaint Handling Code", List.of("Provision", "Requirement (paraphrase)",
                "Comply: Yes/No (suggested)", "Evidence", "Measured", "Exceptions", "Commentary"),
                a.rows().stream().map(SelfAssessmentHtml::cells).toList()));
        return Page.close(h);
    }

    private static List<Object> cells(SelfAssessmentRow r) {
        String comply = r.suggestedComply() != null ? r.suggestedComply()
                : r.source() == EvidenceSource.FOR_COMPLAINTS_OFFICER ? "For the complaints officer" : "To decide";
        String measured = r.count() == null ? "\u2014" : r.of() == null ? String.valueOf(r.count())
                : r.count() + " of " + r.of() + (r.pct() == null ? "" : " (" + pct(r.pct()) + ")");
        List<String> shown = r.exceptions().stream().limit(SHOWN_EXCEPTIONS).toList();
        String exceptions = r.exceptionCount() == 0 ? "none" : r.exceptionCount() + ": " + String.join(", ", shown)
                + (r.exceptionCount() > shown.size() ? " and " + (r.exceptionCount() - shown.size()) + " more (all in the CSV and JSON)" : "");
        return row(r.provision(), r.requirement(), comply, r.evidence(), measured, exceptions, r.commentary());
    }
}
