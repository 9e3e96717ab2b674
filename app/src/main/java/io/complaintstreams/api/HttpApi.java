package io.complaintstreams.api;

import io.complaintstreams.app.IngestWiring;
import io.complaintstreams.app.KafkaConnection;
import io.complaintstreams.app.RunSettings;
import io.complaintstreams.config.AppConfig;
import io.complaintstreams.ingest.http.IngestRoutes;
import io.complaintstreams.ingest.http.IngestSettings;
import io.complaintstreams.ingest.publish.EventPublisher;
import io.complaintstreams.metrics.AppMetrics;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.util.function.Consumer;
import org.apache.kafka.streams.KafkaStreams;

/** The one HTTP port: ingest, queries, health, metrics and the dashboard. */
public final class HttpApi implements AutoCloseable {
    private final Javalin app;

    private HttpApi(Javalin app) {
        this.app = app;
    }

    public static HttpApi start(RunSettings settings, KafkaConnection kafka, KafkaStreams streams,
                                EventPublisher publisher, AppMetrics metrics) {
        return start(settings, kafka, streams, publisher, metrics, app -> { });
    }

    /** As above, plus routes registered by {@code extraRoutes} (e.g. the alerts feed). */
    public static HttpApi start(RunSettings settings, KafkaConnection kafka, KafkaStreams streams,
                                EventPublisher publisher, AppMetrics metrics, Consumer<Javalin> extraRoutes) {
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.staticFiles.add("/public", Location.CLASSPATH);
            config.staticFiles.enableWebjars();
        });
        IngestSettings ingest = IngestSettings.defaults().withBearerTokens(settings.ingestTokens())
                .withMaxBodyBytes(Long.parseLong(settings.config().get(AppConfig.INGEST_MAX_BYTES)));
        new IngestRoutes(settings.topics(), publisher, ingest, IngestWiring.metricsListener(metrics, "http")).register(app);
        new HealthRoutes(kafka.clients().bootstrapServers(), kafka::reachable, streams::state, metrics.progress()).register(app);
        new MetricsRoutes(metrics).register(app);
        QueryRoutes.register(app, settings, streams);
        extraRoutes.accept(app);
        app.start("0.0.0.0", settings.httpPort());
        return new HttpApi(app);
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
