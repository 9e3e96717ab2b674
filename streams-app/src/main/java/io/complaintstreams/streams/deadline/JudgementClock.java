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
 * <p>"Being fed history", decided at each check for the interval up to the next: records arrived since the previous
 * check, the last of them while stream time lagged, stream time is more than {@link #HISTORY_LAG} behind the wall clock, and stream time moved on more than
 * {@link #FAST_FORWARD} times as fast as the wall clock since the previous check (history is replayed in fast forward:
 * a year in minutes). A check with no records since the previous one judges by the wall clock, so a deadline passes
 * with no event arriving; the records after such a quiet spell that lag stream time are taken for history until the
 * next check decides (so an import's first complaints are not judged before their later events). Backdated records
 * arriving at the wall clock's own pace (a complaint logged late, a CRM sending yesterday's records) are thus judged
 * by the wall clock from the first check after they start, at most one check interval late. After a (re)start the
 * same holds. Pure state, no Kafka types; one per processor (task).
 */
final class JudgementClock {
    /** Stream time further behind the wall clock than this, while records arrive, may mean history is being fed. */
    static final Duration HISTORY_LAG = Duration.ofDays(1);
    /** History replays move stream time on more than this many times as fast as the wall clock. */
    static final int FAST_FORWARD = 2;
    /** Whether records that lag stream time are judged by stream time until the next check. */
    private boolean history = true;
    private boolean recordsSinceCheck;
    /** Whether the last record since the previous check came while stream time lagged. */
    private boolean lastRecordBehind;
    private long checkWallMs = -1;
    private long checkStreamMs = -1;

    /** The instant to judge a record's complaint by, given the wall clock and the task's stream time (ms). */
    long forRecord(long wallMs, long streamMs) {
        recordsSinceCheck = true;
        lastRecordBehind = behind(wallMs, streamMs);
        return history && lastRecordBehind ? streamMs : wallMs;
    }

    /** The instant a (wall-clock) check of the due complaints judges by; decides the mode until the next check. */
    long forCheck(long wallMs, long streamMs) {
        boolean fastForward = checkStreamMs < 0 || streamMs - checkStreamMs > FAST_FORWARD * (wallMs - checkWallMs);
        boolean fedHistory = recordsSinceCheck && lastRecordBehind && behind(wallMs, streamMs) && fastForward;
        history = fedHistory || !recordsSinceCheck; // after a quiet spell: undecided until the next check
        recordsSinceCheck = false;
        checkWallMs = wallMs;
        checkStreamMs = streamMs;
        return fedHistory ? streamMs : wallMs;
    }

    private static boolean behind(long wallMs, long streamMs) {
        return streamMs >= 0 && wallMs - streamMs > HISTORY_LAG.toMillis();
    }
}
