package io.complaintstreams.metrics;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.errors.InvalidTimestampException;
import org.apache.kafka.streams.KafkaStreams.State;
import org.junit.jupiter.api.Test;

/** /health must not say UP while the topology makes no progress (issue 9 section 1). Time is a fake clock. */
class StreamsProgressTest {
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final StreamsProgress progress = new StreamsProgress(Duration.ofSeconds(60), Duration.ofSeconds(60), nanos::get);

    private void pass(Duration d) {
        nanos.addAndGet(d.toNanos());
    }

    @Test
    void shouldBeUpWhileRunningAndCaughtUp() {
        progress.sample(100, 0);
        pass(Duration.ofMinutes(10));
        progress.sample(100, 0);
        assertTrue(progress.verdict(State.RUNNING).up());
    }

    @Test
    void shouldBeDownInErrorAndPendingErrorWithTheReason() {
        var error = progress.verdict(State.ERROR);
        assertFalse(error.up());
        assertTrue(error.reason().contains("ERROR"), error.reason());
        assertFalse(progress.verdict(State.PENDING_ERROR).up());
        assertFalse(progress.verdict(State.REBALANCING).up());
    }

    @Test
    void shouldBeDownWhileAThreadIsReplacedOnTheSameRecordAndUpOnceCommitsResume() {
        progress.sample(100, 1);
        progress.threadFailed(new InvalidTimestampException("Timestamp of message is out of range"));
        pass(Duration.ofSeconds(10));
        progress.sample(100, 1);
        progress.threadFailed(new InvalidTimestampException("Timestamp of message is out of range"));
        var verdict = progress.verdict(State.RUNNING);
        assertFalse(verdict.up());
        assertTrue(verdict.reason().contains("stream thread failed 2 time(s)"), verdict.reason());
        assertTrue(verdict.reason().contains("InvalidTimestampException"), verdict.reason());

        pass(Duration.ofSeconds(5));
        progress.sample(101, 0);
        assertTrue(progress.verdict(State.RUNNING).up(), "a commit after the failure is progress");
    }

    @Test
    void shouldBeDownWhenRecordsWaitAndNothingIsCommittedForTheStallWindow() {
        progress.sample(100, 5);
        pass(Duration.ofSeconds(59));
        progress.sample(100, 5);
        assertTrue(progress.verdict(State.RUNNING).up(), "not yet a stall");
        pass(Duration.ofSeconds(2));
        progress.sample(100, 7);
        var verdict = progress.verdict(State.RUNNING);
        assertFalse(verdict.up());
        assertTrue(verdict.reason().startsWith("7 input records waiting and no input offset committed for 61 s"), verdict.reason());
        progress.sample(107, 0);
        assertTrue(progress.verdict(State.RUNNING).up());
    }

    @Test
    void shouldForgetAFailureOlderThanTheWindowOnceCaughtUp() {
        progress.threadFailed(new IllegalStateException("x"));
        pass(Duration.ofSeconds(61));
        progress.sample(0, 0);
        assertTrue(progress.verdict(State.RUNNING).up());
    }
}
