package io.complaintstreams.ingest;

import complaintstreams.events.OmbudsmanEvent;
import complaintstreams.events.OmbudsmanEventType;
import complaintstreams.events.OmbudsmanFinding;
import complaintstreams.events.OmbudsmanFindingKind;
import io.complaintstreams.domain.validation.InputRules;

/**
 * {@code crm.ombudsman-cases} (an addition to CONTRACTS section 2): caseId, complaintId, landlordId, residentId?,
 * type ({@code REFERRED}, {@code DETERMINED}, {@code ORDER_MADE}, {@code ORDER_COMPLETED}), occurredAt, findings?
 * ({@code [{"finding": "MALADMINISTRATION", "issue": "repairs"}]}), orderId (required for the ORDER_ types), order?,
 * orderDueOn (YYYY-MM-DD, required for ORDER_MADE), amount? (pounds, as remedyAmount).
 */
final class OmbudsmanEventParser implements EventParser<OmbudsmanEvent> {
    /** At most this many findings in one determination. */
    static final int MAX_FINDINGS = 20;

    @Override
    public OmbudsmanEvent parse(JsonFields f) {
        OmbudsmanEvent.Builder b = OmbudsmanEvent.newBuilder()
                .setEventId("")
                .setCaseId(f.requiredId("caseId"))
                .setComplaintId(f.requiredId("complaintId"))
                .setLandlordId(f.requiredId("landlordId"))
                .setResidentId(f.optionalId("residentId"));
        OmbudsmanEventType type = f.requiredEnum("type", OmbudsmanEventType.class);
        if (type == OmbudsmanEventType.OTHER) {
            throw new ValidationException("type", "must be REFERRED, DETERMINED, ORDER_MADE or ORDER_COMPLETED");
        }
        b.setType(type).setOccurredAt(f.requiredInstant("occurredAt"))
                .setFindings(f.optionalObjects("findings", MAX_FINDINGS, item -> OmbudsmanFinding.newBuilder()
                        .setFinding(item.requiredEnum("finding", OmbudsmanFindingKind.class))
                        .setIssue(item.optionalLabel("issue")).build()));
        boolean order = type == OmbudsmanEventType.ORDER_MADE || type == OmbudsmanEventType.ORDER_COMPLETED;
        String orderId = f.optionalId("orderId");
        if (order && orderId == null) {
            throw new ValidationException("orderId", "is required for type " + type);
        }
        var due = f.optionalDate("orderDueOn");
        if (type == OmbudsmanEventType.ORDER_MADE && due == null) {
            throw new ValidationException("orderDueOn", "is required for type ORDER_MADE");
        }
        Double amount = f.optionalNumber("amount");
        if (amount != null) {
            JsonFields.check("amount", InputRules.remedyAmount(amount));
        }
        return b.setOrderId(orderId).setOrder(f.optionalFreeText("order")).setOrderDueOn(due).setAmount(amount).build();
    }

    @Override
    public String key(OmbudsmanEvent value) {
        return value.getComplaintId();
    }
}
