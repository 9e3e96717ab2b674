package io.complaintstreams.ingest;

import complaintstreams.events.ServiceRequest;
import complaintstreams.events.ServiceRequestStatus;
import complaintstreams.events.Tenure;
import java.time.LocalDate;
import java.time.ZoneId;

final class ServiceRequestParser implements EventParser<ServiceRequest> {
    private static final ZoneId LANDLORD_ZONE = ZoneId.of("Europe/London");

    /**
     * @throws ValidationException naming the field; among others, {@code dueAt} dated before the day an OPEN record
     *     opens the request ({@code occurredAt}): a target cannot come before the request (the ledger also refuses a
     *     later change whose dueAt is before the request's first record)
     */
    @Override
    public ServiceRequest parse(JsonFields f) {
        ServiceRequest r = build(f);
        if (r.getStatus() == ServiceRequestStatus.OPEN && r.getDueAt() != null
                && LocalDate.ofInstant(r.getDueAt(), LANDLORD_ZONE).isBefore(LocalDate.ofInstant(r.getOccurredAt(), LANDLORD_ZONE))) {
            throw new ValidationException("dueAt", r.getDueAt() + " is before the request was opened (occurredAt "
                    + r.getOccurredAt() + ")");
        }
        return r;
    }

    private static ServiceRequest build(JsonFields f) {
        return ServiceRequest.newBuilder()
                .setEventId("")
                .setRequestId(f.requiredId("requestId"))
                .setLandlordId(f.requiredId("landlordId"))
                .setResidentId(f.requiredId("residentId"))
                .setOccurredAt(f.requiredInstant("occurredAt"))
                .setStatus(f.requiredEnum("status", ServiceRequestStatus.class))
                .setCategory(f.requiredLabel("category"))
                .setText(f.optionalFreeText("text"))
                .setPropertyId(f.optionalId("propertyId"))
                .setPriority(f.optionalLabel("priority"))
                .setDueAt(f.optionalTargetInstant("dueAt"))
                .setTenure(f.optionalEnum("tenure", Tenure.class))
                .build();
    }

    @Override
    public String key(ServiceRequest value) {
        return value.getRequestId();
    }
}
