package io.complaintstreams.bench;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.StateRestoreListener;

/**
 * One Kafka Streams instance under measurement: started, then measured from the moment it is RUNNING until every
 * topic it reads is processed and committed ({@link BenchCluster#drained}), or until it is RUNNING with its stores
 * restored; then closed. At RUNNING and at the end it reads its stream threads' CPU time and its producers' records
 * and bytes sent.
 */
final class StreamsRun implements AutoCloseable {
    private final KafkaStreams streams;
    private final String applicationId;
    private final String clientId;
    private final int streamThreads;
    private final AtomicReference<Snapshot> atRunning = new AtomicReference<>();
    private final AtomicInteger restoresEnded = new AtomicInteger();
    private final AtomicLong restoredRecords = new AtomicLong();
    private long startedNanos;
    private long brokerPid = -1;

    /**
     * Counters at one moment: nanoTime, stream-thread CPU nanoseconds, records and bytes the producers sent, and
     * the records by topic (internal topics named without the application id, e.g. {@code complaint-ledger-changelog}).
     */
    record Snapshot(long nanos, long cpuNanos, double records, double bytes, Map<String, Double> recordsByTopic,
                    ThreadWaits waits, long processCpuNanos, long brokerCpuNanos) {
    }

    /** What a run did between RUNNING and the end. */
    record Measured(long events, double seconds, double secondsToRunning, long cpuNanos, double records, double bytes,
                    Map<String, Double> recordsByTopic, ThreadWaits waits, int threads, long processCpuNanos,
                    long brokerCpuNanos) {
        double eventsPerSec() {
            return events / seconds;
        }

        double cpuMicrosPerEvent() {
            return cpuNanos < 0 ? Double.NaN : cpuNanos / 1e3 / events;
        }

        /** The whole bench JVM's CPU (stream and client threads, GC, JIT, the bench's own polling) per event; NaN if unknown. */
        double processCpuMicrosPerEvent() {
            return processCpuNanos < 0 ? Double.NaN : processCpuNanos / 1e3 / events;
        }

        /** The broker process's CPU per event over the same interval; NaN if unknown. */
        double brokerCpuMicrosPerEvent() {
            return brokerCpuNanos < 0 ? Double.NaN : brokerCpuNanos / 1e3 / events;
        }

        double recordsPerEvent() {
            return records / events;
        }

        double bytesPerEvent() {
            return bytes / events;
        }

        /** Where one stream thread's wall time went ({@link ThreadWaits#shares}), averaged over the threads. */
        Map<String, Double> wallTimeShares() {
            return waits.shares(seconds * threads, cpuNanos);
        }

        /** Records written per input event by topic, largest first, to two decimals; topics under 0.005 left out. */
        Map<String, Double> recordsPerEventByTopic() {
            Map<String, Double> out = new LinkedHashMap<>();
            recordsByTopic.entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), Math.round(e.getValue() / events * 100) / 100.0))
                    .filter(e -> e.getValue() > 0)
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        }
    }

    StreamsRun(Topology topology, Properties props) {
        this(topology, props, Time.SYSTEM);
    }

    StreamsRun(Topology topology, Properties props, Time time) {
        this.applicationId = props.getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
        this.clientId = applicationId + "-client";
        Object threads = props.get(StreamsConfig.NUM_STREAM_THREADS_CONFIG);
        this.streamThreads = threads == null ? 1 : Integer.parseInt(String.valueOf(threads).trim());
        props.put(StreamsConfig.CLIENT_ID_CONFIG, clientId);
        this.streams = new KafkaStreams(topology, props, time);
        streams.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.RUNNING && atRunning.get() == null) {
                atRunning.compareAndSet(null, snapshot());
            }
        });
        streams.setGlobalStateRestoreListener(new StateRestoreListener() {
            @Override
            public void onRestoreStart(TopicPartition partition, String store, long start, long end) {
            }

            @Override
            public void onBatchRestored(TopicPartition partition, String store, long batchEnd, long restored) {
            }

            @Override
            public void onRestoreEnd(TopicPartition partition, String store, long totalRestored) {
                restoredRecords.addAndGet(totalRestored);
                restoresEnded.incrementAndGet();
            }
        });
    }

    /** Also measures the CPU of the broker's process {@code pid} from RUNNING to the end. */
    StreamsRun measuringBroker(long pid) {
        this.brokerPid = pid;
        return this;
    }

    StreamsRun start() {
        startedNanos = System.nanoTime();
        streams.start();
        return this;
    }

    /**
     * Waits until every topic the topology reads is processed and committed; measures from RUNNING to then.
     *
     * @param events input events the run had to process
     */
    Measured awaitDrained(BenchCluster cluster, Collection<String> sourceTopics, long events, Duration timeout) throws Exception {
        long done = cluster.awaitDrained(applicationId, sourceTopics, timeout);
        Snapshot end = snapshot();
        Snapshot from = atRunning.get();
        if (from == null) {
            throw new IllegalStateException(applicationId + " finished without being seen RUNNING");
        }
        return new Measured(events, (done - from.nanos()) / 1e9, (from.nanos() - startedNanos) / 1e9,
                from.cpuNanos() < 0 ? -1 : end.cpuNanos() - from.cpuNanos(), end.records() - from.records(),
                end.bytes() - from.bytes(), difference(end.recordsByTopic(), from.recordsByTopic()),
                end.waits().minus(from.waits()), streamThreads, difference(end.processCpuNanos(), from.processCpuNanos()),
                difference(end.brokerCpuNanos(), from.brokerCpuNanos()));
    }

    private static long difference(long end, long from) {
        return end < 0 || from < 0 ? -1 : end - from;
    }

    private static Map<String, Double> difference(Map<String, Double> end, Map<String, Double> from) {
        Map<String, Double> out = new TreeMap<>();
        end.forEach((topic, n) -> out.put(topic, n - from.getOrDefault(topic, 0.0)));
        return out;
    }

    /** Seconds from start until RUNNING; waits for it. */
    double awaitRunning(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (atRunning.get() == null) {
            if (System.nanoTime() > deadline) {
                throw new java.util.concurrent.TimeoutException(applicationId + " not RUNNING within " + timeout);
            }
            Thread.sleep(10);
        }
        return (atRunning.get().nanos() - startedNanos) / 1e9;
    }

    /** Seconds from start until the state is RUNNING and {@code changelogPartitions} restorations have ended. */
    double awaitRestored(int changelogPartitions, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (atRunning.get() == null || restoresEnded.get() < changelogPartitions
                || streams.state() != KafkaStreams.State.RUNNING) {
            if (System.nanoTime() > deadline) {
                throw new java.util.concurrent.TimeoutException(applicationId + " not restored within " + timeout
                        + " (state " + streams.state() + ", " + restoresEnded.get() + "/" + changelogPartitions + " restored)");
            }
            Thread.sleep(10);
        }
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    long restoredRecords() {
        return restoredRecords.get();
    }

    KafkaStreams streams() {
        return streams;
    }

    /**
     * Records and bytes the producers delivered: per topic, sends less retries (a batch retried, e.g. on
     * CONCURRENT_TRANSACTIONS under transactions v2, is counted by record-send-total at every attempt); bytes
     * (byte-total, compressed batches) scaled by the same share of first attempts.
     */
    private Snapshot snapshot() {
        Map<String, double[]> byTopic = new HashMap<>(); // send, retry, bytes
        for (Metric m : streams.metrics().values()) {
            if (!m.metricName().group().equals("producer-topic-metrics")) {
                continue;
            }
            double[] t = byTopic.computeIfAbsent(m.metricName().tags().get("topic") + "/" + m.metricName().tags().get("client-id"),
                    k -> new double[3]);
            switch (m.metricName().name()) {
                case "record-send-total" -> t[0] += ThreadWaits.value(m);
                case "record-retry-total" -> t[1] += ThreadWaits.value(m);
                case "byte-total" -> t[2] += ThreadWaits.value(m);
                default -> { }
            }
        }
        double records = 0;
        double bytes = 0;
        Map<String, Double> recordsByTopic = new TreeMap<>();
        for (Map.Entry<String, double[]> e : byTopic.entrySet()) {
            double[] t = e.getValue();
            double delivered = Math.max(0, t[0] - t[1]);
            records += delivered;
            bytes += t[0] == 0 ? 0 : t[2] * delivered / t[0];
            String topic = e.getKey().substring(0, e.getKey().lastIndexOf('/'));
            recordsByTopic.merge(topic.startsWith(applicationId + "-") ? topic.substring(applicationId.length() + 1) : topic,
                    delivered, Double::sum);
        }
        return new Snapshot(System.nanoTime(), StreamThreadCpu.nanos(clientId), records, bytes, recordsByTopic,
                ThreadWaits.of(streams.metrics()), ProcessCpu.ofThisProcess(), brokerPid < 0 ? -1 : ProcessCpu.of(brokerPid));
    }

    @Override
    public void close() {
        // leave the group, as a clean shutdown should: otherwise a restart waits for the session timeout
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(60)));
    }
}
