package io.complaintstreams.api;

import io.complaintstreams.app.RunSettings;
import io.complaintstreams.config.AppConfig;
import io.complaintstreams.query.ComplaintFactsQuery;
import io.complaintstreams.query.ComplaintQueries;
import io.complaintstreams.query.HostInfoResolver;
import io.complaintstreams.query.RemoteQueryClient;
import io.complaintstreams.reporting.annual.AnnualReportBuilder;
import io.complaintstreams.streams.aggregation.StatsQueries;
import io.javalin.Javalin;
import java.nio.file.Path;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;

/** Registers the interactive-query endpoints of each capability: complaints, statistics and reports. */
final class QueryRoutes {
    private QueryRoutes() {}

    static HostInfoResolver hosts(RunSettings settings, KafkaStreams streams) {
        return new HostInfoResolver(streams, new HostInfo(settings.config().get(AppConfig.ADVERTISED_HOST), settings.httpPort()));
    }

    static void register(Javalin app, RunSettings settings, KafkaStreams streams, RemoteQueryClient instances) {
        var hosts = hosts(settings, streams);
        new ComplaintRoutes(new ComplaintQueries(streams), hosts, instances).register(app);
        new StatsRoutes(() -> StatsQueries.local(streams), hosts, instances).register(app);

        var facts = new ClusterComplaintFacts(new ComplaintFactsQuery(streams), hosts, instances);
        facts.register(app);
        var ombudsman = new ClusterOmbudsmanFacts(new io.complaintstreams.query.OmbudsmanFactsQuery(streams), hosts, instances);
        ombudsman.register(app);
        String statements = settings.config().get(AppConfig.REPORT_STATEMENTS_DIR);
        new ReportRoutes(facts::all, settings.config().homesByLandlord(), statements.isBlank() ? null : Path.of(statements),
                AnnualReportBuilder.withLocalTargets(settings.localTargets())).withOmbudsman(ombudsman::all).register(app);
    }
}
