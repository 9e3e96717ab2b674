package io.complaintstreams.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import complaintstreams.events.AlertKind;
import complaintstreams.events.DeadlineAlert;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecentAlertsTest {
    private static DeadlineAlert alert(String id, AlertKind kind) {
        return DeadlineAlert.newBuilder().setAlertId(id).setKind(kind).setLandlordId("L1").setResidentId("R1")
                .setRaisedAt(Instant.EPOCH).setMessage(id).build();
    }

    @Test
    void shouldKeepDeadlineAlertsWhenAnotherKindFloodsTheFeed() {
        RecentAlerts recent = new RecentAlerts(3);
        recent.add(alert("overdue-1", AlertKind.RESPONSE_OVERDUE));
        for (int i = 0; i < 10; i++) {
            recent.add(alert("unlogged-" + i, AlertKind.POSSIBLE_UNLOGGED_COMPLAINT));
        }
        assertEquals(List.of("overdue-1"), ids(recent.newest(EnumSet.of(AlertKind.RESPONSE_OVERDUE, AlertKind.ACKNOWLEDGEMENT_OVERDUE), 10)));
        assertEquals(List.of("unlogged-9", "unlogged-8", "unlogged-7"), ids(recent.newest(Set.of(AlertKind.POSSIBLE_UNLOGGED_COMPLAINT), 10)));
    }

    @Test
    void shouldMergeKindsNewestFirstUpToTheLimit() {
        RecentAlerts recent = new RecentAlerts(5);
        recent.add(alert("a", AlertKind.RESPONSE_OVERDUE));
        recent.add(alert("b", AlertKind.POSSIBLE_UNLOGGED_COMPLAINT));
        recent.add(alert("c", AlertKind.ACKNOWLEDGEMENT_DUE_SOON));
        assertEquals(List.of("c", "b"), ids(recent.newest(Set.of(), 2)));
    }

    @Test
    void shouldLeaveOutADueSoonWhoseOverdueIsInTheFeedWhenAskedFor() {
        RecentAlerts recent = new RecentAlerts(10);
        recent.add(forComplaint("soon-C1", AlertKind.RESPONSE_DUE_SOON, "C-1", 1));
        recent.add(forComplaint("soon-C2", AlertKind.RESPONSE_DUE_SOON, "C-2", 1));
        recent.add(forComplaint("ack-soon-C1", AlertKind.ACKNOWLEDGEMENT_DUE_SOON, "C-1", 1));
        recent.add(forComplaint("soon-C1-stage2", AlertKind.RESPONSE_DUE_SOON, "C-1", 2));
        recent.add(forComplaint("overdue-C1", AlertKind.RESPONSE_OVERDUE, "C-1", 1));
        assertEquals(List.of("overdue-C1", "soon-C1-stage2", "ack-soon-C1", "soon-C2"), ids(recent.newest(Set.of(), 10, false)),
                "only stage 1's response due-soon of C-1 is replaced");
        assertEquals(5, recent.newest(Set.of(), 10, true).size(), "asked for everything, superseded ones stay");
    }

    private static DeadlineAlert forComplaint(String id, AlertKind kind, String complaintId, int stage) {
        return DeadlineAlert.newBuilder(alert(id, kind)).setComplaintId(complaintId).setStage(stage).build();
    }

    private static List<String> ids(List<DeadlineAlert> alerts) {
        return alerts.stream().map(DeadlineAlert::getAlertId).toList();
    }
}
