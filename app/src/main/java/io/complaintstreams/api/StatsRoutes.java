package io.complaintstreams.api;

import com.fasterxml.jackson.core.type.TypeReference;
import complaintstreams.state.CounterSet;
import io.complaintstreams.query.LocalStoreCopies;
import io.complaintstreams.query.PartitionCopy;
import io.complaintstreams.query.RemoteQueryClient;
import io.complaintstreams.streams.aggregation.AggregationPart;
import io.complaintstreams.streams.aggregation.BadStatsParameterException;
import io.complaintstreams.streams.aggregation.PeriodStats;
import io.complaintstreams.streams.aggregation.StatsQuery;
import io.complaintstreams.streams.aggregation.StatsReport;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * {@code GET /api/v1/stats/monthly?from=YYYY-MM&to=YYYY-MM[&landlordId=]} and
 * {@code GET /api/v1/stats/weekly?from=YYYY-Www&to=YYYY-Www[&landlordId=]}: complaint-handling statistics per period,
 * summed over landlords unless landlordId is given, every period present. Each partition of the aggregate stores
 * holds its task's partial sums; the answer adds up one copy of every partition, this instance's or another's
 * ({@link PartitionShares}; {@code GET /api/v1/internal/stats/{monthly|weekly}/partitions}), and states its freshness
 * in headers. 400 names the bad parameter; 503 (with the reason) only while some partition has no copy any instance
 * can read. {@code local=true} answers this instance's active partitions only (as instances of the previous version
 * ask).
 */
public final class StatsRoutes {
    private static final TypeReference<Map<String, Map<String, Long>>> COUNTERS = new TypeReference<>() {};
    private final Supplier<StatsQuery> activeLocal;
    private final Function<Set<Integer>, List<PartitionShares.Share<StatsQuery>>> localShares;
    private final PartitionShares shares;

    /** This instance's stores only, as one share (complete with one instance). */
    public StatsRoutes(Supplier<StatsQuery> query) {
        this(query, wanted -> List.of(new PartitionShares.Share<>(new PartitionCopy(0, true, 0), available(query.get()))),
                new PartitionShares(null, new RemoteQueryClient(), 1));
    }

    /** Every instance's copies of the aggregate stores, one per partition. */
    StatsRoutes(Supplier<StatsQuery> activeLocal, LocalStoreCopies copies, PartitionShares shares) {
        this(activeLocal, wanted -> localShares(copies, wanted), shares);
    }

    private StatsRoutes(Supplier<StatsQuery> activeLocal, Function<Set<Integer>, List<PartitionShares.Share<StatsQuery>>> localShares,
                        PartitionShares shares) {
        this.activeLocal = activeLocal;
        this.localShares = localShares;
        this.shares = shares;
    }

    private static StatsQuery available(StatsQuery q) {
        if (q == null) {
            throw new InvalidStateStoreException("statistics stores not available");
        }
        return q;
    }

    public void register(Javalin app) {
        for (String unit : List.of("monthly", "weekly")) {
            Read read = unit.equals("monthly") ? (q, from, to, landlord) -> q.monthly(from, to, landlord)
                    : (q, from, to, landlord) -> q.weekly(from, to, landlord);
            app.get("/api/v1/stats/" + unit, ctx -> answer(ctx, read));
            app.get("/api/v1/internal/stats/" + unit + "/partitions", ctx -> shareOf(ctx, read));
        }
    }

    private interface Read {
        StatsReport apply(StatsQuery query, String from, String to, String landlordId);
    }

    private static List<PartitionShares.Share<StatsQuery>> localShares(LocalStoreCopies copies, Set<Integer> wanted) {
        List<PartitionShares.Share<StatsQuery>> out = new ArrayList<>();
        for (int p : wanted) {
            var monthly = copies.<String, CounterSet>keyValue(AggregationPart.MONTHLY_STORE, p);
            var weekly = copies.<String, CounterSet>keyValue(AggregationPart.WEEKLY_STORE, p);
            if (monthly.isPresent() && weekly.isPresent()) { // one task holds both
                ReadOnlyKeyValueStore<String, CounterSet> m = monthly.get().store();
                ReadOnlyKeyValueStore<String, CounterSet> w = weekly.get().store();
                out.add(new PartitionShares.Share<>(PartitionCopy.worse(monthly.get().copy(), weekly.get().copy()),
                        new StatsQuery(m, w)));
            }
        }
        return out;
    }

    /** A report's raw counters per period. */
    private static Map<String, Map<String, Long>> counters(StatsReport report) {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        for (PeriodStats p : report.periods()) {
            out.put(p.period(), p.counters());
        }
        return out;
    }

    /** This instance's copies of the wanted partitions, each with its counters for the query. */
    private void shareOf(Context ctx, Read read) throws Exception {
        String from = ctx.queryParam("from");
        String to = ctx.queryParam("to");
        String landlord = ctx.queryParam("landlordId");
        PartitionShares.answer(ctx, localCounters(read, from, to, landlord, shares.wanted(ctx)), v -> v);
    }

    /** This instance's copies of the wanted partitions, each with its counters for the query. */
    private List<PartitionShares.Share<Map<String, Map<String, Long>>>> localCounters(Read read, String from, String to,
                                                                                     String landlord, Set<Integer> wanted) {
        List<PartitionShares.Share<Map<String, Map<String, Long>>>> out = new ArrayList<>();
        for (var share : localShares.apply(wanted)) {
            try {
                out.add(new PartitionShares.Share<>(share.copy(), counters(read.apply(share.value(), from, to, landlord))));
            } catch (InvalidStateStoreException e) {
                // the task moved away while it was read: as if this instance did not hold it
            }
        }
        return out;
    }

    private void answer(Context ctx, Read read) {
        String from = ctx.queryParam("from");
        String to = ctx.queryParam("to");
        if (from == null || from.isBlank() || to == null || to.isBlank()) {
            String missing = from == null || from.isBlank() ? "from" : "to";
            ctx.status(400).json(Map.of("error", missing + ": required", "field", missing));
            return;
        }
        String landlord = ctx.queryParam("landlordId");
        try {
            StatsReport report = read.apply(StatsQuery.empty(), from, to, landlord); // checks the parameters: 400
            if ("true".equals(ctx.queryParam("local"))) {
                report = read.apply(available(activeLocal.get()), from, to, landlord);
            } else {
                String internal = "/api/v1/internal/stats/" + (report.unit().equals("month") ? "monthly" : "weekly")
                        + "/partitions?" + ctx.queryString();
                var gathered = shares.gather(() -> localCounters(read, from, to, landlord, shares.every()), internal, node -> PartitionShares.JSON.convertValue(node, COUNTERS),
                        "statistics").stateOn(ctx);
                for (Map<String, Map<String, Long>> counters : gathered.values()) {
                    report = report.plus(counters);
                }
            }
            ctx.json(report.toJson());
        } catch (BadStatsParameterException e) {
            ctx.status(400).json(Map.of("error", e.getMessage(), "field", e.parameter()));
        } catch (InvalidStateStoreException e) {
            ctx.header("Retry-After", "5").status(503)
                    .json(Map.of("error", "statistics are not queryable yet (starting, rebalancing or restoring)",
                            "reason", String.valueOf(e.getMessage())));
        }
    }
}
