package io.complaintstreams.ingest;

import complaintstreams.events.ServiceRequest;
import complaintstreams.events.ServiceRequestStatus;
import complaintstreams.events.Tenure;

final class ServiceRequestParser implements EventParser<ServiceRequest> {
    @Override
    public ServiceRequest parse(JsonFields f) {
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
