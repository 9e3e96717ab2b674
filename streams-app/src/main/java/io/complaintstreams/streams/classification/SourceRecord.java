package io.complaintstreams.streams.classification;

import complaintstreams.events.Contact;
import complaintstreams.events.ServiceRequest;
import complaintstreams.events.Survey;
import complaintstreams.events.Tenure;
import io.complaintstreams.classifier.Source;
import io.complaintstreams.privacy.TextSealer;
import io.complaintstreams.privacy.TextVault;
import java.time.Instant;

/**
 * The part of a contact, service request or survey that classification needs, so the three sources share one
 * processor. {@code surveyScore} is null except for surveys. Sealed text is opened through the {@link TextVault};
 * text that cannot be opened any more (key erased, period expired) is null, as if the record had none.
 */
record SourceRecord(String eventId, Source source, String sourceId, String landlordId, String residentId,
                    Instant occurredAt, String text, String serviceRequestId, Tenure tenure, Integer surveyScore) {

    static SourceRecord of(Contact c, TextVault vault) {
        String text = vault.textOf(c.getText(), c.getTextSealed(), TextSealer.associatedData("Contact", c.getEventId(), "text"))
                .orElse(null);
        return new SourceRecord(c.getEventId(), Source.CONTACT, c.getContactId(), c.getLandlordId(), c.getResidentId(),
                c.getOccurredAt(), text, c.getServiceRequestId(), c.getTenure(), null);
    }

    /** A service request's text is the request itself or the note of this status change. */
    static SourceRecord of(ServiceRequest r, TextVault vault) {
        String text = vault.textOf(r.getText(), r.getTextSealed(), TextSealer.associatedData("ServiceRequest", r.getEventId(), "text"))
                .orElse(null);
        return new SourceRecord(r.getEventId(), Source.SERVICE_REQUEST, r.getRequestId(), r.getLandlordId(),
                r.getResidentId(), r.getOccurredAt(), text, r.getRequestId(), r.getTenure(), null);
    }

    static SourceRecord of(Survey s, TextVault vault) {
        String comment = vault.textOf(s.getComment(), s.getCommentSealed(), TextSealer.associatedData("Survey", s.getEventId(), "comment"))
                .orElse(null);
        return new SourceRecord(s.getEventId(), Source.SURVEY, s.getSurveyId(), s.getLandlordId(), s.getResidentId(),
                s.getOccurredAt(), comment, s.getServiceRequestId(), s.getTenure(), s.getScore());
    }

    /** This record's signalId ({@link SignalIds}): unique per record, so per resident, and the same on every replay. */
    String signalId() {
        return SignalIds.of(eventId, source.wire(), sourceId);
    }

    boolean hasText() {
        return text != null && !text.isBlank();
    }
}
