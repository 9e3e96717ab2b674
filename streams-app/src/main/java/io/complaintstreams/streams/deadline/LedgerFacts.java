package io.complaintstreams.streams.deadline;

import complaintstreams.events.ComplaintEvent;
import complaintstreams.events.ComplaintEventType;
import complaintstreams.events.ComplaintOutcome;
import complaintstreams.events.Tenure;
import complaintstreams.state.ComplaintLedger;
import complaintstreams.state.LedgerFact;
import io.complaintstreams.domain.complaint.ComplaintFact;
import io.complaintstreams.domain.complaint.FactOrder;
import io.complaintstreams.domain.complaint.FactType;
import java.util.ArrayList;
import java.util.List;

/**
 * The mappings between the public {@code ComplaintEvent}, the ledger's stored {@link LedgerFact} and the domain's
 * {@link ComplaintFact}, in one place.
 */
public final class LedgerFacts {
    private LedgerFacts() {}

    public static LedgerFact of(ComplaintEvent e) {
        return LedgerFact.newBuilder()
                .setEventId(e.getEventId()).setType(e.getType().name()).setStage(e.getStage()).setOccurredAt(e.getOccurredAt())
                .setLandlordId(e.getLandlordId()).setResidentId(e.getResidentId())
                .setExtensionWorkingDays(e.getExtensionWorkingDays()).setHandlerId(e.getHandlerId())
                .setOutcome(e.getOutcome() == null ? null : e.getOutcome().name()).setCategory(e.getCategory())
                .setThemes(e.getThemes() == null ? List.of() : List.copyOf(e.getThemes()))
                .setRemedyAmount(e.getRemedyAmount()).setReason(e.getReason())
                .setTenure(e.getTenure() == null ? null : e.getTenure().name())
                .build();
    }

    public static ComplaintFact toDomain(String complaintId, LedgerFact f) {
        return ComplaintFact.builder(f.getEventId(), FactType.valueOf(f.getType()), f.getStage(), f.getOccurredAt())
                .complaint(complaintId, f.getLandlordId(), f.getResidentId())
                .extensionWorkingDays(f.getExtensionWorkingDays()).handlerId(f.getHandlerId()).outcome(f.getOutcome())
                .category(f.getCategory()).themes(f.getThemes() == null ? List.of() : f.getThemes())
                .remedyAmount(f.getRemedyAmount()).reason(f.getReason()).tenure(f.getTenure())
                .build();
    }

    /** The ledger's facts as domain facts, in the ledger's (canonical) order. */
    public static List<ComplaintFact> toDomain(ComplaintLedger ledger) {
        List<ComplaintFact> facts = new ArrayList<>(ledger.getFacts().size());
        for (LedgerFact f : ledger.getFacts()) {
            facts.add(toDomain(ledger.getComplaintId(), f));
        }
        return facts;
    }

    /** Where {@code fact} goes in facts already in canonical order (occurredAt, type, eventId): after every fact before it. */
    static int canonicalPosition(List<ComplaintFact> canonical, ComplaintFact fact) {
        int at = canonical.size();
        while (at > 0 && FactOrder.CANONICAL.compare(canonical.get(at - 1), fact) > 0) {
            at--;
        }
        return at;
    }

    static ComplaintEvent toEvent(String complaintId, LedgerFact f) {
        return ComplaintEvent.newBuilder().setEventId(f.getEventId()).setComplaintId(complaintId)
                .setLandlordId(f.getLandlordId()).setResidentId(f.getResidentId())
                .setType(ComplaintEventType.valueOf(f.getType())).setStage(f.getStage()).setOccurredAt(f.getOccurredAt())
                .setExtensionWorkingDays(f.getExtensionWorkingDays()).setHandlerId(f.getHandlerId())
                .setOutcome(f.getOutcome() == null ? null : ComplaintOutcome.valueOf(f.getOutcome()))
                .setCategory(f.getCategory()).setThemes(f.getThemes() == null ? List.of() : f.getThemes())
                .setRemedyAmount(f.getRemedyAmount()).setReason(f.getReason())
                .setTenure(f.getTenure() == null ? null : Tenure.valueOf(f.getTenure()))
                .build();
    }
}
