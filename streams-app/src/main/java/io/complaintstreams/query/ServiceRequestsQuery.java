package io.complaintstreams.query;

import complaintstreams.state.RequestLedgerFact;
import complaintstreams.state.ServiceRequestLedger;
import io.complaintstreams.domain.calendar.WorkingDayCalendar;
import io.complaintstreams.domain.request.ServiceRequestTargets;
import io.complaintstreams.domain.request.ServiceRequestView;
import io.complaintstreams.domain.request.ServiceRequestView.StatusChange;
import io.complaintstreams.streams.classification.RequestLedgerFacts;
import io.complaintstreams.streams.classification.RequestLedgerTopology;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Service requests as they are monitored (Code 1.4), read from the service-request ledger
 * ({@value RequestLedgerTopology#STORE}): each request with a status change, judged on {@code today} against the
 * landlord's targets ({@link ServiceRequestView}). A request known only from contacts naming it is not listed.
 */
public final class ServiceRequestsQuery {
    /** One request: its id, landlord and how it stands. */
    public record Monitored(String requestId, String landlordId, ServiceRequestView view) {}

    private final ServiceRequestTargets targets;
    private final WorkingDayCalendar calendar;
    private final ZoneId zone;

    public ServiceRequestsQuery(ServiceRequestTargets targets, WorkingDayCalendar calendar, ZoneId zone) {
        this.targets = targets;
        this.calendar = calendar;
        this.zone = zone;
    }

    /** Every request in one store copy (one partition, or every active partition of this instance). */
    public List<Monitored> in(ReadOnlyKeyValueStore<String, ServiceRequestLedger> store, LocalDate today) {
        List<Monitored> out = new ArrayList<>();
        forEach(store, today, out::add);
        return out;
    }

    /**
     * Every request {@link #in} lists, handed to {@code each} one at a time and kept by nobody: a pass over a large
     * store (a 130,000-home year holds hundreds of thousands of requests) then holds one request at a time, not a list
     * of them all that outlives several young collections and is promoted to the old generation.
     */
    public void forEach(ReadOnlyKeyValueStore<String, ServiceRequestLedger> store, LocalDate today, Consumer<Monitored> each) {
        try (KeyValueIterator<String, ServiceRequestLedger> it = store.all()) {
            while (it.hasNext()) {
                of(it.next().value, today).ifPresent(each);
            }
        }
    }

    /** The request's view, or empty when no status change of it has arrived yet. */
    public Optional<Monitored> of(ServiceRequestLedger ledger, LocalDate today) {
        List<StatusChange> changes = new ArrayList<>();
        String landlord = null;
        for (RequestLedgerFact f : ledger.getFacts()) {
            if (RequestLedgerFacts.SERVICE_REQUEST.equals(f.getKind())) {
                changes.add(new StatusChange(f.getOccurredAt(), f.getStatus(), f.getCategory(), f.getPriority(), f.getDueAt()));
                landlord = f.getLandlordId();
            }
        }
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        Optional<Instant> link = ledger.getFacts().stream().filter(RequestLedgerFact::getLink)
                .min(Comparator.comparing(RequestLedgerFact::getOccurredAt).thenComparing(RequestLedgerFact::getFactId))
                .map(RequestLedgerFact::getOccurredAt);
        return Optional.of(new Monitored(ledger.getRequestId(), landlord,
                ServiceRequestView.of(changes, link, targets, calendar, zone, today)));
    }
}
