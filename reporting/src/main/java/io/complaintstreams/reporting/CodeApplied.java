package io.complaintstreams.reporting;

import io.complaintstreams.domain.complaint.ComplaintFact;
import io.complaintstreams.domain.deadline.CodeEditions;
import io.complaintstreams.domain.deadline.CodeRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which edition of the Complaint Handling Code judged the complaints a report counts: one entry per edition, with the
 * number of complaints that have any event dated in the period and were judged by it (an edition judges a complaint
 * received on or after its {@code inForceFrom}; {@code domain/src/main/resources/code/editions.csv}).
 *
 * @param edition the edition's short name ({@code 2022}, {@code 2024})
 * @param inForceFrom the first receipt date it judges (YYYY-MM-DD)
 * @param complaints complaints with an event in the period judged by it
 */
public record CodeApplied(String edition, String title, String inForceFrom, long complaints) {

    /** Editions in force order; only editions that judged at least one complaint in the period. */
    public static List<CodeApplied> of(Collection<ComplaintRecord> records, ReportingPeriod period) {
        Map<String, Long> counts = new TreeMap<>();
        for (ComplaintRecord r : records) {
            if (r.code() != null && r.facts().stream().map(ComplaintFact::date).anyMatch(period::contains)) {
                counts.merge(r.code(), 1L, Long::sum);
            }
        }
        List<CodeApplied> applied = new ArrayList<>();
        for (CodeRules e : CodeEditions.standard().editions()) {
            Long n = counts.remove(e.edition());
            if (n != null) {
                applied.add(new CodeApplied(e.edition(), e.title(), e.inForceFrom().toString(), n));
            }
        }
        counts.forEach((edition, n) -> applied.add(new CodeApplied(edition, edition, null, n)));
        return List.copyOf(applied);
    }

    /** One sentence for a report page, e.g. "Judged by the Complaint Handling Code (statutory, 1 April 2024): 812 complaints." */
    public static String sentence(List<CodeApplied> applied) {
        if (applied == null || applied.isEmpty()) {
            return "No complaints in the period: no Code edition applied.";
        }
        StringBuilder s = new StringBuilder("Judged by ");
        for (int i = 0; i < applied.size(); i++) {
            CodeApplied a = applied.get(i);
            s.append(i == 0 ? "" : i == applied.size() - 1 ? " and " : ", ").append("the ").append(a.title()).append(" (")
                    .append(a.complaints()).append(a.complaints() == 1 ? " complaint" : " complaints").append(")");
        }
        return s.append(applied.size() > 1 ? ", each complaint by the edition in force on the date it was received." : ".").toString();
    }
}
