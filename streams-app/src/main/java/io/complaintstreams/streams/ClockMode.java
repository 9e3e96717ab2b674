package io.complaintstreams.streams;

import org.apache.kafka.streams.processor.PunctuationType;

/** What "today" means to the deadline clock. */
public enum ClockMode {
    /** Deadlines are dated by the wall clock: alerts fire even when no event arrives. */
    WALL,
    /** Deadlines are dated by stream time: replaying a past year raises the alerts it would have raised then. */
    EVENT;

    /** The punctuation that drives deadline checks in this mode. */
    public PunctuationType punctuationType() {
        return this == WALL ? PunctuationType.WALL_CLOCK_TIME
                : PunctuationType.STREAM_TIME;
    }
}
