package io.complaintstreams.api;

import io.complaintstreams.app.RunSettings;
import io.complaintstreams.config.AppConfig;
import io.complaintstreams.query.ComplaintFactsQuery;
import io.complaintstreams.query.ComplaintQueries;
import io.complaintstreams.query.HostInfoResolver;
import io.complaintstreams.query.LocalStoreCopies;
import io.complaintstreams.query.RemoteQueryClient;
import io.complaintstreams.query.StoreLags;
import io.complaintstreams.streams.aggregation.StatsQueries;
import io.javalin.Javalin;
import java.nio.file.Path;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Registers the interactive-query endpoints of each capability: complaints, statistics and reports. Every one reads
 * one copy of each store partition it needs, from this instance or another, standby and restoring copies included
 * when the active one cannot answer ({@link PartitionShares}). Returns what the officer's lists gather with too, and the
 * store-lag sampler to close with the API.
 */
final class QueryRoutes {
    private QueryRoutes() {}

    /** This instance's store copies and the gathering across instances, and the store-lag sampler they read. */
    record Registered(LocalStoreCopies copies, PartitionShares shares, StoreLags lags) implements AutoCloseable {
        @Override
        public void close() {
            lags.close();
        }
    }

    static HostInfoResolver hosts(RunSettings settings, KafkaStreams streams) {
        return new HostInfoResolver(streams, new HostInfo(settings.config().get(AppConfig.ADVERTISED_HOST), settings.httpPort()));
    }

    /**
     * @param partitions the partition count of the stores' sub-topology (the input topics')
     * @param vault      opens sealed free text shown in answers (an Ombudsman order's wording)
     * @param kafkaClient the cluster's client settings: the self-assessment reads the service requests, surveys and
     *                    signals behind rows 1.4-1.6 from their topics when it is asked for
     */
    static Registered register(Javalin app, RunSettings settings, KafkaStreams streams, RemoteQueryClient instances,
                                  int partitions, io.complaintstreams.privacy.TextVault vault, java.util.Properties kafkaClient) {
        var hosts = hosts(settings, streams);
        StoreLags lags = StoreLags.start(streams);
        var copies = new LocalStoreCopies(streams, lags);
        var shares = new PartitionShares(hosts::others, instances, partitions);
        new ComplaintRoutes(new ComplaintQueries(streams), hosts, copies, shares, instances).register(app);
        new StatsRoutes(() -> StatsQueries.local(streams), copies, shares).register(app);

        var facts = new ClusterComplaintFacts(new ComplaintFactsQuery(streams), copies, shares);
        facts.register(app);
        var ombudsman = new ClusterOmbudsmanFacts(new io.complaintstreams.query.OmbudsmanFactsQuery(streams), copies, shares, vault);
        ombudsman.register(app);
        String statements = settings.config().get(AppConfig.REPORT_STATEMENTS_DIR);
        new ReportRoutes(facts::all, settings.config().homesByLandlord(), statements.isBlank() ? null : Path.of(statements),
                settings.localTargets()).withOmbudsman(ombudsman::all)
                .withServiceRecords(() -> io.complaintstreams.report.ServiceRecordSource.fromKafka(kafkaClient, settings.topics(),
                        settings.serviceRequestTargets(), settings.config().getInt(io.complaintstreams.config.AppConfig.SURVEY_THRESHOLD),
                        java.time.Duration.ofSeconds(60)))
                .register(app);
        return new Registered(copies, shares, lags);
    }
}
