package io.complaintstreams.api.officer;

import complaintstreams.state.ComplaintLedger;
import io.complaintstreams.domain.complaint.AlertKey;
import io.complaintstreams.domain.complaint.AlertKind;
import io.complaintstreams.domain.complaint.AlertOutcomes;
import io.complaintstreams.domain.complaint.ComplaintFact;
import io.complaintstreams.domain.complaint.ComplaintStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A complaint's raised alerts from its ledger ({@code alerted}, {@code alertedAt}), each with its outcome given the
 * complaint's facts and its status now ({@link AlertOutcomes#of(AlertKey, List, java.util.Collection, AlertOutcomes.Now)}).
 */
final class ComplaintAlerts {
    record Raised(AlertKey key, Instant raisedAt, AlertOutcomes.Outcome outcome) {
        String alertId(String complaintId) {
            return complaintId + ":" + key.stage() + ":" + key.kind();
        }
    }

    private ComplaintAlerts() {}

    static List<Raised> of(ComplaintLedger ledger, List<ComplaintFact> facts) {
        List<AlertKey> keys = new ArrayList<>();
        for (String flag : ledger.getAlerted()) {
            int colon = flag.indexOf(':');
            try {
                keys.add(new AlertKey(Integer.parseInt(flag.substring(0, colon)), AlertKind.valueOf(flag.substring(colon + 1))));
            } catch (RuntimeException e) {
                // a flag this version does not know: not shown
            }
        }
        var state = ledger.getState();
        AlertOutcomes.Now now = state == null ? null
                : new AlertOutcomes.Now(state.getStage(), ComplaintStatus.valueOf(state.getStatus().name()));
        List<Raised> out = new ArrayList<>();
        for (AlertKey key : keys) {
            Long at = ledger.getAlertedAt().get(key.stage() + ":" + key.kind());
            out.add(new Raised(key, at == null ? null : Instant.ofEpochMilli(at), AlertOutcomes.of(key, facts, keys, now)));
        }
        return out;
    }

    /** The alerts still needing action (neither superseded nor resolved), as {@code stage:KIND}. */
    static List<String> active(List<Raised> raised) {
        return raised.stream().filter(r -> r.outcome().status() == AlertOutcomes.Status.ACTIVE)
                .map(r -> r.key().stage() + ":" + r.key().kind().name()).sorted().toList();
    }
}
