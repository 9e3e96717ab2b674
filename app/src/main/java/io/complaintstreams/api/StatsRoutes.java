package io.complaintstreams.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.complaintstreams.query.HostInfoResolver;
import io.complaintstreams.query.RemoteQueryClient;
import io.complaintstreams.streams.aggregation.AggregationPart;
import io.complaintstreams.streams.aggregation.BadStatsParameterException;
import io.complaintstreams.streams.aggregation.StatsQuery;
import io.complaintstreams.streams.aggregation.StatsReport;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;

/**
 * {@code GET /api/v1/stats/monthly?from=YYYY-MM&to=YYYY-MM[&landlordId=]} and
 * {@code GET /api/v1/stats/weekly?from=YYYY-Www&to=YYYY-Www[&landlordId=]}: complaint-handling statistics per period,
 * summed over landlords unless landlordId is given, every period present. 400 names the bad parameter; 503 while the
 * aggregate stores are not queryable (starting, rebalancing, restoring). Wire with
 * {@code new StatsRoutes(() -> StatsQueries.local(streams)).register(app)}.
 */
public final class StatsRoutes {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Supplier<StatsQuery> query;
    private final HostInfoResolver hosts;
    private final RemoteQueryClient remote;

    /** This instance's stores only (complete with one instance). */
    public StatsRoutes(Supplier<StatsQuery> query) {
        this(query, null);
    }

    /** Also adds up the other instances' shares, asked with {@code local=true}. */
    public StatsRoutes(Supplier<StatsQuery> query, HostInfoResolver hosts) {
        this(query, hosts, new RemoteQueryClient());
    }

    /** With the client that forwards to other instances (TLS, shared secret). */
    public StatsRoutes(Supplier<StatsQuery> query, HostInfoResolver hosts, RemoteQueryClient remote) {
        this.query = query;
        this.hosts = hosts;
        this.remote = remote;
    }

    public void register(Javalin app) {
        app.get("/api/v1/stats/monthly", ctx -> answer(ctx, (q, from, to, landlord) -> q.monthly(from, to, landlord)));
        app.get("/api/v1/stats/weekly", ctx -> answer(ctx, (q, from, to, landlord) -> q.weekly(from, to, landlord)));
    }

    /** Another instance's share: its raw counters per period. */
    private Map<String, Map<String, Long>> countersOf(HostInfo host, String pathAndQuery, String unit) {
        try {
            var answer = remote.get(host, pathAndQuery);
            if (answer.status() != 200) {
                throw new InvalidStateStoreException("instance " + host + " answered " + answer.status());
            }
            Map<String, Map<String, Long>> counters = new HashMap<>();
            for (JsonNode period : JSON.readTree(answer.body()).path(unit + "s")) {
                Map<String, Long> values = new HashMap<>();
                period.path("counters").fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asLong()));
                counters.put(period.path(unit).asText(), values);
            }
            return counters;
        } catch (IOException e) {
            throw new InvalidStateStoreException("instance " + host + " did not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InvalidStateStoreException("interrupted while asking " + host);
        }
    }

    private interface Read {
        StatsReport apply(StatsQuery query, String from, String to, String landlordId);
    }

    private void answer(Context ctx, Read read) {
        String from = ctx.queryParam("from");
        String to = ctx.queryParam("to");
        if (from == null || from.isBlank() || to == null || to.isBlank()) {
            String missing = from == null || from.isBlank() ? "from" : "to";
            ctx.status(400).json(Map.of("error", missing + ": required", "field", missing));
            return;
        }
        try {
            StatsQuery q = query.get();
            if (q == null) {
                throw new InvalidStateStoreException("statistics stores not available");
            }
            StatsReport report = read.apply(q, from, to, ctx.queryParam("landlordId"));
            if (hosts != null && !"true".equals(ctx.queryParam("local"))) {
                for (HostInfo host : hosts.hostsOf(AggregationPart.MONTHLY_STORE)) {
                    if (!hosts.isSelf(host)) {
                        report = report.plus(countersOf(host, ctx.path() + "?" + ctx.queryString(), report.unit()));
                    }
                }
            }
            ctx.json(report.toJson());
        } catch (BadStatsParameterException e) {
            ctx.status(400).json(Map.of("error", e.getMessage(), "field", e.parameter()));
        } catch (InvalidStateStoreException e) {
            ctx.header("Retry-After", "5").status(503)
                    .json(Map.of("error", "statistics are not queryable yet (starting, rebalancing or restoring)"));
        }
    }
}
