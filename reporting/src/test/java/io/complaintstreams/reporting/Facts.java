package io.complaintstreams.reporting;

import io.complaintstreams.domain.complaint.ComplaintFact;
import io.complaintstreams.domain.complaint.FactType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Builds one complaint's facts for tests; dates are placed at 12:00 UTC (the same London date all year). */
public final class Facts {
    private final String complaintId;
    private final String tenure;
    private final List<ComplaintFact> facts = new ArrayList<>();

    private Facts(String complaintId, String tenure) {
        this.complaintId = complaintId;
        this.tenure = tenure;
    }

    public static Facts complaint(String id) {
        return new Facts(id, null);
    }

    public static Facts complaint(String id, String tenure) {
        return new Facts(id, tenure);
    }

    public Facts at(FactType type, int stage, Instant when) {
        return add(builder(type, stage, when).build());
    }

    public Facts on(FactType type, int stage, LocalDate day) {
        return at(type, stage, noon(day));
    }

    public Facts extended(int stage, LocalDate day, int days) {
        return add(builder(FactType.EXTENDED, stage, noon(day)).extensionWorkingDays(days).build());
    }

    public Facts responded(int stage, LocalDate day, String outcome, Double remedy) {
        return add(builder(FactType.RESPONDED, stage, noon(day)).outcome(outcome).remedyAmount(remedy).build());
    }

    public Facts refused(int stage, LocalDate day, String reason) {
        return add(builder(FactType.REFUSED, stage, noon(day)).reason(reason).build());
    }

    public Facts add(ComplaintFact fact) {
        facts.add(fact);
        return this;
    }

    public ComplaintFact.Builder builder(FactType type, int stage, Instant when) {
        return ComplaintFact.builder(complaintId + "-" + facts.size(), type, stage, when)
                .complaint(complaintId, "LL-1", "R-" + complaintId).tenure(tenure);
    }

    public List<ComplaintFact> facts() {
        return List.copyOf(facts);
    }

    public static Instant noon(LocalDate day) {
        return day.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }
}
