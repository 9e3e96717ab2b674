package io.complaintstreams.training;

import complaintstreams.events.AlertResolution;
import complaintstreams.events.AlertResolutionKind;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What officers' resolutions say about the records they resolved (pure; README "Officers' resolutions as training
 * rows"). COMPLAINT_LOGGED and OFFERED_DECLINED: the resident was dissatisfied (Code 1.2, 1.3); NOT_DISSATISFIED:
 * not; DUPLICATE says nothing about the text and gives no label. As in the topology, the first resolution of an item
 * (earliest {@code resolvedAt}, then resolutionId) counts and later ones for the same item are ignored; a record that is
 * evidence of two items takes the label of the first resolution that names it.
 */
final class ResolutionLabels {
    /** The label of one record (signalId = the source record's eventId). */
    record Label(String signalId, boolean dissatisfied, AlertResolutionKind kind, String residentId) {}

    /**
     * The labels by signalId (in resolution order); how many resolutions were duplicates or repeats; and how many times a
     * counted resolution named a record that already had its label (evidence of two items, or named twice), so that the
     * evidence ids the counted resolutions name add up to {@code bySignal.size() + namedAgain}.
     */
    record Result(Map<String, Label> bySignal, int resolutions, int duplicates, int repeats, int namedAgain) {}

    private ResolutionLabels() {}

    static Result of(List<AlertResolution> resolutions) {
        List<AlertResolution> ordered = resolutions.stream()
                .sorted(Comparator.comparing(AlertResolution::getResolvedAt).thenComparing(AlertResolution::getResolutionId))
                .toList();
        Set<String> items = new HashSet<>();
        Map<String, Label> bySignal = new LinkedHashMap<>();
        int duplicates = 0;
        int repeats = 0;
        int namedAgain = 0;
        for (AlertResolution r : ordered) {
            String item = r.getItemId() != null ? r.getItemId() : r.getAlertId();
            if (!items.add(item)) {
                repeats++;
                continue;
            }
            if (r.getResolution() == AlertResolutionKind.DUPLICATE) {
                duplicates++;
                continue;
            }
            boolean dissatisfied = r.getResolution() != AlertResolutionKind.NOT_DISSATISFIED;
            for (String signalId : r.getSignalIds()) {
                if (bySignal.putIfAbsent(signalId, new Label(signalId, dissatisfied, r.getResolution(), r.getResidentId())) != null) {
                    namedAgain++;
                }
            }
        }
        return new Result(bySignal, ordered.size(), duplicates, repeats, namedAgain);
    }
}
