package io.complaintstreams.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

/**
 * Where a Kafka Streams client's stream threads spend their wall time, from the clients' cumulative metrics: the main
 * consumer waiting for fetches inside {@code poll} ({@code consumer-metrics io-wait-time-ns-total} of the
 * {@code ...-StreamThread-N-consumer} clients; the classic consumer does its network I/O on the calling thread), the
 * thread waiting on its exactly-once producer ({@code producer-metrics} {@code flush-time-ns-total},
 * {@code txn-send-offsets-time-ns-total}, {@code txn-commit-time-ns-total}, {@code txn-begin-time-ns-total}: the
 * flush before each commit and the commit's round trips), and counts of commits ({@code stream-thread-metrics
 * commit-total}), polls ({@code poll-total}) and fetch requests ({@code consumer-fetch-manager-metrics fetch-total}).
 * Cumulative since the client started: take the difference of two readings.
 *
 * @param pollWaitNanos    nanoseconds the main consumers waited in poll for a fetch response
 * @param flushNanos       of {@code producerWaitNanos}, the flushes (waiting for every record sent to be acknowledged)
 * @param producerWaitNanos nanoseconds the stream threads waited on their producers' flush and transaction calls
 * @param commits          commits of all the client's stream threads
 * @param polls            polls of all the client's stream threads
 * @param fetches          fetch requests the main consumers sent
 * @param retries          records the stream threads' producers sent again ({@code producer-metrics record-retry-total}:
 *                         e.g. CONCURRENT_TRANSACTIONS while the previous commit's markers are written, each after
 *                         the producer's retry backoff)
 */
record ThreadWaits(double pollWaitNanos, double flushNanos, double producerWaitNanos, double commits, double polls,
                   double fetches, double retries) {

    /** Sums the metrics of one client's stream threads. */
    static ThreadWaits of(Map<MetricName, ? extends Metric> metrics) {
        double pollWait = 0;
        double producerWait = 0;
        double flush = 0;
        double retries = 0;
        double commits = 0;
        double polls = 0;
        double fetches = 0;
        for (Metric m : metrics.values()) {
            MetricName n = m.metricName();
            String client = n.tags().getOrDefault("client-id", "");
            boolean mainConsumer = client.contains("-StreamThread-") && client.endsWith("-consumer") && !client.endsWith("-restore-consumer");
            switch (n.group()) {
                case "consumer-metrics" -> {
                    if (mainConsumer && n.name().equals("io-wait-time-ns-total")) {
                        pollWait += value(m);
                    }
                }
                case "consumer-fetch-manager-metrics" -> {
                    if (mainConsumer && n.name().equals("fetch-total") && !n.tags().containsKey("topic")) {
                        fetches += value(m);
                    }
                }
                case "producer-metrics" -> {
                    if (client.contains("-StreamThread-") && (n.name().equals("flush-time-ns-total")
                            || n.name().equals("txn-send-offsets-time-ns-total") || n.name().equals("txn-commit-time-ns-total")
                            || n.name().equals("txn-begin-time-ns-total"))) {
                        producerWait += value(m);
                        flush += n.name().equals("flush-time-ns-total") ? value(m) : 0;
                    } else if (client.contains("-StreamThread-") && n.name().equals("record-retry-total")) {
                        retries += value(m);
                    }
                }
                case "stream-thread-metrics" -> {
                    if (n.name().equals("commit-total")) {
                        commits += value(m);
                    } else if (n.name().equals("poll-total")) {
                        polls += value(m);
                    }
                }
                default -> { }
            }
        }
        return new ThreadWaits(pollWait, flush, producerWait, commits, polls, fetches, retries);
    }

    ThreadWaits minus(ThreadWaits earlier) {
        return new ThreadWaits(pollWaitNanos - earlier.pollWaitNanos, flushNanos - earlier.flushNanos,
                producerWaitNanos - earlier.producerWaitNanos,
                commits - earlier.commits, polls - earlier.polls, fetches - earlier.fetches, retries - earlier.retries);
    }

    /**
     * Shares of {@code seconds} of wall time (per stream thread: divide by the thread count first): the stream
     * threads' CPU ({@code cpuNanos}), waiting in poll, waiting on the producer (of which flushes), and the rest (waiting for a core,
     * garbage collection, locks, and time outside these calls), each to three decimals; then commits, polls and
     * fetches per second, records the producers retried per second. -1 for a figure that cannot be had (thread CPU time unsupported).
     */
    Map<String, Double> shares(double seconds, long cpuNanos) {
        double wall = seconds * 1e9;
        Map<String, Double> out = new LinkedHashMap<>();
        double cpu = cpuNanos < 0 ? 0 : cpuNanos / wall;
        out.put("cpu", cpuNanos < 0 ? -1 : round(cpu, 3));
        out.put("pollWait", round(pollWaitNanos / wall, 3));
        out.put("producerWait", round(producerWaitNanos / wall, 3));
        out.put("ofWhichFlush", round(flushNanos / wall, 3));
        out.put("other", round(1 - cpu - pollWaitNanos / wall - producerWaitNanos / wall, 3));
        out.put("commitsPerSec", round(commits / seconds, 1));
        out.put("pollsPerSec", round(polls / seconds, 1));
        out.put("fetchesPerSec", round(fetches / seconds, 1));
        out.put("producerRetriesPerSec", round(retries / seconds, 1));
        return out;
    }

    private static double round(double v, int decimals) {
        double scale = Math.pow(10, decimals);
        return Double.isFinite(v) ? Math.round(v * scale) / scale : -1;
    }

    /** A metric's value as a number (0 when it is not one). */
    static double value(Metric m) {
        return m.metricValue() instanceof Number number ? number.doubleValue() : 0;
    }
}
