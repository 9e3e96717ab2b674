package io.complaintstreams.query;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How current an interactive-query answer is, from the partition copies that made it, stated in three response
 * headers (CONTRACTS section 5, additions):
 * <ul>
 *   <li>{@value #STALE}: {@code false} when every partition was read from its running active copy; {@code true}
 *       when at least one came from a standby replica or an active copy still restoring (during a rebalance or
 *       after an instance was lost), which may be behind;</li>
 *   <li>{@value #LAG_RECORDS}: the changelog records those copies had not yet applied, summed (0 when current;
 *       {@code unknown} when a copy's lag was not known), as sampled in the last second or so;</li>
 *   <li>{@value #STALE_PARTITIONS}: the store partitions read from such copies, comma-separated (empty when current).</li>
 * </ul>
 */
public record Freshness(List<PartitionCopy> copies) {
    public static final String STALE = "Complaint-Streams-Stale";
    public static final String LAG_RECORDS = "Complaint-Streams-Lag-Records";
    public static final String STALE_PARTITIONS = "Complaint-Streams-Stale-Partitions";

    public Freshness {
        copies = List.copyOf(copies);
    }

    public static Freshness of(Collection<PartitionCopy> copies) {
        return new Freshness(List.copyOf(copies));
    }

    /**
     * The freshness of an answer read from both: every copy of this one and of {@code other} (e.g. the complaint ledger
     * and the Ombudsman cases of one report). A partition stale in either is listed once.
     */
    public Freshness plus(Freshness other) {
        List<PartitionCopy> both = new java.util.ArrayList<>(copies);
        both.addAll(other.copies);
        return new Freshness(both);
    }

    public boolean stale() {
        return copies.stream().anyMatch(c -> !c.active());
    }

    /** Summed lag of the copies read, or {@link StoreLags#UNKNOWN} when any is unknown. */
    public long lagRecords() {
        long sum = 0;
        for (PartitionCopy c : copies) {
            if (c.lagRecords() < 0) {
                return StoreLags.UNKNOWN;
            }
            sum += c.lagRecords();
        }
        return sum;
    }

    public List<Integer> stalePartitions() {
        return copies.stream().filter(c -> !c.active()).map(PartitionCopy::partition).distinct().sorted().toList();
    }

    /** The three headers, in order. */
    public Map<String, String> headers() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put(STALE, Boolean.toString(stale()));
        long lag = lagRecords();
        h.put(LAG_RECORDS, lag < 0 ? "unknown" : Long.toString(lag));
        h.put(STALE_PARTITIONS, stalePartitions().stream().map(String::valueOf).collect(Collectors.joining(",")));
        return h;
    }
}
