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
        AggregationPart aggregation = new AggregationPart();
        // aggregation adds the period stores before the ledger (deadline clock) connects to them
        return List.of(
                new ClassificationPart(),
                aggregation,
                new DeadlineClockPart(CodeComplaintClock.factory(), aggregation.ledgerListener()));
    }
}
