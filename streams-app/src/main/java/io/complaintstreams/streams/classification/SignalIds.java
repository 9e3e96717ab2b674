package io.complaintstreams.streams.classification;

import java.util.regex.Pattern;

/**
 * A signal's identity, derived from the record it classifies so that a restart, a repeated import or a replay gives
 * the same id (and the unlogged check, keyed by it, alerts once).
 *
 * <p>An {@code eventId} derived from content at ingest ({@code sha256:} and 32 hex digits) hashes every field of the
 * record, its residentId and its own id included, so it already names one record of one resident: it is the signalId
 * as it is. An {@code eventId} given by the source system is only as unique as that system makes it (a CRM export
 * numbering rows per file, two systems both using {@code 1001}); two records of different residents carrying it would
 * otherwise get one signalId and one alertId, and one resident's alert would hide the other's. Such an id is
 * qualified by the record it is on: {@code eventId@source:sourceId} (source {@code contact}, {@code service_request}
 * or {@code survey}; sourceId the contactId, requestId or surveyId), e.g. {@code 1001@contact:C-17}. The same record
 * always gives the same id.
 */
public final class SignalIds {
    private static final Pattern DERIVED = Pattern.compile("sha256:[0-9a-f]{32}");

    private SignalIds() {}

    /**
     * @param eventId the record's eventId (given or derived)
     * @param source the source's wire name: {@code contact}, {@code service_request} or {@code survey}
     * @param sourceId the record's contactId, requestId or surveyId
     * @return the signalId: {@code eventId} when derived from content, else {@code eventId@source:sourceId}
     */
    public static String of(String eventId, String source, String sourceId) {
        return DERIVED.matcher(eventId).matches() ? eventId : eventId + "@" + source + ":" + sourceId;
    }
}
