package io.complaintstreams.metrics;

import complaintstreams.events.AlertKind;
import complaintstreams.events.DeadlineAlert;
import complaintstreams.events.Signal;
import complaintstreams.events.SignalAction;
import io.complaintstreams.topics.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@code complaints.alerts} and {@code complaints.signals} (read_committed, no consumer group: every
 * partition is assigned) on its own thread. It counts alerts by kind and signals by action written since this
 * instance started, and keeps the most recent alerts in a bounded ring for {@code GET /api/v1/alerts} (filled at
 * start-up from the last {@link #RING_SIZE} records of each partition, which are not counted).
 * <p>
 * Every instance sees every record, so with several instances aggregate these counters with {@code max}, not
 * {@code sum}.
 */
public final class AlertFeed implements AutoCloseable {
    public static final int RING_SIZE = 500;
    private static final Logger LOG = LoggerFactory.getLogger(AlertFeed.class);

    private final KafkaConsumer<String, byte[]> consumer;
    private final Topics topics;
    /** By the alert's full kind: {@code alertKind} when set (e.g. OMBUDSMAN_ORDER_OVERDUE), else {@code kind}. */
    private final Map<String, Counter> alerts = new HashMap<>();
    private final MeterRegistry registry;
    private final Map<SignalAction, Counter> signals = new EnumMap<>(SignalAction.class);
    private final Map<TopicPartition, Long> countFrom = new HashMap<>();
    private final RecentAlerts recent = new RecentAlerts(RING_SIZE);
    private final Thread thread;
    private volatile boolean running = true;

    private AlertFeed(Map<String, Object> clientConfig, Topics topics, MeterRegistry registry) {
        this.topics = topics;
        this.registry = registry;
        for (AlertKind kind : AlertKind.values()) {
            alertCounter(kind.name());
        }
        alertCounter("OMBUDSMAN_ORDER_DUE_SOON");
        alertCounter("OMBUDSMAN_ORDER_OVERDUE");
        for (SignalAction action : SignalAction.values()) {
            signals.put(action, Counter.builder(MetricNames.SIGNALS_BY_ACTION)
                    .description("Classified records written to complaints.signals since this instance started, by action")
                    .tag("action", action.name()).register(registry));
        }
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "complaint-streams-observability");
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        thread = new Thread(this::run, "alert-feed");
        thread.setDaemon(true);
    }

    public static AlertFeed start(Map<String, Object> clientConfig, Topics topics, MeterRegistry registry) {
        AlertFeed feed = new AlertFeed(clientConfig, topics, registry);
        feed.thread.start();
        return feed;
    }

    /** The most recent alerts, newest first, of the given kinds (all when empty); the last RING_SIZE of each kind are kept. */
    public List<DeadlineAlert> recent(java.util.Set<AlertKind> kinds, int limit) {
        return recent.newest(kinds, limit);
    }

    /** As {@link #recent(java.util.Set, int)}; without {@code superseded}, a due-soon alert replaced by its overdue is left out. */
    public List<DeadlineAlert> recent(java.util.Set<AlertKind> kinds, int limit, boolean superseded) {
        return recent.newest(kinds, limit, superseded);
    }

    private void run() {
        try {
            assign();
            while (running) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    handle(r);
                }
            }
        } catch (WakeupException | InterruptException e) {
            // closing
        } catch (RuntimeException e) {
            LOG.error("Alert feed stopped", e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void assign() {
        List<TopicPartition> all = new ArrayList<>();
        for (String topic : List.of(topics.alerts.name(), topics.signals.name())) {
            consumer.partitionsFor(topic).forEach(p -> all.add(new TopicPartition(topic, p.partition())));
        }
        consumer.assign(all);
        Map<TopicPartition, Long> begin = consumer.beginningOffsets(all);
        Map<TopicPartition, Long> end = consumer.endOffsets(all);
        for (TopicPartition tp : all) {
            countFrom.put(tp, end.get(tp));
            boolean isAlerts = tp.topic().equals(topics.alerts.name());
            consumer.seek(tp, isAlerts ? Math.max(begin.get(tp), end.get(tp) - RING_SIZE) : end.get(tp));
        }
    }

    private void handle(ConsumerRecord<String, byte[]> r) {
        if (r.value() == null) {
            return;
        }
        boolean count = r.offset() >= countFrom.getOrDefault(new TopicPartition(r.topic(), r.partition()), 0L);
        try {
            if (r.topic().equals(topics.alerts.name())) {
                DeadlineAlert alert = topics.alerts.valueSerde().decode(r.value());
                recent.add(alert);
                if (count) {
                    alertCounter(alert.getAlertKind() != null ? alert.getAlertKind() : alert.getKind().name()).increment();
                }
            } else if (count) {
                Signal signal = topics.signals.valueSerde().decode(r.value());
                signals.get(signal.getAction()).increment();
            }
        } catch (RuntimeException e) {
            LOG.debug("Skipping unreadable record {}-{}@{}: {}", r.topic(), r.partition(), r.offset(), e.toString());
        }
    }

    private Counter alertCounter(String kind) {
        return alerts.computeIfAbsent(kind, k -> Counter.builder(MetricNames.ALERTS)
                .description("Alerts written to complaints.alerts since this instance started, by kind")
                .tag("kind", k).register(registry));
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
