package io.complaintstreams.reporting.html;

import io.complaintstreams.reporting.annual.AnnualReport;
import io.complaintstreams.reporting.annual.MonthVolume;
import io.complaintstreams.reporting.annual.Statement;
import io.complaintstreams.reporting.annual.TrendRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The annual report as one printable, accessible HTML page: semantic headings, tables with captions and header
 * scopes, inline SVG charts with text alternatives, print CSS (A4, no breaks inside tables or charts). No scripts.
 */
public final class AnnualReportHtml {
    private AnnualReportHtml() {
    }

    public static String render(AnnualReport r) {
        StringBuilder h = Page.open(r.title() + " " + r.period(), r.title() + " " + r.period())
                .append("<p>Financial year ").append(Html.esc(r.periodStart())).append(" to ").append(Html.esc(r.periodEnd()))
                .append(r.landlordId() == null ? ", all landlords" : ", landlord " + Html.esc(r.landlordId()))
                .append(". Homes: ").append(r.homes() == null ? "not configured (rates per 1,000 homes not shown)" : Html.esc(Format.cell(r.homes())))
                .append(". Generated ").append(Html.esc(Format.generated(r.generatedAt()))).append("; data up to ")
                .append(r.dataCutOff() == null ? "no events" : Html.esc(r.dataCutOff())).append(".</p>\n")
                .append("<p class=\"code-applied\">").append(Html.esc(io.complaintstreams.reporting.CodeApplied.sentence(r.codeApplied()))).append("</p>\n");
        if (r.noData() != null) {
            h.append("<p class=\"missing\"><strong>").append(Html.esc(r.noData())).append("</strong></p>\n");
        }
        QuantitativeSections.append(h, r);
        h.append("<section>\n<h2>Complaints referred to the Housing Ombudsman</h2>\n").append(QuantitativeSections.referrals(
                "Referrals to the Housing Ombudsman in the year, by outcome", r.ombudsmanReferrals()))
                .append(QuantitativeSections.determinations(r.ombudsmanDeterminations(), "year"))
                .append(QuarterPackHtml.orders(r.ombudsmanOrders(), "year")).append("</section>\n");
        for (Statement s : r.statements().all()) {
            h.append("<section>\n<h2>").append(Html.esc(s.title())).append("</h2>\n");
            h.append(s.supplied() ? MiniMarkdown.toHtml(s.text()) : Page.notSupplied(s.file()));
            h.append("</section>\n");
        }
        return Page.close(h);
    }


    static String monthsChart(List<MonthVolume> months) {
        return SvgBarChart.render("volumes-by-month", "Complaints by month: stage 1 received and stage 2 requested",
                months.stream().map(MonthVolume::month).toList(),
                List.of(new SvgBarChart.Series("Stage 1", "#1d5fa8", months.stream().map(MonthVolume::stage1).toList()),
                        new SvgBarChart.Series("Stage 2", "#d2691e", months.stream().map(MonthVolume::stage2).toList())));
    }

    /** This year's bars, and last year's beside them unless last year has no data. */
    static String themesChart(List<TrendRow> themes, boolean lastYearHasData) {
        var thisYear = new SvgBarChart.Series("This year", "#1d5fa8", themes.stream().map(TrendRow::count).toList());
        return SvgBarChart.render("themes", lastYearHasData ? "Complaints by theme: this year and last year"
                        : "Complaints by theme this year (no data for last year)",
                themes.stream().map(t -> Format.theme(t.name())).toList(), lastYearHasData
                        ? List.of(thisYear, new SvgBarChart.Series("Last year", "#999999", themes.stream().map(TrendRow::previousYear).toList()))
                        : List.of(thisYear));
    }

    static List<List<Object>> mapRows(Map<String, Long> a, Map<String, Long> b) {
        List<List<Object>> rows = new ArrayList<>();
        a.forEach((k, v) -> rows.add(List.of(Format.outcome(k), v, b.getOrDefault(k, 0L))));
        return rows;
    }
}
