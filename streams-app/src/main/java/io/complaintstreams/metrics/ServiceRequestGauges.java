package io.complaintstreams.metrics;

import complaintstreams.state.ServiceRequestLedger;
import io.complaintstreams.query.ServiceRequestsQuery;
import io.complaintstreams.streams.classification.RequestLedgerTopology;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Service-request gauges (Code 1.4), from a periodic pass over this instance's active partitions of the
 * service-request ledger, on its own thread: open requests and overdue requests (open and past their due date: their
 * own {@code dueAt} or the landlord's target for the category, {@code service-requests.targets}). Per instance, as
 * {@link ComplaintGauges}: sum across instances ({@code sum without (instance)}); the last values are kept while the
 * store is not queryable. A pass decodes every ledger of the store, so its cost grows with the store: the next pass
 * starts {@link #nextDelay} after the last one ended, the interval or {@value #IDLE_PER_BUSY} times as long as the last
 * pass took, whichever is longer (at most a fiftieth of the time on this thread). With a pass every 15 s, half way
 * through a 130,000-home replay this thread had used 29 s of CPU, 9% of the app's, and the list a pass kept of every
 * request filled the old generation (README "Measured", "Where a replay's wall time goes").
 */
public final class ServiceRequestGauges implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceRequestGauges.class);
    /** Time between passes per unit of time a pass took, at least. */
    static final int IDLE_PER_BUSY = 49;

    private final KafkaStreams streams;
    private final ServiceRequestsQuery query;
    private final Clock clock;
    private final ZoneId zone;
    private final Duration interval;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "service-request-gauges");
        t.setDaemon(true);
        return t;
    });
    private volatile long open;
    private volatile long overdue;

    private ServiceRequestGauges(KafkaStreams streams, ServiceRequestsQuery query, Clock clock, ZoneId zone,
                                 Duration interval) {
        this.streams = streams;
        this.interval = interval;
        this.query = query;
        this.clock = clock;
        this.zone = zone;
    }

    public static ServiceRequestGauges start(KafkaStreams streams, MeterRegistry registry, ServiceRequestsQuery query,
                                             ZoneId zone, Duration interval) {
        ServiceRequestGauges gauges = new ServiceRequestGauges(streams, query, Clock.systemUTC(), zone, interval);
        Gauge.builder(MetricNames.SERVICE_REQUESTS_OPEN, gauges, g -> g.open)
                .description("Open service requests (OPEN or IN_PROGRESS; this instance's store partitions)").register(registry);
        Gauge.builder(MetricNames.SERVICE_REQUESTS_OVERDUE, gauges, g -> g.overdue)
                .description("Open service requests past their due date: their own dueAt, else the landlord's target for the category "
                        + "(service-requests.targets); this instance's store partitions").register(registry);
        gauges.scheduler.execute(gauges::refreshAndReschedule);
        return gauges;
    }

    /** The wait before the next pass: {@code interval}, or {@value #IDLE_PER_BUSY} times the last pass when longer. */
    static Duration nextDelay(Duration interval, Duration lastPass) {
        Duration paced = lastPass.multipliedBy(IDLE_PER_BUSY);
        return paced.compareTo(interval) > 0 ? paced : interval;
    }

    private void refreshAndReschedule() {
        long started = System.nanoTime();
        refresh();
        try {
            scheduler.schedule(this::refreshAndReschedule,
                    nextDelay(interval, Duration.ofNanos(System.nanoTime() - started)).toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closed) {
            // close() ran meanwhile
        }
    }

    /** One pass over the local store. */
    public void refresh() {
        if (streams.state() != KafkaStreams.State.RUNNING) {
            return;
        }
        try {
            var store = streams.store(StoreQueryParameters.fromNameAndType(RequestLedgerTopology.STORE,
                    QueryableStoreTypes.<String, ServiceRequestLedger>keyValueStore()));
            long[] counts = new long[2]; // open, overdue: counted as the store is read, nothing kept (ServiceRequestsQuery.forEach)
            query.forEach(store, LocalDate.now(clock.withZone(zone)), m -> {
                counts[0] += m.view().open() ? 1 : 0;
                counts[1] += m.view().overdue() ? 1 : 0;
            });
            open = counts[0];
            overdue = counts[1];
        } catch (InvalidStateStoreException e) {
            LOG.debug("service-request-ledger not queryable yet: {}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Could not refresh service-request gauges", e);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
