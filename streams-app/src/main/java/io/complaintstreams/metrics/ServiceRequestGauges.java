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
 * store is not queryable.
 */
public final class ServiceRequestGauges implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceRequestGauges.class);

    private final KafkaStreams streams;
    private final ServiceRequestsQuery query;
    private final Clock clock;
    private final ZoneId zone;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "service-request-gauges");
        t.setDaemon(true);
        return t;
    });
    private volatile long open;
    private volatile long overdue;

    private ServiceRequestGauges(KafkaStreams streams, ServiceRequestsQuery query, Clock clock, ZoneId zone) {
        this.streams = streams;
        this.query = query;
        this.clock = clock;
        this.zone = zone;
    }

    public static ServiceRequestGauges start(KafkaStreams streams, MeterRegistry registry, ServiceRequestsQuery query,
                                             ZoneId zone, Duration interval) {
        ServiceRequestGauges gauges = new ServiceRequestGauges(streams, query, Clock.systemUTC(), zone);
        Gauge.builder(MetricNames.SERVICE_REQUESTS_OPEN, gauges, g -> g.open)
                .description("Open service requests (OPEN or IN_PROGRESS; this instance's store partitions)").register(registry);
        Gauge.builder(MetricNames.SERVICE_REQUESTS_OVERDUE, gauges, g -> g.overdue)
                .description("Open service requests past their due date: their own dueAt, else the landlord's target for the category "
                        + "(service-requests.targets); this instance's store partitions").register(registry);
        gauges.scheduler.scheduleWithFixedDelay(gauges::refresh, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return gauges;
    }

    /** One pass over the local store. */
    public void refresh() {
        if (streams.state() != KafkaStreams.State.RUNNING) {
            return;
        }
        try {
            var store = streams.store(StoreQueryParameters.fromNameAndType(RequestLedgerTopology.STORE,
                    QueryableStoreTypes.<String, ServiceRequestLedger>keyValueStore()));
            var all = query.in(store, LocalDate.now(clock.withZone(zone)));
            open = all.stream().filter(m -> m.view().open()).count();
            overdue = all.stream().filter(m -> m.view().overdue()).count();
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
