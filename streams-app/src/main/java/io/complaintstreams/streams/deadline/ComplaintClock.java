package io.complaintstreams.streams.deadline;

import complaintstreams.events.DeadlineAlert;
import complaintstreams.events.DeadlineState;
import io.complaintstreams.domain.complaint.ComplaintFact;
import io.complaintstreams.domain.complaint.ComplaintView;
import io.complaintstreams.streams.TopologySettings;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The bridge from the processor to the pure Code rules in the domain module. */
public interface ComplaintClock {

    /**
     * The complaint's view, its state, the alerts due as of today, and when to look again (empty: the clock has
     * stopped). Empty while the complaint's stage 1 RECEIVED has not arrived (its other facts are held).
     */
    record Evaluation(ComplaintView view, DeadlineState state, List<DeadlineAlert> alerts, Optional<LocalDate> nextCheck) {}

    Optional<String> rejectReason(List<ComplaintFact> existing, ComplaintFact incoming);

    /** @param facts the complaint's facts in canonical order, one per eventId */
    Optional<Evaluation> evaluate(String complaintId, List<ComplaintFact> facts, LocalDate today, Instant now);

    interface Factory extends java.io.Serializable {
        ComplaintClock create(TopologySettings settings);
    }
}
