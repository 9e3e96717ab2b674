package io.complaintstreams.metrics;

import complaintstreams.events.DeadlineState;
import complaintstreams.state.ComplaintLedger;
import io.complaintstreams.streams.aggregation.CounterSets;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleFunction;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trend-board gauges derived from the {@code complaint-ledger} store by a periodic pass on its own thread.
 * <p>
 * Per instance: interactive queries read only the store partitions this instance hosts as active tasks, so with
 * several instances sum the gauges across instances ({@code sum without (instance)}). Between a rebalance and the
 * end of restoration the store is not queryable: the gauges keep their last values and
 * {@code complaints_gauges_store_readable} is 0. Every label combination is registered up front, so a query finds
 * a series (0, or NaN for a ratio with nothing decided) even before the first complaint.
 */
public final class ComplaintGauges implements AutoCloseable {
    public static final String STORE = io.complaintstreams.streams.deadline.DeadlineClockPart.LEDGER_STORE;
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(15);
    private static final Logger LOG = LoggerFactory.getLogger(ComplaintGauges.class);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final KafkaStreams streams;
    private final Clock clock;
    private final AtomicReference<ComplaintSnapshot> snapshot = new AtomicReference<>(ComplaintSnapshot.empty());
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "complaint-gauges");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean readable;
    private volatile long refreshedEpochSeconds;

    private ComplaintGauges(KafkaStreams streams, Clock clock) {
        this.streams = streams;
        this.clock = clock;
    }

    public static ComplaintGauges start(KafkaStreams streams, MeterRegistry registry) {
        return start(streams, registry, DEFAULT_INTERVAL, Clock.systemUTC());
    }

    public static ComplaintGauges start(KafkaStreams streams, MeterRegistry registry, Duration interval, Clock clock) {
        ComplaintGauges gauges = new ComplaintGauges(streams, clock);
        gauges.register(registry);
        gauges.scheduler.scheduleWithFixedDelay(gauges::refresh, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return gauges;
    }

    /** One pass over the local store; public for tests and for an on-demand refresh. */
    public void refresh() {
        if (streams.state() != KafkaStreams.State.RUNNING) {
            readable = false;
            return;
        }
        try {
            ReadOnlyKeyValueStore<String, ComplaintLedger> store = streams.store(
                    StoreQueryParameters.fromNameAndType(STORE, QueryableStoreTypes.<String, ComplaintLedger>keyValueStore()));
            LocalDate today = LocalDate.now(clock.withZone(LONDON));
            try (KeyValueIterator<String, ComplaintLedger> all = store.all()) {
                snapshot.set(ComplaintSnapshot.of(values(all), today));
            }
            readable = true;
            refreshedEpochSeconds = clock.millis() / 1000;
        } catch (InvalidStateStoreException e) {
            readable = false;
            LOG.debug("complaint-ledger not queryable yet: {}", e.getMessage());
        } catch (RuntimeException e) {
            readable = false;
            LOG.warn("Could not refresh complaint gauges", e);
        }
    }

    public ComplaintSnapshot snapshot() {
        return snapshot.get();
    }

    /** Each ledger as the gauges read it: current state and contributions to the period counters. */
    private static Iterable<ComplaintSnapshot.Complaint> values(KeyValueIterator<String, ComplaintLedger> it) {
        return () -> new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public ComplaintSnapshot.Complaint next() {
                ComplaintLedger ledger = it.next().value;
                return new ComplaintSnapshot.Complaint(ledger.getState(), CounterSets.toMapAll(ledger.getContributions()));
            }
        };
    }

    private void register(MeterRegistry registry) {
        for (var status : ComplaintSnapshot.OPEN_STATUSES) {
            for (int stage : ComplaintSnapshot.STAGES) {
                var key = new ComplaintSnapshot.Key(status.name(), stage);
                gauge(registry, MetricNames.OPEN_BY_STATUS, "Open complaints by status and current stage (this instance's store partitions)",
                        s -> s.open().getOrDefault(key, 0L), "status", status.name(), "stage", String.valueOf(stage));
            }
        }
        gauge(registry, MetricNames.OVERDUE, "Open complaints past their current Code deadline (this instance's store partitions)",
                ComplaintSnapshot::overdue);
        Gauge.builder(MetricNames.OLDEST_OVERDUE, snapshot, r -> r.get().oldestOverdueDays())
                .description("Calendar days the longest-overdue open complaint is past its current deadline (0 when none)")
                .baseUnit("days").register(registry);
        for (int stage : ComplaintSnapshot.STAGES) {
            gauge(registry, MetricNames.RECEIVED_THIS_MONTH,
                    "Complaints received this calendar month (Europe/London) by stage: stage 1 by RECEIVED, stage 2 by ESCALATED, as /api/v1/stats/monthly counts them",
                    s -> s.receivedThisMonth().getOrDefault(stage, 0L), "stage", String.valueOf(stage));
            for (String theme : ComplaintSnapshot.THEMES) {
                var key = new ComplaintSnapshot.Key(theme, stage);
                gauge(registry, MetricNames.RECEIVED_THIS_MONTH_BY_THEME,
                        "Complaints received this calendar month by stage and theme; one with several themes counts once per theme ('none' when untagged)",
                        s -> s.receivedThisMonthByTheme().getOrDefault(key, 0L), "stage", String.valueOf(stage), "theme", theme);
            }
        }
        for (String measure : ComplaintSnapshot.MEASURES) {
            for (int stage : ComplaintSnapshot.STAGES) {
                for (String period : ComplaintSnapshot.PERIODS) {
                    var key = new ComplaintSnapshot.RateKey(measure, stage, period);
                    String[] tags = {"measure", measure, "stage", String.valueOf(stage), "period", period};
                    Gauge.builder(MetricNames.ON_TIME, snapshot, r -> r.get().onTime().get(key).ratio())
                            .description("Share of acknowledgements or responses dated in the period that were on time (0-1; NaN when none)")
                            .baseUnit("ratio").tags(tags).register(registry);
                    gauge(registry, MetricNames.ON_TIME_MET, "Acknowledgements or responses dated in the period that were on time",
                            s -> s.onTime().get(key).onTime(), tags);
                    gauge(registry, MetricNames.ON_TIME_DECIDED, "Acknowledgements or responses dated in the period that the on-time ratio counts",
                            s -> s.onTime().get(key).decided(), tags);
                }
            }
        }
        gauge(registry, MetricNames.STORE_COMPLAINTS, "Complaints in this instance's complaint-ledger store partitions",
                ComplaintSnapshot::total);
        Gauge.builder(MetricNames.STORE_READABLE, this, g -> g.readable ? 1 : 0)
                .description("1 when the last periodic pass could read the complaint-ledger store").register(registry);
        Gauge.builder(MetricNames.GAUGES_REFRESHED, this, g -> g.refreshedEpochSeconds)
                .description("When the complaint gauges were last refreshed from the store (Unix time)")
                .baseUnit("seconds").register(registry);
    }

    private void gauge(MeterRegistry registry, String name, String help, ToDoubleFunction<ComplaintSnapshot> f,
                       String... tags) {
        Gauge.builder(name, snapshot, r -> f.applyAsDouble(r.get())).description(help)
                .tags(tags).register(registry);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
