package io.complaintstreams.api;

import com.fasterxml.jackson.core.type.TypeReference;
import complaintstreams.state.ComplaintLedger;
import io.complaintstreams.domain.complaint.ComplaintFact;
import io.complaintstreams.query.ComplaintFactsQuery;
import io.complaintstreams.query.LocalStoreCopies;
import io.complaintstreams.streams.deadline.DeadlineClockPart;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.kafka.streams.errors.InvalidStateStoreException;

/**
 * Every complaint's facts across all instances, for TSM and the reports: one copy of each partition of the
 * {@code complaint-ledger} store ({@link PartitionShares}): this instance's and the other instances', fetched from
 * {@code GET /api/v1/internal/complaint-facts/partitions} (the copies that instance holds, active or standby, each
 * with its role and lag). A partition held by no instance that answers makes the answer 503 naming it, never a
 * partial figure. {@code GET /api/v1/internal/complaint-facts} (this instance's active partitions, as before) stays
 * for instances of the previous version during a rolling upgrade. The internal endpoints answer only another
 * instance (shared secret, see {@code api.access.AccessControl}).
 */
final class ClusterComplaintFacts {
    static final String PATH = "/api/v1/internal/complaint-facts";
    static final String PARTITIONS_PATH = PATH + "/partitions";
    private static final TypeReference<List<List<ComplaintFact>>> FACTS = new TypeReference<>() {};

    private final ComplaintFactsQuery local;
    private final LocalStoreCopies copies;
    private final PartitionShares shares;

    ClusterComplaintFacts(ComplaintFactsQuery local, LocalStoreCopies copies, PartitionShares shares) {
        this.local = local;
        this.copies = copies;
        this.shares = shares;
    }

    void register(Javalin app) {
        app.get(PATH, ctx -> ctx.contentType("application/json")
                .result(PartitionShares.JSON.writeValueAsString(local.allLocal())));
        app.get(PARTITIONS_PATH, ctx -> PartitionShares.answer(ctx, localShares(shares.wanted(ctx)), v -> v));
    }

    /** Every complaint's facts, one copy of each partition; the answer's freshness goes on {@code ctx}. */
    Collection<List<ComplaintFact>> all(Context ctx) {
        var gathered = shares.gather(() -> localShares(shares.every()), PARTITIONS_PATH,
                node -> PartitionShares.JSON.convertValue(node, FACTS), "complaint facts").stateOn(ctx);
        List<List<ComplaintFact>> facts = new ArrayList<>();
        gathered.values().forEach(facts::addAll);
        return facts;
    }

    private List<PartitionShares.Share<List<List<ComplaintFact>>>> localShares(Set<Integer> wanted) {
        List<PartitionShares.Share<List<List<ComplaintFact>>>> out = new ArrayList<>();
        for (int p : wanted) {
            copies.<String, ComplaintLedger>keyValue(DeadlineClockPart.LEDGER_STORE, p).ifPresent(held -> {
                try {
                    out.add(new PartitionShares.Share<>(held.copy(), ComplaintFactsQuery.factsIn(held.store())));
                } catch (InvalidStateStoreException e) {
                    // the task moved away while it was read: as if this instance did not hold it
                }
            });
        }
        return out;
    }
}
