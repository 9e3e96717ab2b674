package io.complaintstreams.streams.deadline;

import java.util.Map;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The complaint events a wall-clock instance found waiting when it started: its history. Per partition of
 * {@code crm.complaint-events}, the offset of the last committed record in the topic at start-up ({@link #lastOffset});
 * captured once per instance start, before Kafka Streams starts, and only when no other member of the application's
 * group was running then (an instance joining a running cluster takes over live traffic, not history).
 *
 * <p>A task of the deadline clock whose partition still has history to process when it is initialised (the group's
 * committed offset is at or before that last offset, {@link Positions}) judges those records by its stream time, as
 * {@code --clock event} does, checking the due complaints each time stream time reaches a new date; its wall-clock
 * checks wait. From the record after its last history record on, it judges by the wall clock again, and its first
 * wall-clock check raises what is then overdue. The judgement of a record depends only on its offset, so it does
 * not depend on how fast records arrive or which instance processes them.
 *
 * <p>{@link #none()} (the default, and always with {@code --clock event}): nothing is history.
 */
public final class StartupHistory {
    private static final Logger LOG = LoggerFactory.getLogger(StartupHistory.class);
    private static final StartupHistory NONE = new StartupHistory(Map.of(), partition -> OptionalLong.empty());

    /** Where a task of a complaint-events partition resumes: the group's committed offset, empty if none (earliest). */
    @FunctionalInterface
    public interface Positions {
        OptionalLong committed(int partition);
    }

    private final Map<Integer, Long> lastOffsets;
    private final Positions positions;

    private StartupHistory(Map<Integer, Long> lastOffsets, Positions positions) {
        this.lastOffsets = Map.copyOf(lastOffsets);
        this.positions = positions;
    }

    public static StartupHistory none() {
        return NONE;
    }

    /**
     * @param lastOffsetByPartition per partition of {@code crm.complaint-events}, the offset of the last record there at
     *                              start-up (partitions without records left out)
     * @param positions             the group's committed offsets, read when a task is initialised
     */
    public static StartupHistory of(Map<Integer, Long> lastOffsetByPartition, Positions positions) {
        return lastOffsetByPartition.isEmpty() ? NONE : new StartupHistory(lastOffsetByPartition, positions);
    }

    /** The offset of the partition's last history record, or -1 if it has none. */
    public long lastOffset(int partition) {
        return lastOffsets.getOrDefault(partition, -1L);
    }

    public boolean isEmpty() {
        return lastOffsets.isEmpty();
    }

    /**
     * The offset of the last history record a task of the partition initialised now still has to process, or -1 when
     * it has none (no history, or the group has already committed past it). If the committed offset cannot be read
     * the history is taken as processed: the task then judges by the wall clock, as without this rule.
     */
    long remainingFor(int partition) {
        long last = lastOffset(partition);
        if (last < 0) {
            return -1;
        }
        try {
            return positions.committed(partition).orElse(0L) <= last ? last : -1;
        } catch (RuntimeException e) {
            LOG.warn("Committed offset of complaint-events partition {} not read ({}): its history is judged by the wall clock",
                    partition, e.toString());
            return -1;
        }
    }

    @Override
    public String toString() {
        return "StartupHistory" + lastOffsets;
    }
}
