package io.complaintstreams.bench;

import io.complaintstreams.app.RunSettings;
import io.complaintstreams.config.AppConfig;
import io.complaintstreams.streams.ComplaintTopology;
import io.complaintstreams.streams.KafkaSettings;
import io.complaintstreams.streams.StreamsProperties;
import io.complaintstreams.topics.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import io.complaintstreams.streams.InputStreams;
import io.complaintstreams.topics.Topic;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The Kafka Streams phases on the bench broker, each with its own topic prefix and application id: a pass-through
 * and the real topology (wall clock) over the same N events on the four input topics, each first warmed on other
 * events in this JVM, then measured from RUNNING until every topic it reads is processed and committed; the restore
 * from the changelogs after the local state is deleted.
 */
final class StreamsPhases {
    static final String INPUT_PREFIX = "bench.pipeline.";
    static final String WARM_PREFIX = "bench.warm.";
    private static final Duration TIMEOUT = Duration.ofMinutes(10);
    private static final AppConfig ENVIRONMENT = environment();
    static final KafkaSettings OPERATOR_SETTINGS = ENVIRONMENT.kafkaSettings();

    private final BenchCluster cluster;
    private final Path stateDir;
    private final Progress progress;

    StreamsPhases(BenchCluster cluster, Path stateDir, Progress progress) {
        this.cluster = cluster;
        this.stateDir = stateDir;
        this.progress = progress;
    }

    private static AppConfig environment() {
        try {
            return AppConfig.load(null, System.getenv(), Map.of());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Loads the measured events and the warm-up events into their input topics. */
    void load(List<BenchRecord> events, List<BenchRecord> warmUp) throws Exception {
        provisionAndLoad(INPUT_PREFIX, events);
        provisionAndLoad(WARM_PREFIX, warmUp);
    }

    /**
     * Reads the four input topics with the topology's own sources ({@link InputStreams}: same serdes, same timestamp
     * extractor, so every event is decoded as the pipeline decodes it) and writes each record, re-encoded, to a copy
     * of its topic: the cost of Kafka Streams with our settings and nothing else.
     */
    void passThrough(BenchEvents data, int warmUpEvents, int events, BenchReport report) throws Exception {
        run("bench-warm-pass-through", passThrough(settings(new Topics(WARM_PREFIX), "wall", data)), warmUpEvents, new Topics(WARM_PREFIX));
        Topics topics = new Topics(INPUT_PREFIX);
        StreamsRun.Measured m = run("bench-pass-through", passThrough(settings(topics, "wall", data)), events, topics);
        progress.info("pass-through: %,d events in %.2f s from RUNNING (after %.2f s) = %,.0f events/s; stream threads "
                        + "%.1f µs CPU, %.2f records and %.0f bytes written per event; CPU per event of the whole JVM %.1f µs, "
                        + "of the broker %.1f µs; wall time %s", events, m.seconds(),
                m.secondsToRunning(), m.eventsPerSec(), m.cpuMicrosPerEvent(), m.recordsPerEvent(), m.bytesPerEvent(),
                m.processCpuMicrosPerEvent(), m.brokerCpuMicrosPerEvent(), m.wallTimeShares());
        put(report, "passThrough", m);
    }

    /** The real topology, wall clock, over the same N events; warmed first; then the restore phase. */
    void pipelineAndRestore(BenchEvents data, int warmUpEvents, int events, BenchReport report) throws Exception {
        run("bench-warm-pipeline", ComplaintTopology.build(settings(new Topics(WARM_PREFIX), "wall", data).topology()),
                warmUpEvents, new Topics(WARM_PREFIX));
        String id = "bench-pipeline";
        Topics topics = new Topics(INPUT_PREFIX);
        Topology topology = ComplaintTopology.build(settings(topics, "wall", data).topology());
        StreamsRun.Measured m = run(id, topology, events, topics);
        progress.info("pipeline: %,d events in %.2f s from RUNNING (after %.2f s) = %,.0f events/s; stream threads "
                        + "%.1f µs CPU, %.2f records and %.0f bytes written per event; CPU per event of the whole JVM %.1f µs, "
                        + "of the broker %.1f µs; wall time %s", events, m.seconds(),
                m.secondsToRunning(), m.eventsPerSec(), m.cpuMicrosPerEvent(), m.recordsPerEvent(), m.bytesPerEvent(),
                m.processCpuMicrosPerEvent(), m.brokerCpuMicrosPerEvent(), m.wallTimeShares());
        put(report, "pipeline", m);
        restore(id, topology, props(id, topics.deadLetter()), report);
    }

    private StreamsRun.Measured run(String id, Topology topology, long events, Topics topics) throws Exception {
        try (StreamsRun run = new StreamsRun(topology, props(id, topics.deadLetter()))
                .measuringBroker(cluster.brokerProcess().pid()).start()) {
            return run.awaitDrained(cluster, SourceTopics.of(topology, id), events, TIMEOUT);
        }
    }

    private static void put(BenchReport report, String phase, StreamsRun.Measured m) {
        report.put(phase + "EventsPerSec", m.eventsPerSec(), 0);
        report.put(phase + "Seconds", m.seconds(), 2);
        report.put(phase + "SecondsToRunning", m.secondsToRunning(), 2);
        report.put(phase + "StreamThreadMicrosPerEvent", m.cpuMicrosPerEvent(), 2);
        report.put(phase + "RecordsWrittenPerEvent", m.recordsPerEvent(), 2);
        report.put(phase + "BytesWrittenPerEvent", m.bytesPerEvent(), 0);
        report.put(phase + "RecordsWrittenPerEventByTopic", m.recordsPerEventByTopic());
        report.put(phase + "StreamThreadWallTime", m.wallTimeShares());
        report.put(phase + "ProcessCpuMicrosPerEvent", m.processCpuMicrosPerEvent(), 2);
        report.put(phase + "BrokerCpuMicrosPerEvent", m.brokerCpuMicrosPerEvent(), 2);
    }

    private Topology passThrough(RunSettings settings) {
        StreamsBuilder builder = new StreamsBuilder();
        InputStreams inputs = InputStreams.from(builder, settings.topology());
        Topics topics = settings.topics();
        copy(inputs.contacts(), topics.contacts, "contacts");
        copy(inputs.serviceRequests(), topics.serviceRequests, "service-requests");
        copy(inputs.surveys(), topics.surveys, "surveys");
        copy(inputs.complaintEvents(), topics.complaintEvents, "complaint-events");
        return builder.build();
    }

    private static <V extends SpecificRecord> void copy(KStream<String, V> stream, Topic<V> from, String name) {
        stream.to(from.name() + ".copy", Produced.with(from.keySerde(), from.valueSerde()).withName("bench-copy-" + name));
    }

    /**
     * The restore again with a realistic book: {@code complaints} open complaints (RECEIVED over the last 60 working
     * days) through the real topology first, then local state deleted and restored.
     */
    void restoreOpenComplaints(BenchEvents data, int complaints, BenchReport report) throws Exception {
        String id = "bench-restore";
        List<BenchRecord> received = ReceivedComplaints.of("BENCH-R", complaints, java.time.LocalDate.now(ReceivedComplaints.LONDON), 60);
        Topics topics = provisionAndLoad("bench.restore.", received);
        Topology topology = ComplaintTopology.build(settings(topics, "wall", data).topology());
        Properties props = props(id, topics.deadLetter());
        try (StreamsRun run = new StreamsRun(topology, props).start()) {
            StreamsRun.Measured m = run.awaitDrained(cluster, SourceTopics.of(topology, id), complaints, TIMEOUT);
            progress.info("%,d open complaints through the topology in %.1f s from RUNNING = %,.0f complaint events/s",
                    complaints, m.seconds(), m.eventsPerSec());
            report.put("openComplaintEventsPerSec", m.eventsPerSec(), 0);
        }
        BenchReport restored = new BenchReport();
        restore(id, topology, props, restored);
        report.put("restoreOpenComplaints", complaints);
        report.put("restoreOpenComplaintsSeconds", restored.get("restoreSeconds"));
        report.put("restoreOpenComplaintsRecords", restored.get("restoredRecords"));
    }

    /** Local state deleted (KafkaStreams#cleanUp), restarted: seconds until RUNNING with every store restored. */
    private void restore(String id, Topology topology, Properties props, BenchReport report) throws Exception {
        try (StreamsRun cleaner = new StreamsRun(topology, props)) {
            cleaner.streams().cleanUp();
        }
        Map<String, Long> changelogs = changelogEnds(id);
        int toRestore = (int) changelogs.values().stream().filter(end -> end > 0).count();
        try (StreamsRun run = new StreamsRun(topology, props).start()) {
            double seconds = run.awaitRestored(toRestore, TIMEOUT);
            progress.info("restore: %,d records from %d changelog partitions in %.2f s (start to RUNNING and restored)",
                    run.restoredRecords(), toRestore, seconds);
            report.put("restoreSeconds", seconds, 2);
            report.put("restoredRecords", run.restoredRecords());
        }
    }

    private Topics provisionAndLoad(String prefix, List<BenchRecord> events) throws Exception {
        Topics topics = new Topics(prefix);
        List<String> names = new java.util.ArrayList<>(topics.allNames());
        for (Topic<?> input : List.of(topics.contacts, topics.serviceRequests, topics.surveys, topics.complaintEvents)) {
            names.add(input.name() + ".copy");
        }
        cluster.createTopics(names);
        long nanos = cluster.produce(events, r -> prefix + r.baseTopic());
        progress.info("loaded %,d events into %s* in %.2f s", events.size(), prefix, nanos / 1e9);
        return topics;
    }

    /** The app's own defaults (as `run` would use them), with this phase's prefix, clock and landlord size. */
    static RunSettings settings(Topics topics, String clock, BenchEvents data) {
        return new RunSettings(AppConfig.defaults().with(Map.of(AppConfig.TOPIC_PREFIX, topics.prefix(),
                AppConfig.CLOCK, clock, AppConfig.HOMES, data.landlordId + "=" + data.homes)), false);
    }

    /**
     * The app's Kafka Streams settings, with the operator's {@code kafka.*} settings and {@code state.rocksdb.total-memory}
     * from the environment ({@code COMPLAINT_STREAMS_KAFKA_*}, {@code COMPLAINT_STREAMS_STATE_ROCKSDB_TOTAL_MEMORY}, as the
     * replay's app process reads them), so that settings are compared A/B in every phase alike.
     */
    private Properties props(String applicationId, String deadLetterTopic) {
        return StreamsProperties.create(applicationId, cluster.clients().asMap(),
                stateDir.resolve(applicationId).toString(), deadLetterTopic, OPERATOR_SETTINGS, ENVIRONMENT.rocksDbTotalBytes());
    }

    private Map<String, Long> changelogEnds(String applicationId) throws Exception {
        List<String> changelogs = cluster.admin().listTopics().names().get(10, TimeUnit.SECONDS).stream()
                .filter(t -> t.startsWith(applicationId + "-") && t.endsWith("-changelog")).toList();
        Map<String, Long> ends = new java.util.TreeMap<>();
        cluster.endOffsets(changelogs).forEach((tp, end) -> ends.put(tp.toString(), end));
        return ends;
    }
}
