package io.complaintstreams.domain.complaint;

import java.time.LocalDate;

/** What the canonical facts say about one stage (internal accumulator, filled in canonical order). */
final class StageFacts {
    final int stage;
    LocalDate received;
    LocalDate acknowledged;
    int extension;
    LocalDate responded;
    FactType endedBy;
    LocalDate endedOn;
    String handlerId;
    String outcome;

    StageFacts(int stage) {
        this.stage = stage;
    }

    void accept(ComplaintFact fact) {
        if (fact.handlerId() != null) {
            handlerId = fact.handlerId();
        }
        switch (fact.type()) {
            case RECEIVED, ESCALATED -> received = received == null ? fact.date() : received;
            case ACKNOWLEDGED -> acknowledged = acknowledged == null ? fact.date() : acknowledged;
            case EXTENDED -> extension += Math.max(0, fact.extensionWorkingDays() == null ? 0 : fact.extensionWorkingDays());
            case RESPONDED -> {
                responded = responded == null ? fact.date() : responded;
                outcome = fact.outcome() != null ? fact.outcome() : outcome;
                end(fact);
            }
            case REFUSED, WITHDRAWN, CLOSED -> end(fact);
        }
    }

    private void end(ComplaintFact fact) {
        if (endedBy == null) {
            endedBy = fact.type();
            endedOn = fact.date();
        }
    }
}
