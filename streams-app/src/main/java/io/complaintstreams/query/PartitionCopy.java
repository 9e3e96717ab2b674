package io.complaintstreams.query;

/**
 * One partition of a state store as one instance holds it.
 *
 * @param partition  the store partition (= the task's partition = the input partition of its sub-topology)
 * @param active     true for the running active copy (the one processing the input; never behind), false for a
 *                   standby replica or an active copy still restoring
 * @param lagRecords changelog records this copy had not applied at the last sample ({@link StoreLags}); 0 for a
 *                   running active copy; {@link StoreLags#UNKNOWN} (-1) when not known
 */
public record PartitionCopy(int partition, boolean active, long lagRecords) {
    /** The better of two copies of one partition: the running active, else the least behind (a known lag first). */
    public static PartitionCopy better(PartitionCopy a, PartitionCopy b) {
        if (a.active() != b.active()) {
            return a.active() ? a : b;
        }
        if ((a.lagRecords() < 0) != (b.lagRecords() < 0)) {
            return a.lagRecords() >= 0 ? a : b;
        }
        return b.lagRecords() < a.lagRecords() ? b : a;
    }

    /** The worse of two copies (the one {@link #better} does not pick): what an answer read from both can claim. */
    public static PartitionCopy worse(PartitionCopy a, PartitionCopy b) {
        return better(a, b) == a ? b : a;
    }
}
