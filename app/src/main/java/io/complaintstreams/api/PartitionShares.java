package io.complaintstreams.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.complaintstreams.query.Freshness;
import io.complaintstreams.query.HostInfoResolver;
import io.complaintstreams.query.PartitionCopy;
import io.complaintstreams.query.RemoteQueryClient;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Answers a query that spans every partition of a store (statistics, TSM and reports, complaint lists) from exactly
 * one copy of each partition, wherever it is: this instance's copies first (running actives, standbys, restoring
 * actives), then the other instances' ({@code GET /api/v1/internal/.../partitions}, asked only for the partitions
 * this instance has no running active of). Per partition the running active copy wins, else the copy least behind;
 * so nothing is counted twice and a partition that is moving, restoring or whose instance was lost is still read from
 * a standby, and the answer says so ({@link Freshness} headers). Only when no instance that answers holds any copy
 * of a partition is the query unavailable: {@link InvalidStateStoreException} naming the partitions (503).
 */
public final class PartitionShares {
    public static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    /** Query parameter of the internal endpoints: the partitions wanted, comma-separated (absent: every partition). */
    static final String PARTITIONS_PARAM = "partitions";
    /**
     * How long a partition with no copy anywhere is looked for again before the answer is 503: when an instance is
     * lost, the standby that takes over its task is briefly neither standby nor active (closed and reopened as an
     * active, a second or two on a loaded machine).
     */
    static final java.time.Duration RETRY_FOR = java.time.Duration.ofSeconds(5);
    static final java.time.Duration RETRY_PAUSE = java.time.Duration.ofMillis(250);

    private final Supplier<List<HostInfo>> others;
    private final RemoteQueryClient remote;
    private final int partitions;

    /** The request attribute holding what the response's freshness headers state so far. */
    private static final String STATED = "complaint-streams.freshness";

    /** A partition's value as one copy gave it. */
    public record Share<V>(PartitionCopy copy, V value) {}

    /** The values of every partition, one copy each, and how current they are. */
    public record Gathered<V>(List<V> values, Freshness freshness) {
        /**
         * States the freshness on the response (headers); when the answer was already read from other stores too (a
         * report: the complaint ledger and the Ombudsman cases), the headers state all of them together.
         */
        public Gathered<V> stateOn(Context ctx) {
            Freshness before = ctx.attribute(STATED);
            Freshness stated = before == null ? freshness : before.plus(freshness);
            ctx.attribute(STATED, stated);
            stated.headers().forEach(ctx::header);
            return this;
        }
    }

    private record Candidate<V>(PartitionCopy copy, Supplier<V> value) {}

    /**
     * @param others the other instances ({@link HostInfoResolver#others()}; null: this instance only)
     * @param partitions the store's partition count (tasks of its sub-topology)
     */
    public PartitionShares(Supplier<List<HostInfo>> others, RemoteQueryClient remote, int partitions) {
        this.others = others;
        this.remote = remote;
        this.partitions = partitions;
    }

    public int partitions() {
        return partitions;
    }

    /**
     * One copy of every partition.
     *
     * @param local        reads this instance's shares (again on a retry)
     * @param internalPath the other instances' endpoint with its query (without {@code partitions=})
     * @param parse        reads a share's value from another instance's JSON
     * @param what         what is asked, for the 503's reason
     */
    public <V> Gathered<V> gather(Supplier<List<Share<V>>> local, String internalPath, Function<JsonNode, V> parse, String what) {
        long deadline = System.nanoTime() + RETRY_FOR.toNanos();
        while (true) {
            try {
                return gatherOnce(local.get(), internalPath, parse, what);
            } catch (MissingPartitions e) {
                if (System.nanoTime() + RETRY_PAUSE.toNanos() > deadline || !pause()) {
                    throw e;
                }
            }
        }
    }

    /** Waits {@link #RETRY_PAUSE}; false if interrupted. */
    static boolean pause() {
        try {
            Thread.sleep(RETRY_PAUSE.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A partition with no copy found: looked for again for {@link #RETRY_FOR} (a task between owners), then a 503. */
    static final class MissingPartitions extends InvalidStateStoreException {
        MissingPartitions(String message) {
            super(message);
        }
    }

    private <V> Gathered<V> gatherOnce(List<Share<V>> local, String internalPath, Function<JsonNode, V> parse, String what) {
        Map<Integer, Candidate<V>> best = new TreeMap<>();
        for (Share<V> s : local) {
            offer(best, new Candidate<>(s.copy(), s::value));
        }
        List<String> unanswered = new ArrayList<>();
        Set<Integer> lacking = lacking(best);
        if (!lacking.isEmpty() && others != null) {
            String path = internalPath + (internalPath.contains("?") ? "&" : "?") + PARTITIONS_PARAM + "="
                    + lacking.stream().map(String::valueOf).collect(Collectors.joining(","));
            for (HostInfo host : others.get()) {
                ask(host, path, parse, best, unanswered);
            }
        }
        List<Integer> missing = new ArrayList<>();
        for (int p = 0; p < partitions; p++) {
            if (!best.containsKey(p)) {
                missing.add(p);
            }
        }
        if (!missing.isEmpty()) {
            throw new MissingPartitions(what + ": store partitions " + missing + " of " + partitions
                    + " are held by no instance that answered" + (unanswered.isEmpty() ? "" : " (" + String.join("; ", unanswered) + ")")
                    + "; they are being assigned or restored");
        }
        List<V> values = new ArrayList<>();
        List<PartitionCopy> copies = new ArrayList<>();
        for (Candidate<V> c : best.values()) {
            values.add(c.value().get());
            copies.add(c.copy());
        }
        return new Gathered<>(values, Freshness.of(copies));
    }

    /** Partitions this instance has no running active copy of. */
    private Set<Integer> lacking(Map<Integer, ? extends Candidate<?>> best) {
        Set<Integer> out = new TreeSet<>();
        for (int p = 0; p < partitions; p++) {
            Candidate<?> c = best.get(p);
            if (c == null || !c.copy().active()) {
                out.add(p);
            }
        }
        return out;
    }

    private <V> void ask(HostInfo host, String path, Function<JsonNode, V> parse, Map<Integer, Candidate<V>> best,
                         List<String> unanswered) {
        try {
            var answer = remote.get(host, path);
            if (answer.status() != 200) {
                unanswered.add(host.host() + ":" + host.port() + " answered " + answer.status());
                return;
            }
            for (JsonNode node : JSON.readTree(answer.body()).path("copies")) {
                PartitionCopy copy = new PartitionCopy(node.path("partition").asInt(), node.path("active").asBoolean(),
                        node.path("lagRecords").asLong(-1));
                if (copy.partition() >= 0 && copy.partition() < partitions) {
                    JsonNode value = node.path("value");
                    offer(best, new Candidate<>(copy, () -> parse.apply(value)));
                }
            }
        } catch (IOException | RuntimeException e) {
            unanswered.add(host.host() + ":" + host.port() + " did not answer (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InvalidStateStoreException("interrupted while asking " + host);
        }
    }

    private static <V> void offer(Map<Integer, Candidate<V>> best, Candidate<V> candidate) {
        best.merge(candidate.copy().partition(), candidate,
                (a, b) -> PartitionCopy.better(a.copy(), b.copy()) == a.copy() ? a : b);
    }

    /** Every partition, {@code 0..partitions-1}. */
    public Set<Integer> every() {
        Set<Integer> out = new TreeSet<>();
        for (int p = 0; p < partitions; p++) {
            out.add(p);
        }
        return out;
    }

    /** The partitions a request wants ({@value #PARTITIONS_PARAM}), all of {@code 0..partitions-1} when absent. */
    public Set<Integer> wanted(Context ctx) {
        String given = ctx.queryParam(PARTITIONS_PARAM);
        if (given == null || given.isBlank()) {
            return every();
        }
        Set<Integer> out = new TreeSet<>();
        for (String p : given.split(",")) {
            try {
                out.add(Integer.parseInt(p.trim()));
            } catch (NumberFormatException e) {
                throw new io.javalin.http.BadRequestResponse(PARTITIONS_PARAM + " must be partition numbers: " + given);
            }
        }
        return out;
    }

    /** The internal endpoints' answer: {@code {"copies":[{"partition","active","lagRecords","value"}]}}. */
    public static <V> void answer(Context ctx, Collection<Share<V>> shares, Function<V, ?> toJson) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode copies = root.putArray("copies");
        for (Share<V> s : shares) {
            ObjectNode n = copies.addObject();
            n.put("partition", s.copy().partition());
            n.put("active", s.copy().active());
            n.put("lagRecords", s.copy().lagRecords());
            n.set("value", JSON.valueToTree(toJson.apply(s.value())));
        }
        ctx.contentType("application/json").result(JSON.writeValueAsString(root));
    }
}
