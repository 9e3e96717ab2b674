package io.complaintstreams.api.officer;

import complaintstreams.state.UnloggedEvidence;
import complaintstreams.state.UnloggedItem;
import io.complaintstreams.privacy.TextSealer;
import io.complaintstreams.privacy.TextVault;
import io.complaintstreams.query.UnloggedItemsQuery.ResidentItem;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An officer's grouped possible-unlogged-complaint item as a JSON/CSV row. {@code status} is OPEN or CLOSED;
 * {@code ageDays} counts calendar days from the first dissatisfaction to today (Europe/London); {@code confidence} is the
 * highest P(dissatisfied) of its evidence. The officer's list is ordered by {@link #PRIORITY}: confidence, highest
 * first, then the oldest first.
 */
final class UnloggedItemRows {
    static final List<String> CSV_COLUMNS = List.of("itemId", "status", "residentId", "landlordId", "theme", "confidence",
            "firstDissatisfiedOn", "ageDays", "evidenceCount", "lastEvidenceAt", "closedAt", "closedBy",
            "closingComplaintId", "resolvedBy", "resolutionNote", "resolutionNoteErased");

    static final Comparator<Map<String, Object>> PRIORITY = Comparator
            .comparing((Map<String, Object> r) -> -((Number) r.get("confidence")).doubleValue())
            .thenComparing(r -> (String) r.get("firstDissatisfiedOn"))
            .thenComparing(r -> (String) r.get("itemId"));

    private UnloggedItemRows() {}

    /**
     * @param notes opens an officer's sealed note; a note it cannot open (the resident erased, or past
     *              {@code privacy.text-retention}) is shown as {@code resolutionNote: null, resolutionNoteErased: true}
     */
    static Map<String, Object> row(ResidentItem ri, LocalDate today, TextVault notes) {
        UnloggedItem item = ri.item();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("itemId", item.getItemId());
        m.put("status", item.getOpen() ? "OPEN" : "CLOSED");
        m.put("residentId", ri.residentId());
        m.put("landlordId", item.getLandlordId());
        m.put("theme", item.getTheme());
        m.put("confidence", Math.round(item.getConfidence() * 1000) / 1000.0);
        m.put("firstDissatisfiedOn", item.getFirstDissatisfiedOn().toString());
        m.put("ageDays", ChronoUnit.DAYS.between(item.getFirstDissatisfiedOn(), today));
        m.put("evidenceCount", item.getEvidence().size());
        m.put("lastEvidenceAt", item.getLastEvidenceAt().toString());
        m.put("closedAt", item.getClosedAt() == null ? null : item.getClosedAt().toString());
        m.put("closedBy", item.getClosedBy());
        m.put("closingComplaintId", item.getClosingComplaintId());
        m.put("resolvedBy", item.getResolvedBy());
        String note = item.getResolutionNote();
        boolean erased = item.getResolutionNoteErased();
        if (note == null && item.getResolutionNoteSealed() != null) {
            note = notes.open(item.getResolutionNoteSealed(), noteAssociatedData(item)).orElse(null);
            erased = note == null;
        }
        m.put("resolutionNote", note);
        m.put("resolutionNoteErased", erased);
        m.put("evidence", item.getEvidence().stream().map(UnloggedItemRows::evidence).toList());
        return m;
    }

    /** The associated data the note was sealed with ({@code TextSealer}): {@code AlertResolution/resolutionId/note}. */
    private static String noteAssociatedData(UnloggedItem item) {
        return TextSealer.associatedData("AlertResolution", String.valueOf(item.getResolutionId()), "note");
    }

    private static Map<String, Object> evidence(UnloggedEvidence e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("alertId", e.getAlertId());
        m.put("signalId", e.getSignalId());
        m.put("source", e.getSource());
        m.put("sourceId", e.getSourceId());
        m.put("action", e.getAction());
        m.put("dissatisfiedOn", e.getDissatisfiedOn().toString());
        m.put("dueOn", e.getDueOn().toString());
        m.put("raisedAt", e.getRaisedAt().toString());
        m.put("confidence", Math.round(e.getConfidence() * 1000) / 1000.0);
        m.put("themes", e.getThemes());
        return m;
    }
}
