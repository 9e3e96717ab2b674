package io.complaintstreams.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import complaintstreams.events.DeadlineState;
import complaintstreams.events.DeadlineStatus;
import complaintstreams.state.ComplaintLedger;
import io.complaintstreams.query.ComplaintQueries;
import io.complaintstreams.query.Freshness;
import io.complaintstreams.query.HostInfoResolver;
import io.complaintstreams.query.LocalStoreCopies;
import io.complaintstreams.query.RemoteQueryClient;
import io.complaintstreams.schema.AvroJson;
import io.complaintstreams.streams.deadline.DeadlineClockPart;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * {@code GET /api/v1/complaints/{id}} and {@code GET /api/v1/complaints?status=OVERDUE[&landlordId=][&limit=]},
 * answered from the {@code complaint-ledger} store. One complaint: from this instance when it runs the key's active
 * task, else forwarded to the active host, then to its standby hosts, then read from this instance's own standby or
 * restoring copy. The list: one copy of every partition ({@link PartitionShares};
 * {@code GET /api/v1/internal/complaints/partitions}). Either way the answer states its freshness in headers
 * ({@link Freshness}); 503 (with the reason) only when no instance that answers holds a copy. {@code local=true}
 * (as other instances ask): one complaint from any copy this instance holds; the list from its active partitions
 * only, as before. Status is current as of the last deadline check (every {@code deadline.check-interval-seconds}).
 */
public final class ComplaintRoutes {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DEFAULT_LIMIT = 1000;
    private static final String STORE = DeadlineClockPart.LEDGER_STORE;
    private final ComplaintQueries queries;
    private final HostInfoResolver hosts;
    private final LocalStoreCopies copies;
    private final PartitionShares shares;
    private final RemoteQueryClient remote;

    /** With the client that forwards to other instances (TLS, shared secret). */
    ComplaintRoutes(ComplaintQueries queries, HostInfoResolver hosts, LocalStoreCopies copies, PartitionShares shares,
                    RemoteQueryClient remote) {
        this.queries = queries;
        this.hosts = hosts;
        this.copies = copies;
        this.shares = shares;
        this.remote = remote;
    }

    public void register(Javalin app) {
        app.get("/api/v1/complaints/{id}", this::one);
        app.get("/api/v1/complaints", this::list);
        app.get("/api/v1/internal/complaints/partitions", this::listShares);
        app.exception(InvalidStateStoreException.class, (e, ctx) -> ctx.header("Retry-After", "5").status(503)
                .json(Map.of("error", "complaint state is not queryable yet (starting, rebalancing or restoring); retry shortly",
                        "reason", String.valueOf(e.getMessage()))));
    }

    private void one(Context ctx) throws Exception {
        String id = ctx.pathParam("id");
        long deadline = System.nanoTime() + PartitionShares.RETRY_FOR.toNanos();
        while (true) {
            try {
                oneAttempt(ctx, id);
                return;
            } catch (InvalidStateStoreException e) { // no copy of the partition answered: a task between owners?
                if (System.nanoTime() + PartitionShares.RETRY_PAUSE.toNanos() > deadline || !PartitionShares.pause()) {
                    throw e;
                }
            }
        }
    }

    private void oneAttempt(Context ctx, String id) throws Exception {
        int partition = HostInfoResolver.partitionOf(id, shares.partitions());
        Optional<LocalStoreCopies.Held<ReadOnlyKeyValueStore<String, ComplaintLedger>>> local = copies.keyValue(STORE, partition);
        if ("true".equals(ctx.queryParam("local")) || local.isPresent() && local.get().copy().active()) {
            if (local.isEmpty() || !answerFrom(ctx, local.get(), id)) {
                throw new InvalidStateStoreException("this instance holds no copy of partition " + partition + " now");
            }
            return;
        }
        List<HostInfo> holders = hosts.holdersOf(STORE, id);
        List<String> tried = new ArrayList<>();
        RemoteQueryClient.Answer staleNotFound = null;
        for (HostInfo host : holders.isEmpty() ? hosts.others() : holders) {
            if (hosts.isSelf(host)) {
                continue;
            }
            try {
                var answer = remote.get(host, "/api/v1/complaints/" + id);
                boolean stale = "true".equals(answer.header(Freshness.STALE));
                if (answer.status() == 200 || answer.status() == 404 && !stale) {
                    relay(ctx, answer);
                    return;
                }
                if (answer.status() == 404) {
                    staleNotFound = answer;
                }
                tried.add(host.host() + ":" + host.port() + " answered " + answer.status());
            } catch (IOException e) {
                tried.add(host.host() + ":" + host.port() + " did not answer (" + e.getClass().getSimpleName() + ")");
            }
        }
        if (local.isPresent() && answerFrom(ctx, local.get(), id)) {
            return;
        }
        if (staleNotFound != null) {
            relay(ctx, staleNotFound);
            return;
        }
        throw new InvalidStateStoreException("complaint " + id + ": partition " + partition + " of " + shares.partitions()
                + " has no copy that answered" + (tried.isEmpty() ? "" : " (" + String.join("; ", tried) + ")"));
    }

    private static void relay(Context ctx, RemoteQueryClient.Answer answer) {
        for (String name : List.of(Freshness.STALE, Freshness.LAG_RECORDS, Freshness.STALE_PARTITIONS)) {
            String value = answer.header(name);
            if (value != null) {
                ctx.header(name, value);
            }
        }
        ctx.status(answer.status()).contentType("application/json").result(answer.body());
    }

    /** Answers from this copy; false if the copy could not be read (its task moved away meanwhile). */
    private static boolean answerFrom(Context ctx, LocalStoreCopies.Held<ReadOnlyKeyValueStore<String, ComplaintLedger>> held,
                                      String id) {
        Optional<DeadlineState> state;
        try {
            state = ComplaintQueries.in(held.store(), id);
        } catch (InvalidStateStoreException e) {
            return false;
        }
        Freshness.of(List.of(held.copy())).headers().forEach(ctx::header);
        if (state.isEmpty()) {
            ctx.status(404).json(Map.of("error", "no complaint " + id, "field", "id"));
        } else {
            ctx.json(AvroJson.toJson(state.get()));
        }
        return true;
    }

    private record Filter(Predicate<DeadlineState> test, int limit) {}

    /** The list's filter, or empty after answering 400 naming the bad parameter. */
    private static Optional<Filter> filter(Context ctx) {
        String statusParam = ctx.queryParam("status");
        DeadlineStatus status = null;
        if (statusParam != null) {
            try {
                status = DeadlineStatus.valueOf(statusParam.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                ctx.status(400).json(Map.of("error", "status must be one of " + Arrays.toString(DeadlineStatus.values()), "field", "status"));
                return Optional.empty();
            }
        }
        int limit;
        try {
            limit = ctx.queryParam("limit") == null ? DEFAULT_LIMIT : Integer.parseInt(ctx.queryParam("limit"));
        } catch (NumberFormatException e) {
            limit = -1;
        }
        if (limit < 1) {
            ctx.status(400).json(Map.of("error", "limit must be a whole number from 1", "field", "limit"));
            return Optional.empty();
        }
        String landlordId = ctx.queryParam("landlordId");
        DeadlineStatus wanted = status;
        return Optional.of(new Filter(state -> (wanted == null || state.getStatus() == wanted)
                && (landlordId == null || landlordId.equals(state.getLandlordId())), limit));
    }

    private void list(Context ctx) throws Exception {
        Optional<Filter> filter = filter(ctx);
        if (filter.isEmpty()) {
            return;
        }
        ArrayNode out = JSON.createArrayNode();
        if ("true".equals(ctx.queryParam("local"))) {
            queries.localMatching(filter.get().test(), filter.get().limit()).forEach(s -> out.add(AvroJson.toJson(s)));
        } else {
            var gathered = shares.gather(() -> localShares(filter.get(), shares.every()),
                    "/api/v1/internal/complaints/partitions" + (ctx.queryString() == null ? "" : "?" + ctx.queryString()),
                    node -> node, "complaints").stateOn(ctx);
            for (JsonNode states : gathered.values()) {
                for (JsonNode state : states) {
                    if (out.size() < filter.get().limit()) {
                        out.add(state);
                    }
                }
            }
        }
        ctx.json(out);
    }

    private void listShares(Context ctx) throws Exception {
        Optional<Filter> filter = filter(ctx);
        if (filter.isPresent()) {
            PartitionShares.answer(ctx, localShares(filter.get(), shares.wanted(ctx)), v -> v);
        }
    }

    private List<PartitionShares.Share<JsonNode>> localShares(Filter filter, java.util.Set<Integer> wanted) {
        List<PartitionShares.Share<JsonNode>> out = new ArrayList<>();
        for (int p : wanted) {
            copies.<String, ComplaintLedger>keyValue(STORE, p).ifPresent(held -> {
                try {
                    ArrayNode states = JSON.createArrayNode();
                    ComplaintQueries.matchingIn(held.store(), filter.test(), filter.limit()).forEach(s -> states.add(AvroJson.toJson(s)));
                    out.add(new PartitionShares.Share<>(held.copy(), states));
                } catch (InvalidStateStoreException e) {
                    // the task moved away while it was read: as if this instance did not hold it
                }
            });
        }
        return out;
    }
}
