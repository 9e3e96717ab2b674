package io.complaintstreams.bench;

import io.complaintstreams.app.RunSettings;
import io.complaintstreams.config.AppConfig;
import io.complaintstreams.streams.ComplaintTopology;
import io.complaintstreams.streams.StreamsProperties;
import io.complaintstreams.topics.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The Kafka Streams phases on the bench broker, each with its own topic prefix and application id: a trivial
 * pass-through, the real topology (wall clock) over the same N events, its restore from the changelogs after the
 * local state is deleted, and a replay of a whole generated year with the event clock.
 */
final class StreamsPhases {
    static final String PASS_THROUGH_ID = "bench-pass-through";
    static final String PASS_THROUGH_OUT = "bench.pass-through.out";
    static final String PASS_THROUGH_DLQ = "bench.pass-through.dead-letter";
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final BenchCluster cluster;
    private final Path stateDir;
    private final Progress progress;

    StreamsPhases(BenchCluster cluster, Path stateDir, Progress progress) {
        this.cluster = cluster;
        this.stateDir = stateDir;
        this.progress = progress;
    }

    /** Copies the producer phase's topic to another, bytes unchanged, with the app's Streams settings (EOS v2). */
    void passThrough(int events, BenchReport report) throws Exception {
        cluster.createTopics(List.of(PASS_THROUGH_OUT, PASS_THROUGH_DLQ));
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(ProducerPhase.TOPIC, Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("bench-source"))
                .to(PASS_THROUGH_OUT, Produced.with(Serdes.String(), Serdes.ByteArray()).withName("bench-sink"));
        try (StreamsRun run = new StreamsRun(builder.build(), props(PASS_THROUGH_ID, PASS_THROUGH_DLQ)).start()) {
            double seconds = run.awaitConsumed(cluster, List.of(ProducerPhase.TOPIC), TIMEOUT);
            progress.info("pass-through: %,d events in %.2f s (RUNNING after %.2f s) = %,.0f events/s",
                    events, seconds, run.secondsToRunning(), events / seconds);
            report.put("passThroughEventsPerSec", events / seconds, 0);
            report.put("passThroughSeconds", seconds, 2);
            report.put("passThroughEventsPerSecAfterRunning", events / (seconds - run.secondsToRunning()), 0);
        }
    }

    /** The real topology, wall clock, over the N events on all four input topics; then the restore phase. */
    void pipelineAndRestore(BenchEvents data, List<BenchRecord> events, BenchReport report) throws Exception {
        String id = "bench-pipeline";
        Topics topics = provisionAndLoad("bench.pipeline.", events);
        Topology topology = ComplaintTopology.build(settings(topics, "wall", data).topology());
        Properties props = props(id, topics.deadLetter());
        try (StreamsRun run = new StreamsRun(topology, props).start()) {
            double seconds = run.awaitConsumed(cluster, inputs(topics), TIMEOUT);
            progress.info("pipeline: %,d events in %.2f s (RUNNING after %.2f s) = %,.0f events/s",
                    events.size(), seconds, run.secondsToRunning(), events.size() / seconds);
            report.put("pipelineEventsPerSec", events.size() / seconds, 0);
            report.put("pipelineSeconds", seconds, 2);
            report.put("pipelineEventsPerSecAfterRunning", events.size() / (seconds - run.secondsToRunning()), 0);
        }
        restore(id, topology, props, report);
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
            double seconds = run.awaitConsumed(cluster, inputs(topics), TIMEOUT);
            progress.info("%,d open complaints through the topology in %.1f s = %,.0f complaint events/s", complaints,
                    seconds, complaints / seconds);
            report.put("openComplaintEventsPerSec", complaints / seconds, 0);
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

    /** A whole generated year through the real topology with the event clock (stream-time deadlines). */
    void replay(BenchEvents data, BenchReport report) throws Exception {
        Topics topics = provisionAndLoad("bench.replay.", data.records);
        Topology topology = ComplaintTopology.build(settings(topics, "event", data).topology());
        try (StreamsRun run = new StreamsRun(topology, props("bench-replay", topics.deadLetter())).start()) {
            double seconds = run.awaitConsumed(cluster, inputs(topics), TIMEOUT);
            progress.info("replay (--clock event): %,d events of %,d homes' year in %.2f s = %,.0f events/s",
                    data.records.size(), data.homes, seconds, data.records.size() / seconds);
            report.put("replaySeconds", seconds, 2);
            report.put("replayEvents", data.records.size());
            report.put("replayHomes", data.homes);
        }
    }

    private Topics provisionAndLoad(String prefix, List<BenchRecord> events) throws Exception {
        Topics topics = new Topics(prefix);
        cluster.createTopics(topics.allNames());
        long nanos = cluster.produce(events, r -> prefix + r.baseTopic());
        progress.info("loaded %,d events into %s* in %.2f s", events.size(), prefix, nanos / 1e9);
        return topics;
    }

    private static List<String> inputs(Topics topics) {
        return List.of(topics.contacts.name(), topics.serviceRequests.name(), topics.surveys.name(),
                topics.complaintEvents.name());
    }

    /** The app's own defaults (as `run` would use them), with this phase's prefix, clock and landlord size. */
    static RunSettings settings(Topics topics, String clock, BenchEvents data) {
        return new RunSettings(AppConfig.defaults().with(Map.of(AppConfig.TOPIC_PREFIX, topics.prefix(),
                AppConfig.CLOCK, clock, AppConfig.HOMES, data.landlordId + "=" + data.homes)), false);
    }

    private Properties props(String applicationId, String deadLetterTopic) {
        return StreamsProperties.create(applicationId, cluster.clients().asMap(),
                stateDir.resolve(applicationId).toString(), deadLetterTopic);
    }

    private Map<String, Long> changelogEnds(String applicationId) throws Exception {
        List<String> changelogs = cluster.admin().listTopics().names().get(10, TimeUnit.SECONDS).stream()
                .filter(t -> t.startsWith(applicationId + "-") && t.endsWith("-changelog")).toList();
        Map<String, Long> ends = new java.util.TreeMap<>();
        cluster.endOffsets(changelogs).forEach((tp, end) -> ends.put(tp.toString(), end));
        return ends;
    }
}
