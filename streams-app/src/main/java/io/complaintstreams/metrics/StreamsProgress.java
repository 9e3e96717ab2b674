package io.complaintstreams.metrics;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Whether the topology is making progress, for {@code GET /health} and the {@code complaints_streams_healthy}
 * gauge (issue 9 section 1: health must not say UP while nothing is processed). Pure: fed with the Streams state,
 * stream-thread failures and periodic samples of the input topics' committed offsets and lag; time from
 * {@code nanoTime}. Not healthy, with a reason, when:
 * <ul>
 *   <li>Kafka Streams is not RUNNING (ERROR, PENDING_ERROR, REBALANCING, ...);</li>
 *   <li>a stream thread failed within {@code failureWindow} and no input offset has been committed since;</li>
 *   <li>input records wait (lag &gt; 0) and no input offset has been committed for {@code stallWindow}.</li>
 * </ul>
 * Thread-safe.
 */
public final class StreamsProgress {
    /** The answer: up, or down with the reason an operator can act on. */
    public record Verdict(boolean up, String reason) {
        static final Verdict UP = new Verdict(true, "processing");
    }

    private final Duration stallWindow;
    private final Duration failureWindow;
    private final LongSupplier nanos;
    private final Deque<Long> failures = new ArrayDeque<>();
    private String lastFailure;
    private long committed = -1;
    private long lag;
    private long lastProgressNanos;

    public StreamsProgress(Duration stallWindow, Duration failureWindow, LongSupplier nanos) {
        this.stallWindow = stallWindow;
        this.failureWindow = failureWindow;
        this.nanos = nanos;
        this.lastProgressNanos = nanos.getAsLong();
    }

    /** Defaults: stalled after 60 s without a commit while records wait; a thread failure counts for 60 s. */
    public static StreamsProgress standard() {
        return new StreamsProgress(Duration.ofSeconds(60), Duration.ofSeconds(60), System::nanoTime);
    }

    /** A stream thread died (it is being replaced). */
    public synchronized void threadFailed(Throwable e) {
        failures.addLast(nanos.getAsLong());
        lastFailure = e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    /**
     * A sample of the input topics: the sum of the application's committed offsets and the records waiting beyond
     * them. A higher committed sum is progress.
     */
    public synchronized void sample(long committedSum, long waiting) {
        if (committedSum > committed) {
            if (committed >= 0) {
                lastProgressNanos = nanos.getAsLong();
            }
            committed = committedSum;
        }
        if (waiting == 0) {
            lastProgressNanos = nanos.getAsLong();
        }
        lag = waiting;
    }

    public synchronized Verdict verdict(KafkaStreams.State state) {
        long now = nanos.getAsLong();
        if (state != KafkaStreams.State.RUNNING) {
            return new Verdict(false, "Kafka Streams is " + state
                    + (state == KafkaStreams.State.ERROR || state == KafkaStreams.State.PENDING_ERROR ? ": every stream thread died" : ""));
        }
        while (!failures.isEmpty() && now - failures.peekFirst() > failureWindow.toNanos()) {
            failures.removeFirst();
        }
        Optional<Long> latestFailure = Optional.ofNullable(failures.peekLast());
        if (latestFailure.isPresent() && lastProgressNanos <= latestFailure.get()) {
            return new Verdict(false, "stream thread failed " + failures.size() + " time(s) in the last "
                    + failureWindow.toSeconds() + " s and nothing was committed since (last: " + lastFailure + ")");
        }
        if (lag > 0 && now - lastProgressNanos >= stallWindow.toNanos()) {
            return new Verdict(false, lag + " input records waiting and no input offset committed for "
                    + Duration.ofNanos(now - lastProgressNanos).toSeconds() + " s");
        }
        return Verdict.UP;
    }

    public synchronized long waiting() {
        return lag;
    }
}
