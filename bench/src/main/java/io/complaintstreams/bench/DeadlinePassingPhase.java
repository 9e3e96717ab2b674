package io.complaintstreams.bench;

import io.complaintstreams.app.RunSettings;
import io.complaintstreams.config.AppConfig;
import io.complaintstreams.domain.calendar.WorkingDayCalendar;
import io.complaintstreams.streams.ComplaintTopology;
import io.complaintstreams.streams.StreamsProperties;
import io.complaintstreams.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.Topology;

/**
 * Alert latency for a deadline that passes with no event: open complaints whose acknowledgement is due on day D are
 * loaded into the real topology (wall clock, the given check interval); the app's clock ({@link ShiftedTime}) is then
 * set to one second before midnight (London) at the end of D. The latency of each is from that midnight to its
 * {@code ACKNOWLEDGEMENT_OVERDUE} alert on {@code complaints.alerts} (read_committed): the wait for the next deadline
 * punctuation (the deadline passes at an arbitrary phase of the check interval), the evaluation and the commit.
 */
final class DeadlinePassingPhase {
    static final String PREFIX = "bench.deadline.";
    static final String APPLICATION_ID = "bench-deadline";
    private static final LocalDate RECEIVED = LocalDate.of(2026, 2, 25); // a Wednesday; acknowledgement due 2026-03-04

    private final BenchCluster cluster;
    private final Path stateDir;
    private final Progress progress;

    DeadlinePassingPhase(BenchCluster cluster, Path stateDir, Progress progress) {
        this.cluster = cluster;
        this.stateDir = stateDir;
        this.progress = progress;
    }

    void run(int complaints, int checkIntervalSeconds, BenchReport report) throws Exception {
        Topics topics = new Topics(PREFIX);
        cluster.createTopics(topics.allNames());
        LocalDate due = WorkingDayCalendar.englandAndWales().plusWorkingDays(RECEIVED, 5);
        ShiftedTime time = new ShiftedTime();
        time.setNow(due.atTime(LocalTime.of(23, 40)).atZone(ReceivedComplaints.LONDON).toInstant().toEpochMilli());
        RunSettings settings = new RunSettings(AppConfig.defaults().with(Map.of(AppConfig.TOPIC_PREFIX, PREFIX,
                AppConfig.CLOCK, "wall", AppConfig.PUNCTUATE_SECONDS, Integer.toString(checkIntervalSeconds))), false);
        Topology topology = ComplaintTopology.build(settings.topology());
        Properties props = StreamsProperties.create(APPLICATION_ID, cluster.clients().asMap(),
                stateDir.resolve(APPLICATION_ID).toString(), topics.deadLetter());
        List<BenchRecord> received = ReceivedComplaints.of("BENCH-D", complaints, RECEIVED.plusDays(1), 1);
        Set<String> ids = received.stream().map(BenchRecord::key).collect(Collectors.toSet());
        try (StreamsRun run = new StreamsRun(topology, props, time).start();
             KafkaConsumer<String, byte[]> alerts = alertConsumer(topics.alerts.name())) {
            run.awaitRunning(Duration.ofMinutes(2));
            cluster.produce(received, r -> PREFIX + r.baseTopic());
            cluster.awaitDrained(APPLICATION_ID, SourceTopics.of(topology, APPLICATION_ID), Duration.ofMinutes(5));
            long midnight = due.plusDays(1).atStartOfDay(ReceivedComplaints.LONDON).toInstant().toEpochMilli();
            time.setNow(midnight - 1000);
            long passedAt = System.nanoTime() + 1_000_000_000L;
            Map<String, Long> alertedAt = new ConcurrentHashMap<>();
            long deadline = passedAt + Duration.ofSeconds(checkIntervalSeconds + 120L).toNanos();
            while (!alertedAt.keySet().containsAll(ids) && System.nanoTime() < deadline) {
                alerts.poll(Duration.ofMillis(20)).forEach(r -> {
                    var kind = r.headers().lastHeader(Topics.ALERT_KIND_HEADER);
                    if (kind != null && "ACKNOWLEDGEMENT_OVERDUE".equals(new String(kind.value(), StandardCharsets.UTF_8))
                            && ids.contains(r.key())) {
                        alertedAt.putIfAbsent(r.key(), System.nanoTime());
                    }
                });
            }
            List<Double> latencies = new ArrayList<>();
            alertedAt.values().forEach(at -> latencies.add((at - passedAt) / 1e6));
            Percentiles p = Percentiles.of(latencies);
            progress.info("deadline passing with no event (check interval %d s): %d of %d alerted, p50 %.0f ms, p99 %.0f ms "
                    + "after midnight", checkIntervalSeconds, p.count(), complaints, p.at(50), p.at(99));
            report.put("alertNoEventLatencyP50Ms", p.at(50), 1);
            report.put("alertNoEventLatencyP99Ms", p.at(99), 1);
            report.put("alertNoEventSamples", p.count());
            report.put("alertNoEventCheckIntervalSeconds", checkIntervalSeconds);
        }
    }

    private KafkaConsumer<String, byte[]> alertConsumer(String topic) {
        Properties p = cluster.clients().asProperties();
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10);
        var consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(i -> new TopicPartition(topic, i.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }
}
