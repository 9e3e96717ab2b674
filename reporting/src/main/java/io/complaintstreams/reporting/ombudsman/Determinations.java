package io.complaintstreams.reporting.ombudsman;

import java.util.List;
import java.util.Map;

/**
 * The Ombudsman's determinations dated in a period (Code 8.1 c: findings of non-compliance): how many, how many found
 * maladministration (severe or not), cases per finding kind, and each determination.
 *
 * @param status "Supplied" when the figures come from {@code crm.ombudsman-cases}, else "Not supplied" (counts null)
 */
public record Determinations(String status, String source, Long count, Long withMaladministration, Map<String, Long> byFinding,
                             List<Determination> determinations) {
    public Determinations {
        determinations = List.copyOf(determinations);
    }

    /** One determination: its case, complaint, date (YYYY-MM-DD) and findings ("MALADMINISTRATION (repairs)"). */
    public record Determination(String caseId, String complaintId, String date, List<String> findings) {
    }
}
