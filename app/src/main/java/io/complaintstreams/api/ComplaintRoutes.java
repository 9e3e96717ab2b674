package io.complaintstreams.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import complaintstreams.events.DeadlineState;
import complaintstreams.events.DeadlineStatus;
import io.complaintstreams.query.ComplaintQueries;
import io.complaintstreams.query.HostInfoResolver;
import io.complaintstreams.query.RemoteQueryClient;
import io.complaintstreams.schema.AvroJson;
import io.complaintstreams.streams.deadline.DeadlineClockPart;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;

/**
 * {@code GET /api/v1/complaints/{id}} and {@code GET /api/v1/complaints?status=OVERDUE[&landlordId=][&limit=]},
 * answered from the deadline state store on this instance or forwarded to the instance that owns the key.
 * Status is current as of the last deadline check (every {@code deadline.check-interval-seconds}).
 */
public final class ComplaintRoutes {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DEFAULT_LIMIT = 1000;
    private final ComplaintQueries queries;
    private final HostInfoResolver hosts;
    private final RemoteQueryClient remote;

    public ComplaintRoutes(ComplaintQueries queries, HostInfoResolver hosts) {
        this(queries, hosts, new RemoteQueryClient());
    }

    /** With the client that forwards to other instances (TLS, shared secret). */
    public ComplaintRoutes(ComplaintQueries queries, HostInfoResolver hosts, RemoteQueryClient remote) {
        this.queries = queries;
        this.hosts = hosts;
        this.remote = remote;
    }

    public void register(Javalin app) {
        app.get("/api/v1/complaints/{id}", this::one);
        app.get("/api/v1/complaints", this::list);
        app.exception(InvalidStateStoreException.class, (e, ctx) ->
                ctx.status(503).json(Map.of("error", "complaint state is not queryable yet (starting, rebalancing or restoring); retry shortly")));
    }

    private void one(Context ctx) throws Exception {
        String id = ctx.pathParam("id");
        boolean localOnly = "true".equals(ctx.queryParam("local"));
        HostInfo owner = localOnly ? hosts.self() : hosts.ownerOf(DeadlineClockPart.LEDGER_STORE, id).orElse(null);
        if (owner == null) {
            throw new InvalidStateStoreException("no owner for " + id);
        }
        if (!hosts.isSelf(owner)) {
            var answer = remote.get(owner, "/api/v1/complaints/" + id);
            ctx.status(answer.status()).contentType("application/json").result(answer.body());
            return;
        }
        var state = queries.local(id);
        if (state.isEmpty()) {
            ctx.status(404).json(Map.of("error", "no complaint " + id, "field", "id"));
            return;
        }
        ctx.json(AvroJson.toJson(state.get()));
    }

    private void list(Context ctx) throws Exception {
        String statusParam = ctx.queryParam("status");
        DeadlineStatus status = null;
        if (statusParam != null) {
            try {
                status = DeadlineStatus.valueOf(statusParam.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                ctx.status(400).json(Map.of("error", "status must be one of " + Arrays.toString(DeadlineStatus.values()), "field", "status"));
                return;
            }
        }
        int limit;
        try {
            limit = ctx.queryParam("limit") == null ? DEFAULT_LIMIT : Integer.parseInt(ctx.queryParam("limit"));
        } catch (NumberFormatException e) {
            ctx.status(400).json(Map.of("error", "limit must be a whole number", "field", "limit"));
            return;
        }
        String landlordId = ctx.queryParam("landlordId");
        DeadlineStatus wanted = status;
        ArrayNode out = JSON.createArrayNode();
        for (DeadlineState s : queries.localMatching(state -> (wanted == null || state.getStatus() == wanted)
                && (landlordId == null || landlordId.equals(state.getLandlordId())), limit)) {
            out.add(AvroJson.toJson(s));
        }
        if (!"true".equals(ctx.queryParam("local"))) {
            for (HostInfo host : hosts.hostsOf(DeadlineClockPart.LEDGER_STORE)) {
                if (!hosts.isSelf(host) && out.size() < limit) {
                    var answer = remote.get(host, "/api/v1/complaints?" + ctx.queryString());
                    if (answer.status() == 200) {
                        for (JsonNode node : JSON.readTree(answer.body())) {
                            out.add(node);
                        }
                    }
                }
            }
        }
        ctx.json(out);
    }
}
