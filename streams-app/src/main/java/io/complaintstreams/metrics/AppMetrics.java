package io.complaintstreams.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.streams.KafkaStreams;

/** The Prometheus registry with JVM, Kafka Streams client and complaint-streams metrics. */
public final class AppMetrics implements AutoCloseable {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final AtomicLong lastIngestEpochSeconds = new AtomicLong();
    private KafkaStreamsMetrics streamsMetrics;
    private final StreamsProgress progress = StreamsProgress.standard();

    /**
     * Kafka Streams tags a store's metrics by its kind ({@code rocksdb-state-id}, {@code rocksdb-window-state-id},
     * ...) under one metric name; Prometheus needs one set of tag keys per name, so the second kind's meters were
     * refused with a WARN. One key, {@code state.id}, for all (the store names are unique).
     */
    private static final List<String> STATE_ID_TAGS = List.of("rocksdb.state.id", "rocksdb.window.state.id",
            "rocksdb.session.state.id", "in-memory.state.id", "in-memory.window.state.id", "in-memory.session.state.id",
            "in-memory.lru.state.id", "in-memory.suppression.state.id");

    public AppMetrics() {
        for (String tag : STATE_ID_TAGS) {
            registry.config().meterFilter(MeterFilter.renameTag("kafka.stream.state", tag, "state.id"));
        }
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        io.micrometer.core.instrument.Gauge.builder(MetricNames.LAST_EVENT_INGESTED, lastIngestEpochSeconds, AtomicLong::get)
                .description("When an event was last accepted by ingest (Unix time)").baseUnit("seconds").register(registry);
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    public void bindStreams(KafkaStreams streams) {
        streamsMetrics = new KafkaStreamsMetrics(streams);
        streamsMetrics.bindTo(registry);
        io.micrometer.core.instrument.Gauge.builder(MetricNames.STREAMS_STATE, streams,
                        s -> s.state() == KafkaStreams.State.RUNNING ? 1 : 0)
                .description("1 when the Kafka Streams topology is RUNNING").register(registry);
        io.micrometer.core.instrument.Gauge.builder(MetricNames.STREAMS_HEALTHY, streams,
                        s -> progress.verdict(s.state()).up() ? 1 : 0)
                .description("1 when the topology is RUNNING and making progress (what GET /health answers)").register(registry);
        io.micrometer.core.instrument.Gauge.builder(MetricNames.STREAMS_INPUT_WAITING, progress, StreamsProgress::waiting)
                .description("Input records beyond the application's committed offsets").register(registry);
    }

    /** Progress of the topology: fed by the stream-thread failure handler and the input sampler; read by /health. */
    public StreamsProgress progress() {
        return progress;
    }

    /** Counts events accepted by an ingest adapter (http, import, demo) per topic. */
    public void eventsIngested(String adapter, String topic, int count) {
        Counter.builder(MetricNames.EVENTS_INGESTED).description("Events accepted and acknowledged by the broker")
                .tag("adapter", adapter).tag("topic", topic).register(registry).increment(count);
        lastIngestEpochSeconds.set(System.currentTimeMillis() / 1000);
    }

    /** Counts events rejected by validation (400) or sent to the dead-letter topic. */
    public void eventsRejected(String adapter, String topic, String field) {
        Counter.builder(MetricNames.EVENTS_REJECTED).description("Events rejected by ingest validation")
                .tag("adapter", adapter).tag("topic", topic).tag("field", field == null ? "" : field)
                .register(registry).increment();
    }

    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        if (streamsMetrics != null) {
            streamsMetrics.close();
        }
        registry.close();
    }
}
