package io.complaintstreams.ingest;

import complaintstreams.events.Channel;
import complaintstreams.events.Contact;
import complaintstreams.events.Tenure;

final class ContactParser implements EventParser<Contact> {
    @Override
    public Contact parse(JsonFields f) {
        return Contact.newBuilder()
                .setEventId("")
                .setContactId(f.requiredId("contactId"))
                .setLandlordId(f.requiredId("landlordId"))
                .setResidentId(f.requiredId("residentId"))
                .setChannel(f.requiredEnum("channel", Channel.class))
                .setOccurredAt(f.requiredInstant("occurredAt"))
                .setText(f.requiredFreeText("text"))
                .setPropertyId(f.optionalId("propertyId"))
                .setServiceRequestId(f.optionalId("serviceRequestId"))
                .setRepresentative(f.optionalLabel("representative"))
                .setTenure(f.optionalEnum("tenure", Tenure.class))
                .build();
    }

    @Override
    public String key(Contact value) {
        return value.getContactId();
    }
}
