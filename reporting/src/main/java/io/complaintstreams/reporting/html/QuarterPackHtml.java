package io.complaintstreams.reporting.html;

import static io.complaintstreams.reporting.html.QuantitativeSections.pct;
import static io.complaintstreams.reporting.html.QuantitativeSections.row;

import io.complaintstreams.reporting.annual.Statement;
import io.complaintstreams.reporting.quarter.OmbudsmanOrders;
import io.complaintstreams.reporting.quarter.QuarterChange;
import io.complaintstreams.reporting.quarter.QuarterPack;
import io.complaintstreams.reporting.quarter.RisingTheme;
import java.util.List;
import java.util.stream.Collectors;

/** The quarterly MRC and board pack as one printable, accessible HTML page (same shell as the annual report). No scripts. */
public final class QuarterPackHtml {
    private QuarterPackHtml() {
    }

    public static String render(QuarterPack p) {
        StringBuilder h = Page.open(p.title() + " " + p.period(), "Quarterly complaints report " + p.period())
                .append("<p class=\"meta\">For the Member Responsible for Complaints and the governing body (Code 9.7). ")
                .append(Html.esc(p.periodStart())).append(" to ").append(Html.esc(p.periodEnd()))
                .append(p.landlordId() == null ? ", all landlords" : ", landlord " + Html.esc(p.landlordId()))
                .append(". Homes: ").append(p.homes() == null ? "not configured" : Html.esc(Format.cell(p.homes())))
                .append(". Generated ").append(Html.esc(Format.generated(p.generatedAt()))).append("; data up to ")
                .append(p.dataCutOff() == null ? "no events" : Html.esc(p.dataCutOff())).append(".</p>\n")
                .append("<p class=\"code-applied\">").append(Html.esc(io.complaintstreams.reporting.CodeApplied.sentence(p.codeApplied()))).append("</p>\n");
        if (p.noData() != null) {
            h.append("<p class=\"missing\"><strong>").append(Html.esc(p.noData())).append("</strong></p>\n");
        }
        h.append("<section>\n<h2>Volumes</h2>\n").append(Table.of(
                "Complaints this quarter against the previous quarter and the same quarter last year", changeHeaders("Measure"),
                changeRows(p.volumes()))).append("<p>Stage 2 requests as % of stage 1 complaints this quarter: ")
                .append(pct(p.escalations().ratePct())).append(".</p>\n</section>\n");
        h.append("<section>\n<h2>Timeliness against the Complaint Handling Code</h2>\n")
                .append(Table.of("This quarter", List.of("Measure", "Stage 1", "Stage 2"),
                        QuantitativeSections.timelinessRows(p.timeliness().stage1(), p.timeliness().stage2())))
                .append(Table.of("Previous quarter, for comparison", List.of("Measure", "Stage 1", "Stage 2"),
                        QuantitativeSections.timelinessRows(p.previousQuarterTimeliness().stage1(), p.previousQuarterTimeliness().stage2())))
                .append("</section>\n");
        h.append("<section>\n<h2>Outcomes</h2>\n").append(Table.of("Outcomes of responses dated in the quarter",
                List.of("Outcome", "Stage 1", "Stage 2"), AnnualReportHtml.mapRows(p.outcomes().stage1(), p.outcomes().stage2())))
                .append("</section>\n");
        h.append("<section>\n<h2>Categories and themes</h2>\n")
                .append(Table.of("Complaints received by category", changeHeaders("Category"), changeRows(p.categories())))
                .append(Table.of("Complaints received by theme", changeHeaders("Theme"), changeRows(p.themes())))
                .append(rising(p.risingThemes())).append("</section>\n");
        h.append("<section>\n<h2>Complaints not accepted and remedies</h2>\n")
                .append(QuantitativeSections.refusals("Refusals dated in the quarter, by reason", p.refusals()))
                .append(Table.of("Remedies in the quarter", List.of("Measure", "Value"), List.of(
                        row("Remedies awarded", p.remedies().count()), row("Total remedies", Format.money(p.remedies().total())),
                        row("Average remedy", Format.money(p.remedies().average())))))
                .append("</section>\n");
        h.append("<section>\n<h2>Housing Ombudsman: referrals, outcomes and orders</h2>\n").append(QuantitativeSections.referrals(
                "Referrals to the Housing Ombudsman in the quarter, by outcome", p.ombudsmanReferrals()))
                .append(QuantitativeSections.determinations(p.ombudsmanDeterminations(), "quarter"))
                .append(orders(p.ombudsmanOrders())).append("</section>\n");
        Statement learning = p.learningActions();
        h.append("<section>\n<h2>").append(Html.esc(learning.title())).append("</h2>\n")
                .append(learning.supplied() ? MiniMarkdown.toHtml(learning.text()) : Page.notSupplied(learning.file())).append("</section>\n");
        return Page.close(h);
    }

    static String source(String file) {
        return "<p class=\"source\">Source: " + (io.complaintstreams.reporting.ombudsman.OmbudsmanEvidence.EVENTS.equals(file)
                ? "Ombudsman case events (crm.ombudsman-cases)" : "the landlord's file " + Html.esc(file)) + ".</p>\n";
    }

    private static List<String> changeHeaders(String first) {
        return List.of(first, "This quarter", "Previous quarter", "Change", "Same quarter last year", "Change on last year");
    }

    private static List<List<Object>> changeRows(List<QuarterChange> rows) {
        return rows.stream().map(c -> row(label(c.name()), c.quarter(), orNoData(c.previousQuarter()),
                signed(c.changeFromPreviousQuarter(), c.changeFromPreviousQuarterPct()), orNoData(c.sameQuarterLastYear()),
                signed(c.changeFromLastYear(), c.changeFromLastYearPct()))).toList();
    }

    private static Object orNoData(Long count) {
        return count == null ? "no data" : count;
    }

    private static String label(String name) {
        return switch (name) {
            case "stage1Complaints" -> "Stage 1 complaints received";
            case "stage2Escalations" -> "Stage 2 escalation requests";
            default -> Format.theme(name);
        };
    }

    private static String signed(Long change, Object pct) {
        if (change == null) {
            return "no data";
        }
        return (change > 0 ? "+" : "") + Format.cell(change) + (pct == null ? "" : " (" + (change > 0 ? "+" : "") + pct + "%)");
    }

    private static String rising(List<RisingTheme> rising) {
        if (rising.isEmpty()) {
            return "<p>No theme rose from the previous quarter.</p>\n";
        }
        return Table.of("Rising themes (from the previous quarter) with example complaints", List.of("Theme", "This quarter",
                "Change", "Example complaints (id, received, category)"), rising.stream().map(r -> row(Format.theme(r.change().name()),
                r.change().quarter(), signed(r.change().changeFromPreviousQuarter(), r.change().changeFromPreviousQuarterPct()),
                r.examples().stream().map(e -> e.complaintId() + " (" + e.receivedOn() + (e.category() == null ? "" : ", " + Format.theme(e.category())) + ")")
                        .collect(Collectors.joining("; ")))).toList());
    }


    static String orders(OmbudsmanOrders orders) {
        return orders(orders, "quarter");
    }

    /** The orders table, or the "not supplied" box; {@code period} is "quarter" or "year". */
    static String orders(OmbudsmanOrders orders, String period) {
        if (!Statement.SUPPLIED.equals(orders.status())) {
            return "<p class=\"missing\"><strong>Orders not supplied.</strong> Supply " + Html.esc(orders.file())
                    + " (columns due, completed, orderId, complaintId, order) to report progress on the Ombudsman's orders.</p>\n";
        }
        if (orders.orders().isEmpty()) {
            return "<p>No Ombudsman order was due or open in the " + period + ".</p>\n";
        }
        return source(orders.file()) + Table.of("Ombudsman orders due or open in the " + period + ", status at the " + period + "'s end",
                List.of("Order", "Complaint", "What was ordered", "Due", "Completed", "Status"),
                orders.orders().stream().map(o -> row(o.orderId(), o.complaintId(), o.order(), o.due(), o.completed(),
                        o.status().name().replace('_', ' ').toLowerCase())).toList());
    }
}
