package io.complaintstreams.reporting;

import io.complaintstreams.domain.complaint.ComplaintFact;
import io.complaintstreams.domain.complaint.StageView;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One complaint as the reports see it: its stage views from the domain's lifecycle (stage 1 null when its receipt
 * was never seen, stage 2 null before escalation), its canonical facts (ordered, one per eventId) and the Code
 * edition that judged it ({@code code}: {@code 2022} or {@code 2024}, by the date it was received).
 */
public record ComplaintRecord(String complaintId, String landlordId, String tenure, StageView stage1, StageView stage2,
                              String category, List<String> themes, List<ComplaintFact> facts, String code) {
    public ComplaintRecord {
        themes = List.copyOf(themes);
        facts = List.copyOf(facts);
    }

    /** The stage 1 RECEIVED date (the earliest), or null. */
    public LocalDate stage1ReceivedOn() {
        return stage1 == null ? null : stage1.receivedOn();
    }

    /** The ESCALATED date (stage 2 request received, the earliest), or null. */
    public LocalDate escalatedOn() {
        return stage2 == null ? null : stage2.receivedOn();
    }

    /** When the complaint was first received: stage 1 receipt, else the escalation (stage 1 unseen). */
    public LocalDate firstReceivedOn() {
        return stage1ReceivedOn() != null ? stage1ReceivedOn() : escalatedOn();
    }

    public Optional<StageView> stage(int stage) {
        return Optional.ofNullable(stage == 1 ? stage1 : stage2);
    }
}
