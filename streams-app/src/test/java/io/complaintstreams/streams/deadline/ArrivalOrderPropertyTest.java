package io.complaintstreams.streams.deadline;

import static complaintstreams.events.ComplaintEventType.ACKNOWLEDGED;
import static complaintstreams.events.ComplaintEventType.ESCALATED;
import static complaintstreams.events.ComplaintEventType.EXTENDED;
import static complaintstreams.events.ComplaintEventType.RECEIVED;
import static complaintstreams.events.ComplaintEventType.RESPONDED;
import static io.complaintstreams.streams.deadline.DeadlineDriver.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import complaintstreams.events.ComplaintEvent;
import complaintstreams.events.DeadlineState;
import io.complaintstreams.streams.ClockMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** A complaint's final state and alerts do not depend on the order its events arrive in, nor on duplicates. */
class ArrivalOrderPropertyTest {
    private static final List<ComplaintEvent> LIFE = List.of(
            event("P1", RECEIVED, 1, "2025-04-01T09:00:00Z").build(),
            event("P1", ACKNOWLEDGED, 1, "2025-04-03T09:00:00Z").setHandlerId("H1").build(),
            event("P1", EXTENDED, 1, "2025-04-10T09:00:00Z").setExtensionWorkingDays(12).build(),
            event("P1", RESPONDED, 1, "2025-05-02T09:00:00Z").setHandlerId("H1").build(),
            event("P1", ESCALATED, 2, "2025-05-06T09:00:00Z").build(),
            event("P1", ACKNOWLEDGED, 2, "2025-05-14T09:00:00Z").setHandlerId("H1").build());

    @Property(tries = 40)
    void shouldReachTheSameStateWhateverTheArrivalOrder(@ForAll("shuffles") List<Integer> order,
                                                        @ForAll @IntRange(min = 0, max = 5) int duplicated) {
        List<ComplaintEvent> arrivals = new ArrayList<>();
        order.forEach(i -> arrivals.add(LIFE.get(i)));
        arrivals.add(LIFE.get(duplicated));
        Outcome inOrder = outcome(LIFE);
        Outcome shuffled = outcome(arrivals);
        assertEquals(inOrder.state(), shuffled.state());
        // Alerts are raised when a condition is observed, so a backlog processed in order at today's wall clock may
        // also raise alerts for intermediate states; the ones the final state warrants are raised whatever the order.
        assertTrue(shuffled.alerts().containsAll(FINAL_STATE_ALERTS), shuffled.alerts().toString());
        assertTrue(inOrder.alerts().containsAll(FINAL_STATE_ALERTS), inOrder.alerts().toString());
    }

    private static final List<String> FINAL_STATE_ALERTS =
            List.of("1:EXTENSION_BEYOND_CODE", "2:STAGE2_SAME_HANDLER");

    private record Outcome(String state, List<String> alerts) {}

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<List<Integer>> shuffles() {
        return net.jqwik.api.Arbitraries.shuffle(0, 1, 2, 3, 4, 5);
    }

    private static Outcome outcome(List<ComplaintEvent> arrivals) {
        try (var d = new DeadlineDriver(ClockMode.WALL)) {
            d.wallClockAt("2025-05-20");
            arrivals.forEach(d::pipe);
            DeadlineState state = d.stateStore().get("P1");
            state.setUpdatedAt(Instant.EPOCH);
            List<String> kinds = d.alertKinds().stream().sorted().toList();
            return new Outcome(state.toString(), kinds);
        }
    }
}
