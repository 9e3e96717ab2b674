package io.complaintstreams.api;

import io.complaintstreams.app.RunSettings;
import io.javalin.Javalin;
import org.apache.kafka.streams.KafkaStreams;

/** Registers the interactive-query endpoints of each capability. */
final class QueryRoutes {
    private QueryRoutes() {}

    static void register(Javalin app, RunSettings settings, KafkaStreams streams) {
        // capabilities add their query routes here
    }
}
