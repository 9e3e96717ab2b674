package io.complaintstreams.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import complaintstreams.events.AlertResolution;
import complaintstreams.events.AlertResolutionKind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResolutionLabelsTest {
    @Test
    void shouldLabelByTheFirstResolutionOfEachItemWhateverTheOrderTheyArrive() {
        var labels = ResolutionLabels.of(List.of(
                resolution("r2", "item-1", AlertResolutionKind.NOT_DISSATISFIED, 2_000, "e1"),
                resolution("r1", "item-1", AlertResolutionKind.COMPLAINT_LOGGED, 1_000, "e1", "e2"),
                resolution("r3", "item-2", AlertResolutionKind.OFFERED_DECLINED, 3_000, "e2", "e3"),
                resolution("r4", "item-3", AlertResolutionKind.DUPLICATE, 4_000, "e4"),
                resolution("r5", "item-4", AlertResolutionKind.NOT_DISSATISFIED, 5_000, "e5")));
        assertEquals(List.of("e1", "e2", "e3", "e5"), List.copyOf(labels.bySignal().keySet()));
        assertEquals(AlertResolutionKind.COMPLAINT_LOGGED, labels.bySignal().get("e1").kind(), "the earlier resolution counts");
        assertEquals(AlertResolutionKind.COMPLAINT_LOGGED, labels.bySignal().get("e2").kind(), "a record in two items: the first");
        assertEquals(true, labels.bySignal().get("e3").dissatisfied());
        assertEquals(false, labels.bySignal().get("e5").dissatisfied());
        assertEquals(1, labels.duplicates());
        assertEquals(1, labels.repeats());
        assertEquals(5, labels.resolutions());
        assertEquals(1, labels.namedAgain(), "e2, named again by item-2, is counted once more: r1, r3 and r5 name 5 ids, 4 labelled");
    }

    private static AlertResolution resolution(String id, String item, AlertResolutionKind kind, long at, String... signals) {
        return AlertResolution.newBuilder().setResolutionId(id).setAlertId(item).setItemId(item).setResolution(kind).setBy("Sam")
                .setResolvedAt(Instant.ofEpochMilli(at)).setResidentId("R1").setSignalIds(List.of(signals)).build();
    }
}
