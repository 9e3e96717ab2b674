package io.complaintstreams.api;

import com.fasterxml.jackson.core.type.TypeReference;
import complaintstreams.state.OmbudsmanCaseEntry;
import io.complaintstreams.domain.ombudsman.OmbudsmanFact;
import io.complaintstreams.query.LocalStoreCopies;
import io.complaintstreams.query.OmbudsmanFactsQuery;
import io.complaintstreams.streams.ombudsman.OmbudsmanPart;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.kafka.streams.errors.InvalidStateStoreException;

/**
 * Every Ombudsman case event across all instances, for the annual report and the quarterly pack: one copy of each
 * partition of the {@code ombudsman-cases} store ({@link PartitionShares}, as {@link ClusterComplaintFacts}), this
 * instance's and the other instances' from {@code GET /api/v1/internal/ombudsman-facts/partitions} (the copies that
 * instance holds, active or standby, each with its role and lag). A partition held by no instance that answers makes
 * the answer 503 naming it; a partition read from a standby or restoring copy is stated in the freshness headers,
 * together with the complaint ledger's. {@code GET /api/v1/internal/ombudsman-facts} (this instance's active partitions,
 * as before) stays for instances of the previous version during a rolling upgrade. The internal endpoints answer only
 * another instance (shared secret, see {@code api.access.AccessControl}).
 */
final class ClusterOmbudsmanFacts {
    static final String PATH = "/api/v1/internal/ombudsman-facts";
    static final String PARTITIONS_PATH = PATH + "/partitions";
    private static final TypeReference<List<OmbudsmanFact>> FACTS = new TypeReference<>() {};

    private final OmbudsmanFactsQuery local;
    private final LocalStoreCopies copies;
    private final PartitionShares shares;

    private final io.complaintstreams.privacy.TextVault orders;

    /** @param orders opens sealed order wordings (README "Data protection") */
    ClusterOmbudsmanFacts(OmbudsmanFactsQuery local, LocalStoreCopies copies, PartitionShares shares,
                          io.complaintstreams.privacy.TextVault orders) {
        this.orders = orders;
        this.local = local;
        this.copies = copies;
        this.shares = shares;
    }

    void register(Javalin app) {
        app.get(PATH, ctx -> ctx.contentType("application/json")
                .result(PartitionShares.JSON.writeValueAsString(local.allLocal())));
        app.get(PARTITIONS_PATH, ctx -> PartitionShares.answer(ctx, localShares(shares.wanted(ctx)), v -> v));
    }

    /** Every Ombudsman case event, one copy of each partition; the answer's freshness goes on {@code ctx}. */
    List<OmbudsmanFact> all(Context ctx) {
        var gathered = shares.gather(() -> localShares(shares.every()), PARTITIONS_PATH,
                node -> PartitionShares.JSON.convertValue(node, FACTS), "Ombudsman case events").stateOn(ctx);
        List<OmbudsmanFact> facts = new ArrayList<>();
        gathered.values().forEach(facts::addAll);
        return facts;
    }

    private List<PartitionShares.Share<List<OmbudsmanFact>>> localShares(Set<Integer> wanted) {
        List<PartitionShares.Share<List<OmbudsmanFact>>> out = new ArrayList<>();
        for (int p : wanted) {
            copies.<String, OmbudsmanCaseEntry>keyValue(OmbudsmanPart.CASES_STORE, p).ifPresent(held -> {
                try {
                    out.add(new PartitionShares.Share<>(held.copy(), OmbudsmanFactsQuery.factsIn(held.store(), orders)));
                } catch (InvalidStateStoreException e) {
                    // the task moved away while it was read: as if this instance did not hold it
                }
            });
        }
        return out;
    }
}
