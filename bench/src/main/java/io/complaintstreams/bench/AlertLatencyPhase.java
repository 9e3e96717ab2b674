package io.complaintstreams.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Alert latency through the real app: complaints RECEIVED 30 days ago (so already overdue) are posted one at a time
 * to the HTTP ingest; the latency of each is from its 202 to the first alert for it on {@code complaints.alerts},
 * read by a read_committed consumer. Such alerts are raised on the event itself, so this is ingest-to-Kafka
 * already done (the 202 follows the committed ingest transaction), then the Streams fetch, processing and
 * exactly-once commit (commit.interval.ms 200), then the alert consumer's fetch. It does not include the
 * punctuation interval, which dominates for alerts raised when no event arrives (a deadline passing).
 */
final class AlertLatencyPhase {
    private static final long PACE_MS = 50;
    private final AppUnderTest app;
    private final BenchCluster cluster;
    private final Progress progress;

    AlertLatencyPhase(AppUnderTest app, BenchCluster cluster, Progress progress) {
        this.app = app;
        this.cluster = cluster;
        this.progress = progress;
    }

    /** Idle: nothing else for the app to do. */
    void run(int samples, BenchReport report) throws Exception {
        Percentiles p = measure(samples);
        progress.info("alert latency, idle (202 -> alert on complaints.alerts): %d of %d alerted, p50 %.0f ms, p99 %.0f ms, max %.0f ms",
                p.count(), samples, p.at(50), p.at(99), p.max());
        report.put("alertLatencyP50Ms", p.at(50), 1);
        report.put("alertLatencyP99Ms", p.at(99), 1);
        report.put("alertLatencySamples", p.count());
    }

    /**
     * Under a backlog: {@code backlog} generated events are written to the app's input topics at once, then the same
     * complaints are posted while the app works through them; the lag left when the last was posted is reported.
     */
    void runUnderBacklog(int samples, List<BenchRecord> backlog, BenchReport report) throws Exception {
        long nanos = cluster.produce(backlog, r -> AppUnderTest.PREFIX + r.baseTopic());
        progress.info("backlog: %,d events written to the app's input topics in %.1f s", backlog.size(), nanos / 1e9);
        Percentiles p = measure(samples);
        long left = cluster.lag(AppUnderTest.APPLICATION_ID, app.inputTopics());
        progress.info("alert latency under that backlog: %d of %d alerted, p50 %.0f ms, p99 %.0f ms, max %.0f ms; "
                + "%,d backlog events not yet committed after the last sample", p.count(), samples, p.at(50), p.at(99), p.max(), left);
        report.put("alertLatencyBacklogP50Ms", p.at(50), 1);
        report.put("alertLatencyBacklogP99Ms", p.at(99), 1);
        report.put("alertLatencyBacklogSamples", p.count());
        report.put("alertLatencyBacklogEvents", backlog.size());
        report.put("alertLatencyBacklogLeftAtEnd", left);
    }

    private Percentiles measure(int samples) throws Exception {
        Map<String, Long> alertedAt = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        KafkaConsumer<String, byte[]> consumer = alertConsumer();
        Thread reader = new Thread(() -> {
            try (consumer) {
                while (!stop.get()) {
                    consumer.poll(Duration.ofMillis(20)).forEach(r -> alertedAt.putIfAbsent(r.key(), System.nanoTime()));
                }
            }
        }, "bench-alert-reader");
        reader.start();
        Map<String, Long> acceptedAt = new ConcurrentHashMap<>();
        var client = AppUnderTest.httpClient();
        String run = Long.toString(System.currentTimeMillis(), 36);
        try {
            for (int i = 0; i < samples; i++) {
                String id = "BENCH-LAT-" + run + "-" + i;
                Instant received = Instant.now().minus(Duration.ofDays(30));
                int status = AppUnderTest.send(client, app.post("complaint-events", body(id, received)));
                if (status != 202) {
                    throw new IllegalStateException("ingest answered " + status + " for " + id);
                }
                acceptedAt.put(id, System.nanoTime());
                Thread.sleep(PACE_MS);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (!alertedAt.keySet().containsAll(acceptedAt.keySet()) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        } finally {
            stop.set(true);
            reader.join(10_000);
        }
        List<Double> latencies = new ArrayList<>();
        acceptedAt.forEach((id, accepted) -> {
            Long alerted = alertedAt.get(id);
            if (alerted != null) {
                latencies.add((alerted - accepted) / 1e6);
            }
        });
        return Percentiles.of(latencies);
    }

    private KafkaConsumer<String, byte[]> alertConsumer() {
        Properties p = cluster.clients().asProperties();
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10);
        var consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        String topic = app.topics.alerts.name();
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(i -> new TopicPartition(topic, i.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve now: alerts from here on
        return consumer;
    }

    private static String body(String complaintId, Instant received) {
        return "{\"complaintId\":\"" + complaintId + "\",\"landlordId\":\"LL-BENCH\",\"residentId\":\"R-" + complaintId
                + "\",\"type\":\"RECEIVED\",\"stage\":1,\"occurredAt\":\"" + received + "\"}";
    }
}
