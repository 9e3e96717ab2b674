package io.complaintstreams.streams;

/** What "today" means to the deadline clock. */
public enum ClockMode {
    /** Deadlines are dated by the wall clock: alerts fire even when no event arrives. */
    WALL,
    /** Deadlines are dated by stream time: replaying a past year raises the alerts it would have raised then. */
    EVENT
}
