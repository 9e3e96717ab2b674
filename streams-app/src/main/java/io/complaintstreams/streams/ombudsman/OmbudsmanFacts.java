package io.complaintstreams.streams.ombudsman;

import complaintstreams.events.OmbudsmanEvent;
import io.complaintstreams.domain.ombudsman.OmbudsmanFact;
import io.complaintstreams.privacy.TextSealer;
import io.complaintstreams.privacy.TextVault;
import java.util.List;

/** Avro {@code OmbudsmanEvent} to the domain's {@link OmbudsmanFact}. */
public final class OmbudsmanFacts {
    private OmbudsmanFacts() {
    }

    /** The fact with the order's wording only when in clear (a sealed wording is not opened here: {@code order} null). */
    public static OmbudsmanFact toDomain(OmbudsmanEvent e) {
        return toDomain(e, TextVault.none());
    }

    /**
     * The fact, with a sealed order wording opened through {@code vault}; {@code order} is null when it cannot be
     * opened (the resident erased, past {@code privacy.text-retention}, no master key).
     */
    public static OmbudsmanFact toDomain(OmbudsmanEvent e, TextVault vault) {
        String order = vault.textOf(e.getOrder(), e.getOrderSealed(), TextSealer.associatedData("OmbudsmanEvent", e.getEventId(), "order"))
                .orElse(null);
        return new OmbudsmanFact(e.getEventId(), e.getCaseId(), e.getComplaintId(), e.getLandlordId(), e.getResidentId(),
                e.getType().name(), e.getOccurredAt(),
                e.getFindings().stream().map(f -> new OmbudsmanFact.Finding(f.getFinding().name(), f.getIssue())).toList(),
                e.getOrderId(), order, e.getOrderDueOn(), e.getAmount());
    }

    public static List<OmbudsmanFact> toDomain(List<OmbudsmanEvent> events) {
        return toDomain(events, TextVault.none());
    }

    public static List<OmbudsmanFact> toDomain(List<OmbudsmanEvent> events, TextVault vault) {
        return events.stream().map(e -> toDomain(e, vault)).toList();
    }
}
