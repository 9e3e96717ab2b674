package io.complaintstreams.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
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
     * ...) under one metric name; Prometheus needs one set of tag keys per name, so the meters of the second kind
     * were refused (a WARN at start-up). Each becomes {@code state.id} plus {@code store.type} (e.g.
     * {@code rocksdb.window}), so every meter of a name has the same keys and stays distinct.
     */
    static final MeterFilter ONE_STATE_ID_TAG = new MeterFilter() {
        @Override
        public Meter.Id map(Meter.Id id) {
            if (!id.getName().startsWith("kafka.stream.state")) {
                return id;
            }
            List<Tag> tags = new java.util.ArrayList<>();
            for (Tag tag : id.getTagsAsIterable()) {
                if (tag.getKey().endsWith(".state.id")) {
                    tags.add(Tag.of("state.id", tag.getValue()));
                    tags.add(Tag.of("store.type", tag.getKey().substring(0, tag.getKey().length() - ".state.id".length())));
                } else {
                    tags.add(tag);
                }
            }
            return id.replaceTags(tags);
        }
    };

    public AppMetrics() {
        registry.config().meterFilter(ONE_STATE_ID_TAG);
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
