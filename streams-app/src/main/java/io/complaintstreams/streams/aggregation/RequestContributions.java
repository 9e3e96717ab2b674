package io.complaintstreams.streams.aggregation;

import complaintstreams.state.RequestLedgerFact;
import io.complaintstreams.streams.classification.RequestLedgerFacts;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * A service request's contributions, a pure function of its ledger's facts: "opened" on its earliest status change,
 * "became a complaint" (Code 1.5) on its earliest link (a RAISE_COMPLAINT signal naming it, or a survey naming it and
 * a complaint), each counted at most once, in the Europe/London month and ISO week of that fact, for the landlord of
 * the request (of the link when the request's own events have not arrived).
 */
final class RequestContributions {
    private static final Comparator<RequestLedgerFact> ORDER = Comparator.comparing(RequestLedgerFact::getOccurredAt)
            .thenComparing(RequestLedgerFact::getFactId);
    private final Periods periods;

    RequestContributions(ZoneId zone) {
        this.periods = new Periods(zone);
    }

    Contributions of(List<RequestLedgerFact> facts) {
        RequestLedgerFact opened = null;
        RequestLedgerFact link = null;
        for (RequestLedgerFact f : facts) { // on every status change: loops, not streams
            if (RequestLedgerFacts.SERVICE_REQUEST.equals(f.getKind()) && (opened == null || ORDER.compare(f, opened) < 0)) {
                opened = f;
            }
            if (f.getLink() && (link == null || ORDER.compare(f, link) < 0)) {
                link = f;
            }
        }
        Contributions out = new Contributions();
        if (opened != null) {
            out.increment(opened.getLandlordId(), periods.dateOf(opened.getOccurredAt()), Counters.SERVICE_REQUESTS_OPENED);
        }
        if (link != null) {
            String landlord = opened != null ? opened.getLandlordId() : link.getLandlordId();
            out.increment(landlord, periods.dateOf(link.getOccurredAt()), Counters.SERVICE_REQUESTS_BECAME_COMPLAINT);
        }
        return out;
    }
}
