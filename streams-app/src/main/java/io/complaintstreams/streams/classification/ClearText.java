package io.complaintstreams.streams.classification;

import complaintstreams.events.Contact;
import complaintstreams.events.ServiceRequest;
import complaintstreams.events.Survey;

/** Whether an input record carries residents' free text in clear (not sealed at ingest). */
final class ClearText {
    private ClearText() {}

    static boolean in(Object value) {
        if (value instanceof Contact c) {
            return (c.getText() != null && !c.getText().isEmpty()) || c.getRepresentative() != null;
        }
        if (value instanceof ServiceRequest r) {
            return r.getText() != null && !r.getText().isEmpty();
        }
        if (value instanceof Survey s) {
            return s.getComment() != null && !s.getComment().isEmpty();
        }
        return false;
    }
}
