package io.complaintstreams.streams;

import io.complaintstreams.streams.aggregation.AggregationPart;
import io.complaintstreams.streams.classification.ClassificationPart;
import io.complaintstreams.streams.deadline.CodeComplaintClock;
import io.complaintstreams.streams.deadline.DeadlineClockPart;
import java.util.List;

/** The capabilities that make up the production topology, in wiring order. */
public final class TopologyParts {
    private TopologyParts() {}

    public static List<TopologyPart> all() {
        return List.of(
                new ClassificationPart(),
                new DeadlineClockPart(CodeComplaintClock.factory()),
                new AggregationPart());
    }
}
