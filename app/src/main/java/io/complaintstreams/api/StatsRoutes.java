package io.complaintstreams.api;

import io.complaintstreams.streams.aggregation.BadStatsParameterException;
import io.complaintstreams.streams.aggregation.StatsQuery;
import io.complaintstreams.streams.aggregation.StatsReport;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.streams.errors.InvalidStateStoreException;

/**
 * {@code GET /api/v1/stats/monthly?from=YYYY-MM&to=YYYY-MM[&landlordId=]} and
 * {@code GET /api/v1/stats/weekly?from=YYYY-Www&to=YYYY-Www[&landlordId=]}: complaint-handling statistics per period,
 * summed over landlords unless landlordId is given, every period present. 400 names the bad parameter; 503 while the
 * aggregate stores are not queryable (starting, rebalancing, restoring). Wire with
 * {@code new StatsRoutes(() -> StatsQueries.local(streams)).register(app)}.
 */
public final class StatsRoutes {
    private final Supplier<StatsQuery> query;

    public StatsRoutes(Supplier<StatsQuery> query) {
        this.query = query;
    }

    public void register(Javalin app) {
        app.get("/api/v1/stats/monthly", ctx -> answer(ctx, (q, from, to, landlord) -> q.monthly(from, to, landlord)));
        app.get("/api/v1/stats/weekly", ctx -> answer(ctx, (q, from, to, landlord) -> q.weekly(from, to, landlord)));
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
            ctx.json(read.apply(q, from, to, ctx.queryParam("landlordId")).toJson());
        } catch (BadStatsParameterException e) {
            ctx.status(400).json(Map.of("error", e.getMessage(), "field", e.parameter()));
        } catch (InvalidStateStoreException e) {
            ctx.header("Retry-After", "5").status(503)
                    .json(Map.of("error", "statistics are not queryable yet (starting, rebalancing or restoring)"));
        }
    }
}
