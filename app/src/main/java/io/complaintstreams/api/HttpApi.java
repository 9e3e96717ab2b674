package io.complaintstreams.api;

import io.complaintstreams.api.access.AccessControl;
import io.complaintstreams.api.access.ReadAudit;
import io.complaintstreams.api.access.HttpTransport;
import io.complaintstreams.api.officer.OfficerRoutes;
import io.complaintstreams.app.IngestWiring;
import io.complaintstreams.app.KafkaConnection;
import io.complaintstreams.app.RunSettings;
import io.complaintstreams.audit.AuditLog;
import io.complaintstreams.config.AppConfig;
import io.complaintstreams.ingest.http.IngestRoutes;
import io.complaintstreams.ingest.http.IngestSettings;
import io.complaintstreams.ingest.publish.EventPublisher;
import io.complaintstreams.metrics.AppMetrics;
import io.complaintstreams.query.RemoteQueryClient;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.util.List;
import java.util.function.Consumer;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The one HTTP port: ingest, queries, health, metrics and the dashboard; on {@code http.bind-address}, over HTTPS when
 * {@code http.tls.*} is set, behind the access check and security headers of {@code api.access}.
 */
public final class HttpApi implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(HttpApi.class);
    private final Javalin app;
    private final String baseUrl;
    private final OfficerRoutes officer;
    private final AutoCloseable queries;

    private HttpApi(Javalin app, String baseUrl, OfficerRoutes officer, AutoCloseable queries) {
        this.app = app;
        this.baseUrl = baseUrl;
        this.officer = officer;
        this.queries = queries;
    }

    /**
     * The partition count of the stores the queries read: that of the input topics (the sources of their
     * sub-topology; Kafka Streams makes as many tasks as the largest has partitions), else {@code topic.partitions}.
     */
    private static int storePartitions(RunSettings settings, KafkaConnection kafka) {
        var t = settings.topics();
        List<String> inputs = List.of(t.contacts.name(), t.serviceRequests.name(), t.surveys.name(), t.complaintEvents.name());
        try {
            return kafka.admin().describeTopics(inputs).allTopicNames().get(30, java.util.concurrent.TimeUnit.SECONDS)
                    .values().stream().mapToInt(d -> d.partitions().size()).max().orElseThrow();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            int configured = settings.config().getInt(AppConfig.PARTITIONS);
            LOG.warn("could not describe the input topics ({}); queries assume {} partitions (topic.partitions)", e.toString(), configured);
            return configured;
        }
    }

    public static HttpApi start(RunSettings settings, KafkaConnection kafka, KafkaStreams streams,
                                EventPublisher publisher, AppMetrics metrics) {
        return start(settings, kafka, streams, publisher, metrics, AuditLog.NONE, app -> { }, java.util.Optional.empty());
    }

    /**
     * As above, plus the audit log, routes registered by {@code extraRoutes} (e.g. the alerts feed) and the master key
     * (officers' notes are sealed with it and opened for the officers' view).
     */
    public static HttpApi start(RunSettings settings, KafkaConnection kafka, KafkaStreams streams,
                                EventPublisher publisher, AppMetrics metrics, AuditLog audit, Consumer<Javalin> extraRoutes,
                                java.util.Optional<io.complaintstreams.privacy.MasterKey> masterKey) {
        HttpTransport transport = HttpTransport.from(settings.config(), settings.httpPort());
        AccessControl access = AccessControl.from(settings.config(), transport.tls());
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.staticFiles.add(files -> { // no-store: the dashboard page must not outlive a sign-out in a cache
                files.directory = "/public";
                files.location = Location.CLASSPATH;
                files.headers = java.util.Map.of("Cache-Control", "no-store");
            });
            config.staticFiles.enableWebjars();
            transport.configure(config);
            settings.config().httpServerLimits().applyTo(config);
            UnmatchedRoutes.configure(config);
        });
        transport.register(app);
        UnmatchedRoutes.register(app);
        ReadAudit readAudit = new ReadAudit(audit);
        access.onRefused(readAudit::recordRefused).register(app);
        readAudit.register(app);
        IngestSettings ingest = IngestSettings.defaults().withBearerTokens(settings.ingestTokens())
                .withMaxBodyBytes(settings.ingestMaxRequestBytes())
                .withTimestampBounds(settings.config().timestampBounds());
        new IngestRoutes(settings.topics(), publisher, ingest, IngestWiring.metricsListener(metrics, "http")).register(app);
        io.complaintstreams.domain.validation.FutureRefusals.shared().onFirstSuspicion(s -> LOG.warn("clock: {}", s.message()));
        new HealthRoutes(kafka.clients().bootstrapServers(), kafka::reachable, streams::state, metrics.progress()).register(app);
        new MetricsRoutes(metrics).register(app);
        new GlossaryRoutes().register(app);
        var instances = new RemoteQueryClient(transport.instanceClientContext(), settings.config().get(AppConfig.API_INTERNAL_SECRET));
        QueryRoutes.Registered queries = QueryRoutes.register(app, settings, streams, instances, storePartitions(settings, kafka),
                io.complaintstreams.api.officer.OfficerRoutes.vault(streams, io.complaintstreams.app.PrivacyWiring.topology(settings.config(), masterKey),
                        java.time.Clock.systemUTC(), settings.topology().zone()), kafka.clients().asProperties());
        var officer = new OfficerRoutes(streams, QueryRoutes.hosts(settings, streams), instances, queries.copies(),
                queries.shares(), kafka.clients().asMap(),
                settings.topics(), audit, java.time.Clock.systemUTC(), settings.topology().zone(),
                io.complaintstreams.app.PrivacyWiring.topology(settings.config(), masterKey),
                io.complaintstreams.app.PrivacyWiring.sealer(settings.config(), masterKey),
                new io.complaintstreams.query.ServiceRequestsQuery(settings.serviceRequestTargets(),
                        io.complaintstreams.domain.calendar.WorkingDayCalendar.englandAndWales(), settings.topology().zone()));
        officer.register(app);
        extraRoutes.accept(app);
        transport.start(app);
        return new HttpApi(app, transport.baseUrl(), officer, queries);
    }

    /** {@code http(s)://HOST:PORT} this instance answers on (127.0.0.1 when bound to every interface). */
    public String baseUrl() {
        return baseUrl;
    }

    /** Every registered endpoint as {@code METHOD /path/{template}}, from Javalin's router (so tests cover new routes). */
    public List<String> endpoints() {
        return app.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
                .map(e -> e.getEndpoint().getMethod() + " " + e.getEndpoint().getPath()).toList();
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        officer.close();
        try {
            queries.close();
        } catch (Exception e) {
            LOG.warn("closing the query routes: {}", e.toString());
        }
    }
}
