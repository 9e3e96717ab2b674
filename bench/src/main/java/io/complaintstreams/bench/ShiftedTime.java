package io.complaintstreams.bench;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.kafka.common.utils.Time;

/**
 * The system clock moved by an offset that can be changed while Kafka Streams runs: lets the bench put the app's
 * wall clock just before a deadline passes (midnight in London) and time the alert the punctuation then raises with
 * no event. Only {@link #milliseconds()} is shifted (what wall-clock punctuation and
 * {@code ProcessorContext#currentSystemTimeMs} read); durations ({@link #nanoseconds()}) are the system's.
 */
final class ShiftedTime implements Time {
    private final AtomicLong offsetMs = new AtomicLong();

    /** Moves the clock so that it reads {@code epochMs} now. */
    void setNow(long epochMs) {
        offsetMs.set(epochMs - System.currentTimeMillis());
    }

    @Override
    public long milliseconds() {
        return System.currentTimeMillis() + offsetMs.get();
    }

    @Override
    public long nanoseconds() {
        return System.nanoTime();
    }

    @Override
    public void sleep(long ms) {
        Time.SYSTEM.sleep(ms);
    }

    @Override
    public void waitObject(Object obj, Supplier<Boolean> condition, long deadlineMs) throws InterruptedException {
        Time.SYSTEM.waitObject(obj, condition, deadlineMs - offsetMs.get());
    }
}
