package io.complaintstreams.api;

import io.complaintstreams.app.RunSettings;
import io.javalin.Javalin;
import org.apache.kafka.streams.KafkaStreams;

/** Registers the interactive-query endpoints of each capability. */
final class QueryRoutes {
    private QueryRoutes() {}

    static void register(Javalin app, RunSettings settings, KafkaStreams streams) {
        var self = new org.apache.kafka.streams.state.HostInfo("127.0.0.1", settings.httpPort());
        var hosts = new io.complaintstreams.query.HostInfoResolver(streams, self);
        new ComplaintRoutes(new io.complaintstreams.query.ComplaintQueries(streams), hosts).register(app);
    }
}
