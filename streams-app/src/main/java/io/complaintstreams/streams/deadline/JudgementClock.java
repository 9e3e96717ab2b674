package io.complaintstreams.streams.deadline;

import java.time.Duration;

/**
 * The instant a wall-clock deadline clock judges its complaints by (epoch milliseconds). Normally the wall clock.
 * While the instance is being fed history, it judges by stream time instead: {@code run --demo} streaming a year of
 * history, an {@code import} of past events, or a restart with a backlog would otherwise judge each complaint at
 * today's date before the later lifecycle events of that complaint (its ACKNOWLEDGED, EXTENDED, RESPONDED) had been
 * processed, and raise ACKNOWLEDGEMENT_OVERDUE / RESPONSE_OVERDUE for deadlines that were met. Judged by stream time,
 * a deadline of the history is judged once the events up to it have been processed, as {@code --clock event} would.
 *
 * <p>"Being fed history": the last record processed since the previous check came while stream time was more than
 * {@link #HISTORY_LAG} behind the wall clock. A quiet instance (no records since the last check) always judges by the
 * wall clock, so a deadline passes with no event arriving. After a (re)start, the first check assumes a backlog if
 * stream time lags; it is one check interval late at most. Pure state, no Kafka types; one per processor (task).
 */
final class JudgementClock {
    /** Stream time further behind the wall clock than this, while records arrive, means history is being fed. */
    static final Duration HISTORY_LAG = Duration.ofDays(1);
    private boolean fedHistorySinceLastCheck = true;

    /** The instant to judge a record's complaint by, given the wall clock and the task's stream time (ms). */
    long forRecord(long wallMs, long streamMs) {
        boolean behind = behind(wallMs, streamMs);
        fedHistorySinceLastCheck = behind;
        return behind ? streamMs : wallMs;
    }

    /** The instant a (wall-clock) check of the due complaints judges by; starts a new interval between checks. */
    long forCheck(long wallMs, long streamMs) {
        boolean history = fedHistorySinceLastCheck && behind(wallMs, streamMs);
        fedHistorySinceLastCheck = false;
        return history ? streamMs : wallMs;
    }

    private static boolean behind(long wallMs, long streamMs) {
        return streamMs >= 0 && wallMs - streamMs > HISTORY_LAG.toMillis();
    }
}
