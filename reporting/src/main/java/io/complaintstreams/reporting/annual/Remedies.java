package io.complaintstreams.reporting.annual;

import io.complaintstreams.domain.complaint.ComplaintFact;
import io.complaintstreams.reporting.ComplaintRecord;
import io.complaintstreams.reporting.ReportingPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * Remedies: per complaint the last remedyAmount given (a stage 2 award replaces the stage 1 one), counted in the
 * year of the event that gave it. Total and average in pounds, two decimals; average null when none.
 */
public record Remedies(long count, BigDecimal total, BigDecimal average) {

    public static Remedies of(Collection<ComplaintRecord> records, ReportingPeriod period) {
        long count = 0;
        BigDecimal total = BigDecimal.ZERO;
        for (ComplaintRecord r : records) {
            ComplaintFact last = null;
            for (ComplaintFact f : r.facts()) {
                last = f.remedyAmount() != null ? f : last;
            }
            if (last != null && period.contains(last.date())) {
                count++;
                total = total.add(BigDecimal.valueOf(last.remedyAmount()));
            }
        }
        return new Remedies(count, total.setScale(2, RoundingMode.HALF_UP),
                count == 0 ? null : total.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP));
    }
}
