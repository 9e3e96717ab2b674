package io.complaintstreams.streams.classification;

import complaintstreams.events.Contact;
import complaintstreams.events.ServiceRequest;
import complaintstreams.events.Survey;
import complaintstreams.events.Tenure;
import io.complaintstreams.classifier.Source;
import java.time.Instant;

/**
 * The part of a contact, service request or survey that classification needs, so the three sources share one
 * processor. {@code surveyScore} is null except for surveys.
 */
record SourceRecord(String eventId, Source source, String sourceId, String landlordId, String residentId,
                    Instant occurredAt, String text, String serviceRequestId, Tenure tenure, Integer surveyScore) {

    static SourceRecord of(Contact c) {
        return new SourceRecord(c.getEventId(), Source.CONTACT, c.getContactId(), c.getLandlordId(), c.getResidentId(),
                c.getOccurredAt(), c.getText(), c.getServiceRequestId(), c.getTenure(), null);
    }

    /** A service request's text is the request itself or the note of this status change. */
    static SourceRecord of(ServiceRequest r) {
        return new SourceRecord(r.getEventId(), Source.SERVICE_REQUEST, r.getRequestId(), r.getLandlordId(),
                r.getResidentId(), r.getOccurredAt(), r.getText(), r.getRequestId(), r.getTenure(), null);
    }

    static SourceRecord of(Survey s) {
        return new SourceRecord(s.getEventId(), Source.SURVEY, s.getSurveyId(), s.getLandlordId(), s.getResidentId(),
                s.getOccurredAt(), s.getComment(), s.getServiceRequestId(), s.getTenure(), s.getScore());
    }

    boolean hasText() {
        return text != null && !text.isBlank();
    }
}
