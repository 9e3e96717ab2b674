package io.complaintstreams.privacy;

import complaintstreams.events.AlertResolution;
import complaintstreams.events.Contact;
import complaintstreams.events.OmbudsmanEvent;
import complaintstreams.events.SealedText;
import complaintstreams.events.ServiceRequest;
import complaintstreams.events.Survey;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;

/**
 * Encrypts the free text of input records before they reach a topic: a contact's {@code text} and
 * {@code representative}, a service request's {@code text}, a survey's {@code comment}. The clear field is emptied
 * ({@code text} of a contact becomes "" because the schema requires a string; the others null) and the ciphertext goes
 * in the matching {@code ...Sealed} field. Associated data: {@code Record/eventId/field}. An officer's resolution
 * with a resident has its {@code note} sealed the same way ({@code AlertResolution/resolutionId/note}, the month of
 * {@code resolvedAt}), and so has an Ombudsman order with a resident its {@code order} wording
 * ({@code OmbudsmanEvent/eventId/order}). Records already sealed, and complaint events (no free text beyond a refusal reason, which the
 * annual report groups), pass unchanged.
 */
public final class TextSealer {
    private final DataKeys keys;

    public TextSealer(DataKeys keys) {
        this.keys = keys;
    }

    /** One publish batch: records of the same resident and month share one key; new keys are listed to publish. */
    public Batch batch() {
        return new Batch();
    }

    /** The associated data of one sealed field. */
    public static String associatedData(String record, String eventId, String field) {
        return record + "/" + eventId + "/" + field;
    }

    public final class Batch {
        private final Map<String, DataKeys.Issued> used = new LinkedHashMap<>();

        /** The record with its free text sealed (the same object when there is nothing to seal). */
        public SpecificRecord seal(SpecificRecord value) {
            if (value instanceof Contact c && c.getTextSealed() == null) {
                Contact.Builder b = Contact.newBuilder(c);
                if (c.getText() != null && !c.getText().isEmpty()) {
                    b.setTextSealed(sealed(c.getResidentId(), c.getOccurredAt(), c.getText(), associatedData("Contact", c.getEventId(), "text")))
                            .setText("");
                }
                if (c.getRepresentative() != null && c.getRepresentativeSealed() == null) {
                    b.setRepresentativeSealed(sealed(c.getResidentId(), c.getOccurredAt(), c.getRepresentative(),
                            associatedData("Contact", c.getEventId(), "representative"))).setRepresentative(null);
                }
                return b.build();
            }
            if (value instanceof ServiceRequest r && r.getText() != null && r.getTextSealed() == null) {
                return ServiceRequest.newBuilder(r).setText(null).setTextSealed(sealed(r.getResidentId(), r.getOccurredAt(),
                        r.getText(), associatedData("ServiceRequest", r.getEventId(), "text"))).build();
            }
            if (value instanceof Survey s && s.getComment() != null && s.getCommentSealed() == null) {
                return Survey.newBuilder(s).setComment(null).setCommentSealed(sealed(s.getResidentId(), s.getOccurredAt(),
                        s.getComment(), associatedData("Survey", s.getEventId(), "comment"))).build();
            }
            if (value instanceof AlertResolution r && r.getNote() != null && r.getResidentId() != null && r.getNoteSealed() == null) {
                return AlertResolution.newBuilder(r).setNote(null).setNoteSealed(sealed(r.getResidentId(), r.getResolvedAt(),
                        r.getNote(), associatedData("AlertResolution", r.getResolutionId(), "note"))).build();
            }
            if (value instanceof OmbudsmanEvent e && e.getOrder() != null && e.getResidentId() != null && e.getOrderSealed() == null) {
                return OmbudsmanEvent.newBuilder(e).setOrder(null).setOrderSealed(sealed(e.getResidentId(), e.getOccurredAt(),
                        e.getOrder(), associatedData("OmbudsmanEvent", e.getEventId(), "order"))).build();
            }
            return value;
        }

        /**
         * Seals any text of a resident under the resident's data key of the month of {@code occurredAt}.
         *
         * @param aad the associated data ({@link #associatedData}); the reader must give the same
         */
        public SealedText sealText(String residentId, Instant occurredAt, String text, String aad) {
            return sealed(residentId, occurredAt, text, aad);
        }

        private SealedText sealed(String residentId, Instant occurredAt, String text, String aad) {
            YearMonth period = KeyIds.periodOf(occurredAt);
            DataKeys.Issued key = used.computeIfAbsent(residentId + "\u0000" + period, slot -> keys.keyFor(residentId, period));
            byte[] cipher = AesGcm.seal(key.key(), text.getBytes(StandardCharsets.UTF_8), aad);
            return SealedText.newBuilder().setKeyId(key.keyId()).setCipher(ByteBuffer.wrap(cipher)).build();
        }

        /** Keys made for this batch: publish them in the batch's transaction. */
        public List<complaintstreams.privacy.ResidentKey> newKeys() {
            List<complaintstreams.privacy.ResidentKey> out = new ArrayList<>();
            used.values().forEach(k -> {
                if (k.record() != null) {
                    out.add(k.record());
                }
            });
            return out;
        }

        /** The batch's transaction committed: its new keys may be reused by later batches. */
        public void committed() {
            used.values().forEach(keys::confirm);
        }
    }
}
