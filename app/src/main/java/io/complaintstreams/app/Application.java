package io.complaintstreams.app;

import io.complaintstreams.api.HttpApi;
import io.complaintstreams.audit.AuditLog;
import io.complaintstreams.audit.KafkaAuditLog;
import io.complaintstreams.broker.DataDirLock;
import io.complaintstreams.broker.TopicProvisioner;
import io.complaintstreams.config.AppConfig;
import io.complaintstreams.ingest.publish.EventPublisher;
import io.complaintstreams.metrics.AlertFeed;
import io.complaintstreams.metrics.AlertRoutes;
import io.complaintstreams.metrics.AppMetrics;
import io.complaintstreams.metrics.ComplaintGauges;
import io.complaintstreams.erase.TextRetentionJob;
import io.complaintstreams.privacy.MasterKey;
import io.complaintstreams.streams.TopologySettings;
import io.complaintstreams.streams.ComplaintTopology;
import io.complaintstreams.streams.TopologyParts;
import io.complaintstreams.streams.StreamsProperties;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main job's lifecycle: Kafka (embedded or external), topics, the Streams topology, ingest, the HTTP API and
 * dashboard, and optionally the demo feed. Stops in reverse order, within {@link #CLOSE_BOUND} whatever is stuck
 * ({@link BoundedShutdown}). The data directory is locked ({@value #LOCK_FILE}) before anything touches it, so a
 * second {@code run} on it is refused ({@link io.complaintstreams.broker.DataDirInUseException}) and this one is
 * unharmed.
 */
public final class Application implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Application.class);
    /** The whole of {@link #close()}: under the 30 s in which {@code run} must stop after Ctrl-C. */
    public static final Duration CLOSE_BOUND = Duration.ofSeconds(25);
    /** How long the start-up check of Kafka permissions waits for each answer. */
    static final Duration PERMISSION_CHECK_TIMEOUT = Duration.ofSeconds(30);
    /** Lock file in the data directory held for the life of a run. */
    public static final String LOCK_FILE = "complaint-streams.lock";
    private final RunSettings settings;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final ThreadFailureBudget threadFailures = ThreadFailureBudget.standard();
    private volatile boolean failed;
    private KafkaConnection kafka;
    private AppMetrics metrics;
    private KafkaStreams streams;
    private EventPublisher publisher;
    private HttpApi http;
    private DemoFeedRunner demo;
    private ComplaintGauges gauges;
    private io.complaintstreams.metrics.ServiceRequestGauges requestGauges;
    private AlertFeed alertFeed;
    private DataDirLock lock;
    private InputProgressSampler progressSampler;
    private KafkaAuditLog audit;
    private Optional<MasterKey> masterKey = Optional.empty();
    private TextRetentionJob retentionJob;
    private org.apache.kafka.streams.TopologyDescription topologyDescription;

    public Application(RunSettings settings) {
        this.settings = settings.withResolvedHttpPort();
    }

    /**
     * Starts everything; on failure stops what was started (the data directory is unlocked) and throws. Against an
     * external cluster the principal's Kafka permissions are checked first ({@link MissingKafkaPermissionException}).
     */
    public Application start() throws Exception {
        try {
            return startAll();
        } catch (Exception | Error e) {
            close();
            throw e;
        }
    }

    private Application startAll() throws Exception {
        long started = System.nanoTime();
        lock = DataDirLock.acquire(settings.dataDir(), LOCK_FILE);
        // the HTTP server is started last: a port in use or a bind address not of this machine is found now (after the
        // data directory's lock, whose message says more about a second run), not after the broker and Streams started
        HttpPortCheck.check(settings.config().get(AppConfig.HTTP_BIND_ADDRESS), settings.httpPort());
        kafka = KafkaConnection.open(settings, reason -> {
            LOG.error("{}: stopping", reason);
            new Thread(this::close, "fatal-stop").start();
        });
        var topics = settings.topics();
        if (!kafka.isEmbedded()) {
            KafkaPermissions.check(kafka.admin(), kafka.clients(), topics.allNames(), settings.config().getInt(AppConfig.PARTITIONS),
                    (short) settings.config().getInt(AppConfig.REPLICATION), settings.config().get(AppConfig.APPLICATION_ID),
                    PERMISSION_CHECK_TIMEOUT);
        }
        new TopicProvisioner(kafka.clients(), settings.config().getInt(AppConfig.PARTITIONS),
                (short) settings.config().getInt(AppConfig.REPLICATION),
                Long.parseLong(settings.config().get(AppConfig.RETENTION_MS).trim()),
                Long.parseLong(settings.config().get(AppConfig.DEAD_LETTER_RETENTION_MS).trim())).provision(topics, Duration.ofSeconds(60));
        if (!kafka.isEmbedded()) {
            KafkaPermissions.checkGroup(kafka.admin(), kafka.clients(), topics.contacts.name(),
                    settings.config().get(AppConfig.APPLICATION_ID), PERMISSION_CHECK_TIMEOUT);
        }
        masterKey = PrivacyWiring.masterKey(settings);
        metrics = new AppMetrics();
        publisher = PrivacyWiring.publisher(IngestWiring.publisher(kafka.clients(), settings.config().get(AppConfig.APPLICATION_ID)),
                settings.config(), masterKey, topics);
        if (settings.demo()) {
            // the demo's history goes in before Streams starts, so the deadline clock judges it as history
            demo = DemoFeedRunner.prepare(settings, publisher, metrics);
        }
        streams = startStreams();
        if (settings.clock() == io.complaintstreams.streams.ClockMode.WALL) {
            // a member in the group before ingest opens: what this instance accepts is never another's start-up history
            StartupHistoryCapture.awaitMember(kafka.admin(), settings.config().get(AppConfig.APPLICATION_ID), Duration.ofSeconds(30));
        }
        progressSampler = InputProgressSampler.start(kafka.admin(), settings.config().get(AppConfig.APPLICATION_ID),
                java.util.List.of(topics.contacts.name(), topics.serviceRequests.name(), topics.surveys.name(),
                        topics.complaintEvents.name()), metrics.progress());
        gauges = ComplaintGauges.start(streams, metrics.registry());
        requestGauges = io.complaintstreams.metrics.ServiceRequestGauges.start(streams, metrics.registry(),
                new io.complaintstreams.query.ServiceRequestsQuery(settings.serviceRequestTargets(),
                        io.complaintstreams.domain.calendar.WorkingDayCalendar.englandAndWales(), TopologySettings.LONDON),
                TopologySettings.LONDON, ComplaintGauges.DEFAULT_INTERVAL);
        alertFeed = AlertFeed.start(kafka.clients().asMap(), topics, metrics.registry());
        audit = new KafkaAuditLog(kafka.clients().asMap(), topics.audit, advertisedAddress(), Clock.systemUTC());
        http = HttpApi.start(settings, kafka, streams, publisher, metrics, audit, new AlertRoutes(alertFeed)::register, masterKey);
        retentionJob = new TextRetentionJob(kafka.clients(), topics, PrivacyWiring.retention(settings.config()),
                java.time.Clock.systemUTC(), TopologySettings.LONDON).start();
        if (demo != null) {
            demo.startLive();
        }
        InstanceFile.ofThisProcess(http.baseUrl(), kafka.clients().bootstrapServers(), settings.config().get(AppConfig.TOPIC_PREFIX),
                settings.clock().name().toLowerCase(java.util.Locale.ROOT), settings.config().homesByLandlord(),
                settings.localTargets()).writeTo(settings.dataDir());
        LOG.info("Started in {} ms", Duration.ofNanos(System.nanoTime() - started).toMillis());
        return this;
    }

    private KafkaStreams startStreams() throws java.io.IOException {
        java.nio.file.Path stateDir = settings.dataDir().resolve("streams");
        java.nio.file.Path applicationStateDir = stateDir.resolve(settings.config().get(AppConfig.APPLICATION_ID));
        // before Kafka Streams starts: the complaint events already waiting are history (judged by stream time)
        var history = settings.clock() == io.complaintstreams.streams.ClockMode.WALL
                ? StartupHistoryCapture.capture(kafka.admin(), kafka.clients().asMap(), settings.topics().complaintEvents.name(),
                        settings.config().get(AppConfig.APPLICATION_ID), applicationStateDir)
                : io.complaintstreams.streams.deadline.StartupHistory.none();
        Topology topology = ComplaintTopology.build(settings.topology(),
                TopologyParts.all(PrivacyWiring.topology(settings.config(), masterKey), ClassifierWiring.classifier(settings.config()),
                        history));
        topologyDescription = topology.describe();
        LOG.debug("Topology:\n{}", topologyDescription);
        Map<String, Object> client = new HashMap<>(kafka.clients().asMap());
        client.put(StreamsConfig.APPLICATION_SERVER_CONFIG, advertisedAddress());
        var props = StreamsProperties.create(settings.config().get(AppConfig.APPLICATION_ID), client,
                stateDir.toString(), settings.topics().deadLetter(), settings.kafka(),
                settings.config().rocksDbTotalBytes());
        if (settings.clock() == io.complaintstreams.streams.ClockMode.EVENT) {
            StreamsProperties.forReplay(props, settings.kafka());
        }
        if (!settings.kafka().isEmpty()) {
            LOG.info("Kafka settings from configuration: {}", settings.kafka());
        }
        if (StreamsRunMarker.beforeStart(settings.dataDir(), applicationStateDir)) {
            LOG.warn("The last run did not stop cleanly: the local state is rebuilt from the changelogs and the resident-key store "
                    + "from {}", settings.topics().residentKeys.name());
        }
        warnIfStateChanged(applicationStateDir);
        KafkaStreams ks = new KafkaStreams(topology, props);
        ks.setUncaughtExceptionHandler(e -> {
            metrics.progress().threadFailed(e);
            if (Thread.currentThread().getName().endsWith("-GlobalStreamThread")) {
                // Kafka Streams cannot replace its global thread (it would log so and shut the client down anyway)
                LOG.error("The global thread (the key ring, {}) failed; Kafka Streams cannot replace it, so this instance's "
                        + "streams stop (/health DOWN)", settings.topics().residentKeys.name(), e);
                return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
            }
            if (threadFailures.allowsReplacementAfterFailureAt(java.time.Instant.now())) {
                LOG.error("Stream thread failed; replacing it", e);
                return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
            }
            LOG.error("Stream threads failed {} times within {} minutes (the last below): stopping, exit 1, for a supervisor to "
                    + "start a new process (replacing the thread again would not help: see ThreadFailureBudget)",
                    threadFailures.failuresInWindow(), ThreadFailureBudget.DEFAULT_WINDOW.toMinutes(), e);
            failed = true;
            // not on the stream thread: closing waits for the stream threads
            Thread stopper = new Thread(this::close, "stop-after-thread-failures");
            stopper.setDaemon(true);
            stopper.start();
            return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        metrics.bindStreams(ks);
        ks.start();
        return ks;
    }

    /** A loud warning when this version's stores differ from the data directory's last run ({@link StateStoresRecord}). */
    private void warnIfStateChanged(java.nio.file.Path appStateDir) {
        try {
            var stores = StateStoresRecord.storesOf(topologyDescription);
            var change = StateStoresRecord.compare(settings.dataDir(), appStateDir, stores);
            if (change.any()) {
                LOG.warn("This version's state differs from the last run's on this data directory (stores added: {}; removed: {}; "
                        + "reshaped: {}). Added stores start empty and hold only events from now on, so what reads them is "
                        + "incomplete, and records meeting a reshaped store's old values are dead-lettered, until "
                        + "you reset and replay: README 'Upgrading when state changes' (stop, `reset`, `run --clock event` "
                        + "until caught up, then run as usual)", change.added(), change.removed(), change.reshaped());
            }
            StateStoresRecord.write(settings.dataDir(), stores);
        } catch (java.io.IOException | RuntimeException e) {
            LOG.warn("Could not compare this version's state stores with the last run's ({})", e.toString());
        }
    }

    private String advertisedAddress() {
        return settings.config().get(AppConfig.ADVERTISED_HOST) + ":" + settings.httpPort();
    }

    /** {@code http(s)://HOST:PORT} of the API and dashboard (127.0.0.1 when bound to every interface). */
    public String httpUrl() {
        return http.baseUrl();
    }

    /** Every HTTP endpoint as {@code METHOD /path/{template}}. */
    public java.util.List<String> httpEndpoints() {
        return http.endpoints();
    }

    /** Where HTTP handlers record who read or resolved what ({@code complaints.audit}). */
    public AuditLog audit() {
        return audit;
    }

    public String kafkaAddress() {
        return kafka.clients().bootstrapServers();
    }

    public boolean embeddedBroker() {
        return kafka.isEmbedded();
    }

    /** The running topology's description (its stores and topics: the data protection test enumerates them). */
    public org.apache.kafka.streams.TopologyDescription topologyDescription() {
        return topologyDescription;
    }

    public KafkaStreams streams() {
        return streams;
    }

    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /** Whether the application stopped itself because its stream threads kept failing (the run then exits 1). */
    public boolean failed() {
        return failed;
    }

    @Override
    public synchronized void close() {
        if (stopped.getCount() == 0) {
            return;
        }
        LOG.info("Stopping");
        BoundedShutdown shutdown = new BoundedShutdown(CLOSE_BOUND);
        Duration part = Duration.ofSeconds(3);
        InstanceFile.deleteOwn(settings.dataDir());
        close(shutdown, "demo feed", part, demo);
        close(shutdown, "text retention", part, retentionJob);
        close(shutdown, "HTTP server", part, http);
        close(shutdown, "ingest publisher", part, publisher);
        close(shutdown, "audit log", part, audit);
        close(shutdown, "alert feed", part, alertFeed);
        close(shutdown, "gauges", part, gauges);
        close(shutdown, "service-request gauges", part, requestGauges);
        close(shutdown, "health sampler", part, progressSampler);
        if (streams != null) {
            // Leave the group on close: otherwise the next start waits out the old member's session timeout (45 s).
            shutdown.run("Kafka Streams", Duration.ofSeconds(15), () -> {
                streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                        .withTimeout(Duration.ofSeconds(12)));
                if (streams.state() == KafkaStreams.State.NOT_RUNNING) {
                    StreamsRunMarker.afterCleanClose(settings.dataDir());
                }
            });
        }
        close(shutdown, "metrics", part, metrics);
        close(shutdown, "Kafka connection", shutdown.remaining(), kafka);
        if (shutdown.abandoned().isEmpty()) {
            close(shutdown, "data-dir lock", part, lock);
        } else {
            LOG.error("Stopped with {} abandoned; the data directory stays locked until this process ends", shutdown.abandoned());
        }
        stopped.countDown();
        LOG.info("Stopped");
    }

    private static void close(BoundedShutdown shutdown, String name, Duration limit, AutoCloseable c) {
        if (c != null) {
            shutdown.run(name, limit, c::close);
        }
    }
}
