package io.complaintstreams.reporting.html;

import io.complaintstreams.reporting.annual.AnnualReport;
import io.complaintstreams.reporting.annual.MonthVolume;
import io.complaintstreams.reporting.annual.Referrals;
import io.complaintstreams.reporting.annual.Refusals;
import io.complaintstreams.reporting.annual.StageTimeliness;
import io.complaintstreams.reporting.annual.Statement;
import io.complaintstreams.reporting.annual.TrendRow;
import io.complaintstreams.reporting.tsm.TsmResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The sections computed from the complaint events. */
final class QuantitativeSections {
    private QuantitativeSections() {
    }

    static void append(StringBuilder h, AnnualReport r) {
        TsmResult t = r.tsm();
        h.append("<section>\n<h2>Volumes</h2>\n").append(Table.of("Complaints in the year (stage 1 by date received, stage 2 by date escalated)",
                List.of("Stage", "Complaints", "Per 1,000 homes (TSM CH01)", "Previous year"),
                List.of(row("Stage 1", r.volumes().stage1(), r.volumes().stage1Per1000(), orNoData(r.volumes().previousYearStage1())),
                        row("Stage 2", r.volumes().stage2(), r.volumes().stage2Per1000(), orNoData(r.volumes().previousYearStage2())))));
        h.append("<figure>\n").append(AnnualReportHtml.monthsChart(r.volumes().byMonth()))
                .append("<figcaption>Complaints by month; the figures are in the table below.</figcaption>\n</figure>\n");
        List<List<Object>> months = new ArrayList<>();
        for (MonthVolume m : r.volumes().byMonth()) {
            months.add(row(m.month(), m.stage1(), m.stage2()));
        }
        h.append(Table.of("Complaints by month", List.of("Month", "Stage 1 received", "Stage 2 requested"), months)).append("</section>\n");

        h.append("<section>\n<h2>Timeliness against the Complaint Handling Code</h2>\n")
                .append(Table.of("Acknowledgements and responses dated in the year, on time against the Code",
                        List.of("Measure", "Stage 1", "Stage 2"), timelinessRows(r.timeliness().stage1(), r.timeliness().stage2())))
                .append("<p>TSM CH02 (responses within the Code's timescales): stage 1 ")
                .append(pct(t.ch02Stage1WithinTimescalePct())).append(", stage 2 ").append(pct(t.ch02Stage2WithinTimescalePct())).append(".</p>\n");
        if (r.timeliness().stage1().local() == null && r.timeliness().stage2().local() == null) {
            h.append("<p class=\"missing\"><strong>Local targets: not supplied.</strong> Timeliness is shown against the Code only.</p>\n");
        } else {
            h.append(Table.of("Against the landlord's local targets", List.of("Measure", "Stage 1", "Stage 2"), List.of(
                    row("Acknowledged on time", localAck(r.timeliness().stage1()), localAck(r.timeliness().stage2())),
                    row("Responded on time", localResp(r.timeliness().stage1()), localResp(r.timeliness().stage2())))));
        }
        h.append("</section>\n<section>\n<h2>Outcomes</h2>\n").append(Table.of("Outcomes of responses dated in the year",
                List.of("Outcome", "Stage 1", "Stage 2"), AnnualReportHtml.mapRows(r.outcomes().stage1(), r.outcomes().stage2()))).append("</section>\n");

        h.append("<section>\n<h2>Categories and themes</h2>\n")
                .append(Table.of("Complaints received in the year by category, with the change from the previous year", trendHeaders(), trendRows(r.categories())))
                .append("<figure>\n").append(AnnualReportHtml.themesChart(r.themes(), r.volumes().previousYearStage1() != null))
                .append("<figcaption>Complaints by theme, this year").append(r.volumes().previousYearStage1() == null ? "" : " and last")
                .append("; the figures are in the table below.</figcaption>\n</figure>\n")
                .append(Table.of("Complaints received in the year by theme, with the change from the previous year", trendHeaders(), trendRows(r.themes())))
                .append(r.volumes().previousYearStage1() == null ? "<p>The previous year has no data: no theme can be said to have risen.</p>\n"
                        : r.risingThemes().isEmpty() ? "<p>No theme rose from the previous year.</p>\n"
                        : Table.of("Top rising themes", trendHeaders(), trendRows(r.risingThemes())))
                .append("</section>\n");

        h.append("<section>\n<h2>Complaints not accepted</h2>\n")
                .append(refusals("Refusals dated in the year, by reason", r.refusals()))
                .append("</section>\n<section>\n<h2>Remedies and escalations</h2>\n")
                .append(Table.of("Remedies and escalations in the year", List.of("Measure", "Value"), List.of(
                        row("Remedies awarded", r.remedies().count()),
                        row("Total remedies", Format.money(r.remedies().total())),
                        row("Average remedy", Format.money(r.remedies().average())),
                        row("Stage 2 requests as % of stage 1 complaints", pct(r.escalations().ratePct())))))
                .append("</section>\n");
    }

    /** Refusals by reason and stage, with the total. */
    static String refusals(String caption, Refusals refusals) {
        List<List<Object>> rows = new ArrayList<>();
        refusals.byReason().forEach(x -> rows.add(row(x.reason(), x.stage1(), x.stage2(), x.total())));
        rows.add(row("Total", null, null, refusals.total()));
        return Table.of(caption, List.of("Reason", "Stage 1", "Stage 2", "Total"), rows);
    }

    /** Referrals to the Ombudsman by outcome with the total, or the "not supplied" box with its note. */
    static String referrals(String caption, Referrals ref) {
        if (!Statement.SUPPLIED.equals(ref.status())) {
            return "<p class=\"missing\"><strong>Not supplied.</strong> " + Html.esc(ref.note()) + "</p>\n";
        }
        List<List<Object>> rows = new ArrayList<>();
        ref.byOutcome().forEach((k, v) -> rows.add(row(Format.finding(k), v)));
        rows.add(row("Total", ref.count()));
        return Table.of(caption, List.of("Outcome", "Referrals"), rows);
    }

    /** The Ombudsman's determinations in the period with their findings (Code 8.1 c); nothing when there are no events. */
    static String determinations(io.complaintstreams.reporting.ombudsman.Determinations d, String period) {
        if (!Statement.SUPPLIED.equals(d.status())) {
            return "";
        }
        if (d.count() == 0) {
            return "<p>No Ombudsman determination in the " + period + ".</p>\n";
        }
        List<List<Object>> byFinding = new ArrayList<>();
        d.byFinding().forEach((k, v) -> byFinding.add(row(Format.finding(k), v)));
        byFinding.add(row("Determinations with maladministration (severe or not)", d.withMaladministration()));
        byFinding.add(row("Determinations", d.count()));
        return Table.of("Ombudsman determinations in the " + period + ": cases by finding", List.of("Finding", "Cases"), byFinding)
                + Table.of("Each determination in the " + period, List.of("Case", "Complaint", "Date", "Findings"),
                d.determinations().stream().map(x -> row(x.caseId(), x.complaintId(), x.date(),
                        x.findings().stream().map(Format::finding).collect(Collectors.joining("; ")))).toList());
    }

    static List<List<Object>> timelinessRows(StageTimeliness a, StageTimeliness b) {
        return List.of(
                row("Acknowledgements", a.acknowledgements(), b.acknowledgements()),
                row("Acknowledged within the Code (%)", pct(a.acknowledgedOnTimePct()), pct(b.acknowledgedOnTimePct())),
                row("Responses", a.responses(), b.responses()),
                row("Responded by the response date, extensions included (%)", pct(a.respondedOnTimePct()), pct(b.respondedOnTimePct())),
                row("Within the Code's timescales, TSM CH02 (%)", pct(a.withinTimescalePct()), pct(b.withinTimescalePct())),
                row("Responses after an extension", a.responsesExtended(), b.responsesExtended()),
                row("Extensions beyond the Code maximum", a.responsesExtendedBeyondCode(), b.responsesExtendedBeyondCode()));
    }

    private static List<String> trendHeaders() {
        return List.of("Name", "This year", "Previous year", "Change", "Change (%)");
    }

    private static List<List<Object>> trendRows(List<TrendRow> rows) {
        return rows.stream().map(t -> row(Format.theme(t.name()), t.count(), orNoData(t.previousYear()), orNoData(t.change()),
                t.previousYear() == null ? "no data" : pct(t.changePct()))).toList();
    }

    /** A previous period's figure, or "no data" when no complaint event is dated in that period (not a measured 0). */
    private static Object orNoData(Long value) {
        return value == null ? "no data" : value;
    }

    private static Object localAck(StageTimeliness s) {
        return s.local() == null ? "no target" : pct(s.local().acknowledgedOnTimePct());
    }

    private static Object localResp(StageTimeliness s) {
        return s.local() == null ? "no target" : pct(s.local().respondedOnTimePct());
    }

    static String pct(Object value) {
        return value == null ? "n/a" : value + "%";
    }

    static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }
}
