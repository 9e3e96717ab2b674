package io.complaintstreams.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.KafkaMetric;
import org.apache.kafka.common.metrics.MetricConfig;
import org.apache.kafka.common.utils.Time;
import org.junit.jupiter.api.Test;

/** The stream thread's wall time is split from the clients' cumulative metrics, each client picked by its id. */
class ThreadWaitsTest {
    private static final String THREAD = "app-client-StreamThread-1";

    private static void put(Map<MetricName, KafkaMetric> metrics, String group, String name, String clientId, double value) {
        MetricName n = new MetricName(name, group, "", Map.of("client-id", clientId));
        metrics.put(n, new KafkaMetric(new Object(), n, (org.apache.kafka.common.metrics.Gauge<Double>) (config, now) -> value,
                new MetricConfig(), Time.SYSTEM));
    }

    @Test
    void shouldSplitTheWallTimeOfTheStreamThreadFromItsClientsMetrics() {
        Map<MetricName, KafkaMetric> metrics = new LinkedHashMap<>();
        put(metrics, "consumer-metrics", "io-wait-time-ns-total", THREAD + "-consumer", 1e9);
        put(metrics, "consumer-metrics", "io-wait-time-ns-total", THREAD + "-restore-consumer", 5e9); // not the main consumer
        put(metrics, "producer-metrics", "flush-time-ns-total", THREAD + "-producer", 2e9);
        put(metrics, "producer-metrics", "txn-commit-time-ns-total", THREAD + "-producer", 1e9);
        put(metrics, "producer-metrics", "record-retry-total", THREAD + "-producer", 30);
        put(metrics, "producer-metrics", "flush-time-ns-total", "ingest-producer", 9e9); // not a stream thread's
        put(metrics, "stream-thread-metrics", "commit-total", THREAD, 20);

        Map<String, Double> shares = ThreadWaits.of(metrics).minus(new ThreadWaits(0, 0, 0, 0, 0, 0, 0)).shares(10, 2_000_000_000L);

        assertEquals(0.2, shares.get("cpu"));
        assertEquals(0.1, shares.get("pollWait"));
        assertEquals(0.3, shares.get("producerWait"));
        assertEquals(0.2, shares.get("ofWhichFlush"));
        assertEquals(0.4, shares.get("other"));
        assertEquals(2.0, shares.get("commitsPerSec"));
        assertEquals(3.0, shares.get("producerRetriesPerSec"));
    }
}
