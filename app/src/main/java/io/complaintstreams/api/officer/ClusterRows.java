package io.complaintstreams.api.officer;

import com.fasterxml.jackson.core.type.TypeReference;
import io.complaintstreams.api.PartitionShares;
import io.complaintstreams.api.PartitionShares.Share;
import io.complaintstreams.query.LocalStoreCopies;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * One list of rows (the officers' work queue, the grouped unlogged items) gathered across instances from one copy of
 * each partition of the store the rows are read from ({@link PartitionShares}, as the statistics and the reports):
 * this instance's copies, then the other instances' from {@code <internal path>/partitions} (the copies that instance
 * holds, active or standby, each with its role and lag). A partition that is moving or whose instance was lost is read
 * from a standby copy and the answer says so (the freshness headers); a partition held by no instance that answers
 * makes the answer 503 naming it ({@link InvalidStateStoreException}), never a partial list with a wrong total.
 * {@code <internal path>} alone (this instance's running active partitions) stays for instances of the previous version
 * during a rolling upgrade. The internal endpoints answer only another instance.
 */
final class ClusterRows {
    private static final TypeReference<List<Map<String, Object>>> ROWS = new TypeReference<>() {};

    private final String internalPath;
    private final String what;
    private final Function<Set<Integer>, List<Share<List<Map<String, Object>>>>> localShares;
    private final PartitionShares shares;

    /** Makes the gatherer of one list, with this instance's store copies and the gathering across instances. */
    record Factory(LocalStoreCopies copies, PartitionShares shares) {
        /**
         * @param internalPath the internal endpoint serving this instance's rows to other instances
         * @param store        the key-value store (String keys) the rows are read from
         * @param what         what the list is, for a 503's reason
         * @param rowsIn       the rows of one copy of one partition of the store
         */
        <V> ClusterRows create(String internalPath, String store, String what,
                               Function<ReadOnlyKeyValueStore<String, V>, List<Map<String, Object>>> rowsIn) {
            return new ClusterRows(internalPath, what, wanted -> localShares(copies, store, wanted, rowsIn), shares);
        }
    }

    /** @param localShares this instance's copies of the wanted partitions, each with its rows */
    ClusterRows(String internalPath, String what, Function<Set<Integer>, List<Share<List<Map<String, Object>>>>> localShares,
                PartitionShares shares) {
        this.internalPath = internalPath;
        this.what = what;
        this.localShares = localShares;
        this.shares = shares;
    }

    String partitionsPath() {
        return internalPath + "/partitions";
    }

    void register(Javalin app) {
        app.get(internalPath, ctx -> ctx.contentType("application/json").result(PartitionShares.JSON.writeValueAsString(
                localShares.apply(shares.every()).stream().filter(s -> s.copy().active()).flatMap(s -> s.value().stream()).toList())));
        app.get(partitionsPath(), ctx -> PartitionShares.answer(ctx, localShares.apply(shares.wanted(ctx)), v -> v));
    }

    /** Every row, one copy of each partition, and how current they are. */
    PartitionShares.Gathered<List<Map<String, Object>>> gather() {
        return shares.gather(() -> localShares.apply(shares.every()), partitionsPath(),
                node -> PartitionShares.JSON.convertValue(node, ROWS), what);
    }

    /** Every row, one copy of each partition; the answer's freshness goes on {@code ctx}. */
    List<Map<String, Object>> all(Context ctx) {
        return rows(gather().stateOn(ctx));
    }

    /** Every row, one copy of each partition, for a use that states no freshness (e.g. finding an item to resolve). */
    List<Map<String, Object>> all() {
        return rows(gather());
    }

    private static List<Map<String, Object>> rows(PartitionShares.Gathered<List<Map<String, Object>>> gathered) {
        List<Map<String, Object>> out = new ArrayList<>();
        gathered.values().forEach(out::addAll);
        return out;
    }

    private static <V> List<Share<List<Map<String, Object>>>> localShares(LocalStoreCopies copies, String store,
            Set<Integer> wanted, Function<ReadOnlyKeyValueStore<String, V>, List<Map<String, Object>>> rowsIn) {
        List<Share<List<Map<String, Object>>>> out = new ArrayList<>();
        for (int p : wanted) {
            copies.<String, V>keyValue(store, p).ifPresent(held -> {
                try {
                    out.add(new Share<>(held.copy(), rowsIn.apply(held.store())));
                } catch (InvalidStateStoreException e) {
                    // the task moved away while it was read: as if this instance did not hold it
                }
            });
        }
        return out;
    }
}
