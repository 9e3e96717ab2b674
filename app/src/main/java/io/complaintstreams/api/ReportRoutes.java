package io.complaintstreams.api;

import io.complaintstreams.domain.complaint.ComplaintFact;
import io.complaintstreams.reporting.FinancialYear;
import io.complaintstreams.reporting.InvalidPeriodException;
import io.complaintstreams.reporting.ReportJson;
import io.complaintstreams.reporting.annual.AnnualReport;
import io.complaintstreams.reporting.annual.AnnualReportBuilder;
import io.complaintstreams.reporting.html.AnnualReportHtml;
import io.complaintstreams.reporting.html.PdfExport;
import io.complaintstreams.reporting.html.QuarterPackHtml;
import io.complaintstreams.reporting.html.SelfAssessmentHtml;
import io.complaintstreams.domain.deadline.LocalTargets;
import io.complaintstreams.reporting.quarter.FinancialQuarter;
import io.complaintstreams.reporting.quarter.QuarterPack;
import io.complaintstreams.reporting.quarter.QuarterPackBuilder;
import io.complaintstreams.reporting.selfassessment.SelfAssessment;
import io.complaintstreams.reporting.selfassessment.SelfAssessmentBuilder;
import io.complaintstreams.reporting.selfassessment.SelfAssessmentCsv;
import io.complaintstreams.reporting.selfassessment.ServiceRecords;
import io.complaintstreams.reporting.tsm.TsmCalculator;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code GET /api/v1/tsm?period=2025-26[&landlordId=]} and {@code GET /api/v1/reports/annual?period=2025-26[&landlordId=]}
 * (JSON; {@code Accept: text/html} gives the printable page), {@code GET /api/v1/reports/self-assessment?period=2025-26}
 * ({@code Accept: text/csv} for the form's columns) and {@code GET /api/v1/reports/quarter?period=2025-26-Q3}.
 * {@code format=html|pdf|csv|json} chooses the form instead of {@code Accept} (links); a format the route does not
 * offer is a 406 naming those it does. A bad or missing period is a 400 naming the parameter.
 */
public final class ReportRoutes {
    private static final Map<String, String> FORMATS =
            Map.of("html", "text/html", "pdf", "application/pdf", "csv", "text/csv", "json", "application/json");
    private final Function<Context, Collection<List<ComplaintFact>>> complaints;
    private final Map<String, Integer> homesByLandlord;
    private final Path statementsDir;
    private final AnnualReportBuilder annual;
    private final QuarterPackBuilder quarterly;
    private Function<Context, ? extends Collection<io.complaintstreams.domain.ombudsman.OmbudsmanFact>> ombudsman = ctx -> List.of();
    private Supplier<ServiceRecords> serviceRecords = ServiceRecords::none;

    /**
     * @param complaints every complaint's facts (e.g. from the {@code complaint-ledger} store), read per request
     * @param homesByLandlord configured homes per landlord (summed unless landlordId is given)
     * @param statementsDir the landlord's statements directory, or null when none is supplied
     */
    public ReportRoutes(Supplier<Collection<List<ComplaintFact>>> complaints, Map<String, Integer> homesByLandlord, Path statementsDir) {
        this(complaints, homesByLandlord, statementsDir, LocalTargets.none());
    }

    /** With the landlord's local targets ({@link LocalTargets#none()}: none), for the annual report and the quarterly pack. */
    public ReportRoutes(Supplier<Collection<List<ComplaintFact>>> complaints, Map<String, Integer> homesByLandlord, Path statementsDir,
                        LocalTargets targets) {
        this(ctx -> complaints.get(), homesByLandlord, statementsDir, targets);
    }

    /**
     * With complaints read per request given the request, so that the reader can state on the response how current
     * they are (the {@link io.complaintstreams.query.Freshness} headers).
     */
    public ReportRoutes(Function<Context, Collection<List<ComplaintFact>>> complaints, Map<String, Integer> homesByLandlord,
                        Path statementsDir, LocalTargets targets) {
        this.annual = AnnualReportBuilder.withLocalTargets(targets);
        this.quarterly = QuarterPackBuilder.withLocalTargets(targets);
        this.complaints = complaints;
        this.homesByLandlord = Map.copyOf(homesByLandlord);
        this.statementsDir = statementsDir;
    }

    /**
     * The Ombudsman case events (e.g. the {@code ombudsman-cases} store), read per request (given the request, so that
     * the reader can state on the response how current they are, with the complaints'): when a landlord has any they
     * give the reports' referrals, determinations and orders instead of the statements files.
     */
    public ReportRoutes withOmbudsman(Function<Context, ? extends Collection<io.complaintstreams.domain.ombudsman.OmbudsmanFact>> cases) {
        this.ombudsman = cases;
        return this;
    }

    /**
     * The service requests, surveys and dissatisfied records behind self-assessment rows 1.4-1.6, read per request of
     * the self-assessment (e.g. from the input topics and {@code complaints.signals}); without them those rows stay for
     * the complaints officer.
     */
    public ReportRoutes withServiceRecords(Supplier<ServiceRecords> records) {
        this.serviceRecords = records;
        return this;
    }

    public void register(Javalin app) {
        app.get("/api/v1/tsm", ctx -> offers(ctx, "json").flatMap(ok -> period(ctx)).ifPresent(year -> json(ctx,
                ReportJson.write(TsmCalculator.standard().calculate(complaints.apply(ctx), year, homesByLandlord, landlord(ctx))))));
        app.get("/api/v1/reports/annual", ctx -> offers(ctx, "json", "html", "pdf").flatMap(ok -> period(ctx)).ifPresent(year -> {
            AnnualReport report = annual.build(complaints.apply(ctx), ombudsman.apply(ctx), year, homesByLandlord, landlord(ctx),
                    statementsDir, Instant.now());
            if (accepts(ctx, "text/html") || accepts(ctx, "application/pdf")) {
                page(ctx, AnnualReportHtml.render(report), "annual-report-" + year.label());
            } else {
                json(ctx, ReportJson.write(report));
            }
        }));
        app.get("/api/v1/reports/self-assessment", ctx -> offers(ctx, "json", "html", "pdf", "csv").flatMap(ok -> period(ctx)).ifPresent(year -> {
            SelfAssessment assessment = SelfAssessmentBuilder.standard().build(complaints.apply(ctx), serviceRecords.get(), year,
                    landlord(ctx), statementsDir, Instant.now());
            if (accepts(ctx, "text/csv")) {
                ctx.contentType("text/csv; charset=utf-8")
                        .header("Content-Disposition", "attachment; filename=\"self-assessment-" + year.label() + ".csv\"")
                        .result(SelfAssessmentCsv.write(assessment));
            } else if (accepts(ctx, "text/html") || accepts(ctx, "application/pdf")) {
                page(ctx, SelfAssessmentHtml.render(assessment), "self-assessment-" + year.label());
            } else {
                json(ctx, ReportJson.write(assessment));
            }
        }));
        app.get("/api/v1/reports/quarter", ctx -> offers(ctx, "json", "html", "pdf").flatMap(ok -> quarter(ctx)).ifPresent(quarter -> {
            QuarterPack pack = quarterly.build(complaints.apply(ctx), ombudsman.apply(ctx), quarter, homesByLandlord,
                    landlord(ctx), statementsDir, Instant.now());
            if (accepts(ctx, "text/html") || accepts(ctx, "application/pdf")) {
                page(ctx, QuarterPackHtml.render(pack), "quarterly-report-" + quarter.label());
            } else {
                json(ctx, ReportJson.write(pack));
            }
        }));
    }

    private static java.util.Optional<FinancialYear> period(Context ctx) {
        return periodParam(ctx, FinancialYear::parse);
    }

    private static java.util.Optional<FinancialQuarter> quarter(Context ctx) {
        return periodParam(ctx, FinancialQuarter::parse);
    }

    /**
     * Whether this route offers the {@code format} asked for (none asked: yes). Any format this route does not offer, a
     * known one (e.g. {@code csv} of the annual report) or not ({@code xml}), is a 406 {@code {"error","field":"format"}}
     * naming those it does, as the list routes answer ({@code ListAnswer}), rather than an answer in another form the
     * client did not ask for.
     */
    private static java.util.Optional<Boolean> offers(Context ctx, String... offered) {
        String format = ctx.queryParam("format");
        if (format == null || format.isBlank()) {
            return java.util.Optional.of(true);
        }
        String asked = format.trim().toLowerCase(java.util.Locale.ROOT);
        if (!FORMATS.containsKey(asked) || !List.of(offered).contains(asked)) {
            ctx.status(406).json(Map.of("error", "format=" + asked + " is not offered here; choose one of " + String.join(", ", offered),
                    "field", "format"));
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(true);
    }

    /** The {@code period} parameter read by {@code parse}; a 400 naming it (and empty) when it does not read. */
    private static <P> java.util.Optional<P> periodParam(Context ctx, java.util.function.Function<String, P> parse) {
        try {
            return java.util.Optional.of(parse.apply(ctx.queryParam("period")));
        } catch (InvalidPeriodException e) {
            ctx.status(400).json(Map.of("error", e.getMessage(), "field", "period"));
            return java.util.Optional.empty();
        }
    }

    /**
     * Whether the client asks for {@code mediaType}: {@code format=html|pdf|csv|json} (for a plain link, e.g. from the
     * dashboard) wins over the {@code Accept} header.
     */
    private static boolean accepts(Context ctx, String mediaType) {
        String format = ctx.queryParam("format");
        if (format != null && !format.isBlank()) {
            return FORMATS.getOrDefault(format.trim().toLowerCase(java.util.Locale.ROOT), "").equals(mediaType);
        }
        String accept = ctx.header("Accept");
        return accept != null && accept.contains(mediaType);
    }

    /** The page as HTML, or as a PDF download when the client asks for {@code application/pdf} (and not HTML first). */
    private static void page(Context ctx, String html, String name) {
        if (accepts(ctx, "application/pdf") && !accepts(ctx, "text/html")) {
            ctx.contentType("application/pdf").header("Content-Disposition", "attachment; filename=\"" + name + ".pdf\"")
                    .result(PdfExport.of(html));
        } else {
            ctx.contentType("text/html; charset=utf-8").result(html);
        }
    }

    private static String landlord(Context ctx) {
        String id = ctx.queryParam("landlordId");
        return id == null || id.isBlank() ? null : id;
    }

    private static void json(Context ctx, String body) {
        ctx.contentType("application/json").result(body);
    }
}
