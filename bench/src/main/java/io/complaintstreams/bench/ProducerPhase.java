package io.complaintstreams.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.tools.ProducerPerformance;

/**
 * The baseline: raw producer throughput of the N pre-encoded events to one topic (acks=all, idempotent, lz4),
 * then Kafka's own {@code ProducerPerformance} (kafka-tools) with the same settings and record size.
 */
final class ProducerPhase {
    static final String TOPIC = "bench.producer.events";
    static final String TOOLS_TOPIC = "bench.kafka-tools.perf";
    static final String WARM_UP_TOPIC = "bench.producer.warm-up";
    private static final int WARM_UP_EVENTS = 100_000;
    private static final long WARM_UP_NANOS = 3_000_000_000L;
    private static final Pattern SUMMARY = Pattern.compile("^(\\d+) records sent, ([0-9.]+) records/sec.*99\\.9th\\.$");

    private final BenchCluster cluster;
    private final Progress progress;

    ProducerPhase(BenchCluster cluster, Progress progress) {
        this.cluster = cluster;
        this.progress = progress;
    }

    void run(List<BenchRecord> events, BenchReport report) throws Exception {
        cluster.createTopics(List.of(TOPIC, TOOLS_TOPIC, WARM_UP_TOPIC));
        warmUp(events);
        long nanos = cluster.produce(events, r -> TOPIC);
        double perSec = events.size() / (nanos / 1e9);
        progress.info("producer: %,d events in %.2f s = %,.0f events/s", events.size(), nanos / 1e9, perSec);
        report.put("producerEventsPerSec", perSec, 0);

        int recordSize = (int) Math.round(events.stream().mapToInt(r -> r.value().length).average().orElse(100));
        OptionalDouble tools = kafkaTools(events.size(), recordSize);
        tools.ifPresent(rate -> progress.info("kafka-tools ProducerPerformance: %,d records of %d bytes: %,.0f records/s",
                events.size(), recordSize, rate));
        report.put("kafkaToolsProducerRecordsPerSec", tools.isPresent() ? tools.getAsDouble() : Double.NaN, 0);
        report.put("kafkaToolsRecordBytes", recordSize);
    }

    /**
     * Warms the JIT and the broker (a cold producer runs 5-10x slower over its first 50,000 records here), as
     * ProducerPerformance, run second in the same JVM, will find them: {@value #WARM_UP_EVENTS} records or 3 s.
     */
    private void warmUp(List<BenchRecord> events) {
        List<BenchRecord> chunk = events.subList(0, Math.min(10_000, events.size()));
        long start = System.nanoTime();
        for (int sent = 0; sent < WARM_UP_EVENTS && System.nanoTime() - start < WARM_UP_NANOS; sent += chunk.size()) {
            cluster.produce(chunk, r -> WARM_UP_TOPIC);
        }
    }

    /** Runs ProducerPerformance in this JVM, capturing what it prints, and reads its final summary line. */
    private OptionalDouble kafkaTools(int records, int recordSize) {
        List<String> args = new ArrayList<>(List.of("--topic", TOOLS_TOPIC, "--num-records", Integer.toString(records),
                "--record-size", Integer.toString(recordSize), "--throughput", "-1", "--producer-props"));
        for (Map.Entry<String, Object> e : cluster.producerSettings().entrySet()) {
            args.add(e.getKey() + "=" + e.getValue());
        }
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            ProducerPerformance.main(args.toArray(String[]::new));
        } catch (Exception e) {
            progress.info("kafka-tools ProducerPerformance failed: %s", e);
            return OptionalDouble.empty();
        } finally {
            System.setOut(stdout);
        }
        return summaryRate(captured.toString(StandardCharsets.UTF_8));
    }

    /** The records/sec of ProducerPerformance's final (whole-run, not steady-state) summary line. */
    static OptionalDouble summaryRate(String output) {
        OptionalDouble rate = OptionalDouble.empty();
        for (String line : output.split("\\R")) {
            Matcher m = SUMMARY.matcher(line.trim());
            if (m.matches() && !line.contains("steady state")) {
                rate = OptionalDouble.of(Double.parseDouble(m.group(2).replace(',', '.')));
            }
        }
        return rate;
    }
}
