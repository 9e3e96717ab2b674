package io.complaintstreams.ingest;

import complaintstreams.events.ComplaintEvent;
import complaintstreams.events.ComplaintEventType;
import complaintstreams.events.ComplaintOutcome;
import complaintstreams.events.Tenure;
import io.complaintstreams.domain.validation.InputRules;

/**
 * Besides field types, checks what the contract says of each type: {@code RECEIVED} is stage 1,
 * {@code ESCALATED} is stage 2, and {@code EXTENDED} carries {@code extensionWorkingDays}; values follow
 * {@link InputRules}, the rules the topology's {@code FactValidator} applies too.
 */
final class ComplaintEventParser implements EventParser<ComplaintEvent> {
    @Override
    public ComplaintEvent parse(JsonFields f) {
        ComplaintEvent.Builder b = ComplaintEvent.newBuilder()
                .setEventId("")
                .setComplaintId(f.requiredId("complaintId"))
                .setLandlordId(f.requiredId("landlordId"))
                .setResidentId(f.requiredId("residentId"));
        ComplaintEventType type = f.requiredEnum("type", ComplaintEventType.class);
        return b.setType(type)
                .setStage(stage(f, type))
                .setOccurredAt(f.requiredInstant("occurredAt"))
                .setExtensionWorkingDays(extension(f, type))
                .setHandlerId(f.optionalId("handlerId"))
                .setOutcome(f.optionalEnum("outcome", ComplaintOutcome.class))
                .setCategory(f.optionalLabel("category"))
                .setThemes(f.optionalThemes("themes"))
                .setRemedyAmount(remedy(f))
                .setReason(f.optionalFreeText("reason"))
                .setTenure(f.optionalEnum("tenure", Tenure.class))
                .build();
    }

    private static int stage(JsonFields f, ComplaintEventType type) {
        int stage = f.requiredInt("stage");
        if (stage != 1 && stage != 2) {
            throw new ValidationException("stage", "must be 1 or 2 (got " + stage + ")");
        }
        if (type == ComplaintEventType.RECEIVED && stage != 1) {
            throw new ValidationException("stage", "must be 1 for type RECEIVED (use ESCALATED for stage 2)");
        }
        if (type == ComplaintEventType.ESCALATED && stage != 2) {
            throw new ValidationException("stage", "must be 2 for type ESCALATED");
        }
        return stage;
    }

    private static Integer extension(JsonFields f, ComplaintEventType type) {
        Integer days = f.optionalInt("extensionWorkingDays");
        if (days == null && type == ComplaintEventType.EXTENDED) {
            throw new ValidationException("extensionWorkingDays", "is required for type EXTENDED");
        }
        if (days != null) {
            JsonFields.check("extensionWorkingDays", InputRules.extensionWorkingDays(days, type == ComplaintEventType.EXTENDED));
        }
        return days;
    }

    private static Double remedy(JsonFields f) {
        Double amount = f.optionalNumber("remedyAmount");
        if (amount != null) {
            JsonFields.check("remedyAmount", InputRules.remedyAmount(amount));
        }
        return amount;
    }

    @Override
    public String key(ComplaintEvent value) {
        return value.getComplaintId();
    }
}
