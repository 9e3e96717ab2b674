package io.complaintstreams.streams.classification;

import complaintstreams.events.Channel;
import complaintstreams.events.ComplaintEvent;
import complaintstreams.events.ComplaintEventType;
import complaintstreams.events.Contact;
import complaintstreams.events.ServiceRequest;
import complaintstreams.events.ServiceRequestStatus;
import complaintstreams.events.Survey;
import complaintstreams.events.SurveyKind;
import java.time.Instant;

/** Avro input fixtures, one landlord. Texts are chosen so the default classifier's answer is unambiguous. */
final class Events {
    static final String LANDLORD = "L1";
    static final String NEUTRAL_CONTACT = "Resident asked what time the plumber will arrive on Tuesday. Advised between 8 and 12.";
    static final String DISSATISFIED_CONTACT = "Still waiting for the living room window to be fixed. Reported in August. "
            + "It's now nearly Christmas and there's a draught coming through the gap.";
    static final String DISSATISFIED_REQUEST_NOTE = "Same problem as last month. Same contractor. Same outcome. Toilet still not flushing.";
    static final String NEUTRAL_REQUEST = "Smoke alarm in the hall keeps chirping. Please replace.";
    static final String DISSATISFIED_SURVEY = "Contractors did the fire door survey and left a mess. Still no idea if our doors passed.";

    private Events() {}

    static Contact contact(String eventId, String residentId, Instant at, String text, String serviceRequestId) {
        return Contact.newBuilder().setEventId(eventId).setContactId("C-" + eventId).setLandlordId(LANDLORD)
                .setResidentId(residentId).setChannel(Channel.phone).setOccurredAt(at).setText(text)
                .setServiceRequestId(serviceRequestId).build();
    }

    static ServiceRequest request(String eventId, String requestId, String residentId, Instant at,
                                  ServiceRequestStatus status, String text) {
        return ServiceRequest.newBuilder().setEventId(eventId).setRequestId(requestId).setLandlordId(LANDLORD)
                .setResidentId(residentId).setOccurredAt(at).setStatus(status).setCategory("repairs").setText(text)
                .build();
    }

    static Survey survey(String eventId, String residentId, Instant at, int score, String comment) {
        return Survey.newBuilder().setEventId(eventId).setSurveyId("S-" + eventId).setLandlordId(LANDLORD)
                .setResidentId(residentId).setOccurredAt(at).setKind(SurveyKind.TRANSACTIONAL).setScore(score)
                .setComment(comment).build();
    }

    static ComplaintEvent received(String eventId, String complaintId, String residentId, Instant at) {
        return ComplaintEvent.newBuilder().setEventId(eventId).setComplaintId(complaintId).setLandlordId(LANDLORD)
                .setResidentId(residentId).setType(ComplaintEventType.RECEIVED).setStage(1).setOccurredAt(at).build();
    }
}
