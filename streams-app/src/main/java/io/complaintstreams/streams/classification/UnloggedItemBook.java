package io.complaintstreams.streams.classification;

import complaintstreams.events.AlertResolution;
import complaintstreams.events.DeadlineAlert;
import complaintstreams.state.UnloggedEvidence;
import complaintstreams.state.UnloggedItem;
import complaintstreams.state.UnloggedItems;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How one resident's possible-unlogged-complaint alerts group into items (issue 12 item 3), as pure functions of the
 * resident's {@link UnloggedItems} (no Kafka types):
 * <ul>
 *   <li>An alert joins the resident's open item whose issue (theme) is one of its signal's themes, the first such
 *       item; otherwise it opens a new item whose issue is the signal's first theme ({@value #NO_THEME} without
 *       themes) and whose id is the alert's id. An alert already held is ignored.</li>
 *   <li>A stage 1 complaint RECEIVED for the resident closes every open item whose first dissatisfaction is on or
 *       before the complaint's date ({@code COMPLAINT_LOGGED}, the complaint named).</li>
 *   <li>An officer's resolution closes the item whose id, or one of whose evidence alert ids, it names; a closed
 *       item stays closed (the first closure is kept). Later evidence on the same issue opens a new item.</li>
 *   <li>Closed items are forgotten {@value #MEMORY_DAYS} days after they closed.</li>
 * </ul>
 */
final class UnloggedItemBook {
    static final String NO_THEME = "none";
    static final int MEMORY_DAYS = 400;
    static final String COMPLAINT_LOGGED = "COMPLAINT_LOGGED";

    private UnloggedItemBook() {}

    static UnloggedItems empty(String residentId) {
        return UnloggedItems.newBuilder().setResidentId(residentId).setItems(new ArrayList<>()).build();
    }

    /** @return true when the book changed */
    static boolean addEvidence(UnloggedItems book, DeadlineAlert alert, ResidentState.Pending signal) {
        if (holding(book, alert.getAlertId()).isPresent()) {
            return false;
        }
        List<String> themes = signal.themes() == null ? List.of() : signal.themes();
        double confidence = signal.confidence() == null ? 1.0 : signal.confidence();
        UnloggedEvidence evidence = UnloggedEvidence.newBuilder().setAlertId(alert.getAlertId())
                .setSignalId(signal.signalId()).setSource(signal.source()).setSourceId(signal.sourceId())
                .setAction(signal.action()).setDissatisfiedOn(signal.signalDate()).setDueOn(signal.dueOn())
                .setRaisedAt(alert.getRaisedAt()).setConfidence(confidence).setThemes(List.copyOf(themes)).build();
        Optional<UnloggedItem> open = book.getItems().stream()
                .filter(item -> item.getOpen() && (themes.isEmpty() ? NO_THEME.equals(item.getTheme()) : themes.contains(item.getTheme())))
                .findFirst();
        if (open.isPresent()) {
            UnloggedItem item = open.get();
            List<UnloggedEvidence> all = new ArrayList<>(item.getEvidence());
            all.add(evidence);
            item.setEvidence(all);
            item.setConfidence(Math.max(item.getConfidence(), confidence));
            if (signal.signalDate().isBefore(item.getFirstDissatisfiedOn())) {
                item.setFirstDissatisfiedOn(signal.signalDate());
            }
            if (alert.getRaisedAt().isAfter(item.getLastEvidenceAt())) {
                item.setLastEvidenceAt(alert.getRaisedAt());
            }
            return true;
        }
        UnloggedItem item = UnloggedItem.newBuilder().setItemId(alert.getAlertId()).setLandlordId(alert.getLandlordId())
                .setTheme(themes.isEmpty() ? NO_THEME : themes.get(0)).setOpen(true)
                .setFirstDissatisfiedOn(signal.signalDate()).setLastEvidenceAt(alert.getRaisedAt())
                .setConfidence(confidence).setEvidence(new ArrayList<>(List.of(evidence))).build();
        List<UnloggedItem> items = new ArrayList<>(book.getItems());
        items.add(item);
        book.setItems(items);
        return true;
    }

    /** A complaint received on {@code receivedOn}: closes the open items it answers. @return true when the book changed */
    static boolean closeForComplaint(UnloggedItems book, String complaintId, LocalDate receivedOn, Instant at) {
        boolean changed = false;
        for (UnloggedItem item : book.getItems()) {
            if (item.getOpen() && !item.getFirstDissatisfiedOn().isAfter(receivedOn)) {
                close(item, COMPLAINT_LOGGED, at);
                item.setClosingComplaintId(complaintId);
                changed = true;
            }
        }
        return changed;
    }

    /** @return the item the resolution closed, empty when it names no open item of this resident */
    static Optional<UnloggedItem> resolve(UnloggedItems book, AlertResolution resolution) {
        Optional<UnloggedItem> item = resolution.getItemId() == null ? Optional.empty() : holding(book, resolution.getItemId());
        if (item.isEmpty()) {
            item = holding(book, resolution.getAlertId());
        }
        if (item.isEmpty() || !item.get().getOpen()) {
            return Optional.empty();
        }
        close(item.get(), resolution.getResolution().name(), resolution.getResolvedAt());
        item.get().setResolvedBy(resolution.getBy());
        item.get().setResolutionNote(resolution.getNote());
        item.get().setResolutionNoteSealed(resolution.getNoteSealed());
        item.get().setResolutionId(resolution.getResolutionId());
        return item;
    }

    /** The item with this id, or holding an alert with this id. */
    static Optional<UnloggedItem> holding(UnloggedItems book, String alertId) {
        for (UnloggedItem item : book.getItems()) {
            if (item.getItemId().equals(alertId)
                    || item.getEvidence().stream().anyMatch(e -> e.getAlertId().equals(alertId))) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    /** Drops items closed more than {@value #MEMORY_DAYS} days before {@code now}. @return true when the book changed */
    static boolean forgetOldClosed(UnloggedItems book, Instant now) {
        Instant horizon = now.minus(java.time.Duration.ofDays(MEMORY_DAYS));
        List<UnloggedItem> kept = book.getItems().stream()
                .filter(item -> item.getOpen() || item.getClosedAt() == null || !item.getClosedAt().isBefore(horizon))
                .toList();
        if (kept.size() == book.getItems().size()) {
            return false;
        }
        book.setItems(new ArrayList<>(kept));
        return true;
    }

    /**
     * Moves every item of {@code from} into {@code into} (an erased resident's items to the mask), notes removed: an
     * item that had one says so ({@code resolutionNoteErased}); the sealed note's key id (a keyed hash of the resident)
     * does not follow the item to the mask.
     */
    static void absorb(UnloggedItems into, UnloggedItems from) {
        List<UnloggedItem> items = new ArrayList<>(into.getItems());
        for (UnloggedItem item : from.getItems()) {
            if (item.getResolutionNote() != null || item.getResolutionNoteSealed() != null) {
                item.setResolutionNoteErased(true);
            }
            item.setResolutionNote(null);
            item.setResolutionNoteSealed(null);
            items.add(item);
        }
        into.setItems(items);
    }

    private static void close(UnloggedItem item, String closedBy, Instant at) {
        item.setOpen(false);
        item.setClosedBy(closedBy);
        item.setClosedAt(at);
    }
}
