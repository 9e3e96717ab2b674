package io.complaintstreams.api;

import io.complaintstreams.app.RunSettings;
import io.javalin.Javalin;
import org.apache.kafka.streams.KafkaStreams;

/** Registers the interactive-query endpoints of each capability. */
final class QueryRoutes {
    private QueryRoutes() {}

    static void register(Javalin app, RunSettings settings, KafkaStreams streams) {
        var self = new org.apache.kafka.streams.state.HostInfo(
                settings.config().get(io.complaintstreams.config.AppConfig.ADVERTISED_HOST), settings.httpPort());
        var hosts = new io.complaintstreams.query.HostInfoResolver(streams, self);
        new ComplaintRoutes(new io.complaintstreams.query.ComplaintQueries(streams), hosts).register(app);
        new StatsRoutes(() -> io.complaintstreams.streams.aggregation.StatsQueries.local(streams)).register(app);
        var facts = new ClusterComplaintFacts(new io.complaintstreams.query.ComplaintFactsQuery(streams), hosts);
        facts.register(app);
        String statements = settings.config().get(io.complaintstreams.config.AppConfig.REPORT_STATEMENTS_DIR);
        new ReportRoutes(facts::all, settings.config().homesByLandlord(),
                statements.isBlank() ? null : java.nio.file.Path.of(statements),
                io.complaintstreams.reporting.annual.AnnualReportBuilder.withLocalTargets(settings.localTargets())).register(app);
    }
}
