package io.complaintstreams.reporting.selfassessment;

import io.complaintstreams.reporting.Rates;
import java.util.ArrayList;
import java.util.List;

/** Counts items meeting a requirement, keeping the complaint ids of those that do not (the row's exceptions). */
final class Tally {
    private long met;
    private long of;
    private final List<String> exceptions = new ArrayList<>();

    void add(boolean meets, String complaintId) {
        of++;
        if (meets) {
            met++;
        } else {
            exceptions.add(complaintId);
        }
    }

    long met() {
        return met;
    }

    long of() {
        return of;
    }

    List<String> exceptions() {
        return exceptions;
    }

    /** Yes when every item met the requirement, No when any did not, null when there was nothing to judge. */
    String suggestion() {
        return of == 0 ? null : met == of ? SelfAssessmentRow.YES : SelfAssessmentRow.NO;
    }

    SelfAssessmentRow row(String provision, String requirement, String evidence, String commentary) {
        return new SelfAssessmentRow(provision, requirement, EvidenceSource.DATA, met, of, Rates.percent(met, of), evidence,
                exceptions.stream().sorted().limit(SelfAssessmentBuilder.MAX_EXCEPTIONS).toList(), exceptions.size(),
                suggestion(), commentary);
    }
}
