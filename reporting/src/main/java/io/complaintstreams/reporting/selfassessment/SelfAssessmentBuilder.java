package io.complaintstreams.reporting.selfassessment;

import io.complaintstreams.domain.calendar.WorkingDayCalendar;
import io.complaintstreams.domain.complaint.ComplaintFact;
import io.complaintstreams.reporting.ComplaintRecord;
import io.complaintstreams.reporting.ComplaintRecords;
import io.complaintstreams.reporting.FinancialYear;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the {@link SelfAssessment} for a financial year: rows measured from the complaint events, rows the data
 * cannot evidence (for the complaints officer), and the landlord's own rows ({@value LandlordRows#FILE}). Pure
 * apart from reading the statements directory.
 */
public final class SelfAssessmentBuilder {
    /** Exceptions listed per row; {@code exceptionCount} gives them all. */
    public static final int MAX_EXCEPTIONS = 50;

    private final ComplaintRecords records;

    public SelfAssessmentBuilder(ComplaintRecords records) {
        this.records = Objects.requireNonNull(records, "records");
    }

    public static SelfAssessmentBuilder standard() {
        return new SelfAssessmentBuilder(ComplaintRecords.standard());
    }

    /**
     * @param statementsDir the landlord's statements (its own rows in {@value LandlordRows#FILE}); null when none
     * @throws IllegalArgumentException when the landlord's rows file is malformed (naming the line)
     */
    public SelfAssessment build(Collection<? extends Collection<ComplaintFact>> complaints, FinancialYear year,
                                String landlordId, Path statementsDir, Instant generatedAt) {
        return build(complaints, ServiceRecords.none(), year, landlordId, statementsDir, generatedAt);
    }

    /**
     * As above, with the service requests, surveys and dissatisfied records that evidence 1.4, 1.5 and 1.6 ({@link
     * ServiceRecords#none()}: those rows stay for the complaints officer).
     */
    public SelfAssessment build(Collection<? extends Collection<ComplaintFact>> complaints, ServiceRecords service,
                                FinancialYear year, String landlordId, Path statementsDir, Instant generatedAt) {
        List<ComplaintRecord> mine = records.of(complaints, year.lastDay()).stream()
                .filter(r -> landlordId == null || landlordId.equals(r.landlordId())).toList();
        Map<String, SelfAssessmentRow> rows = new LinkedHashMap<>();
        officerRows().forEach(r -> rows.put(r.provision(), r));
        dataRows(mine, year).forEach(r -> rows.put(r.provision(), r));
        if (!service.isEmpty()) {
            ServiceEvidence evidence = new ServiceEvidence(service, mine, year, landlordId, WorkingDayCalendar.englandAndWales());
            List.of(evidence.monitored(), evidence.raisedAsComplaints(), evidence.surveysSignposted())
                    .forEach(r -> rows.put(r.provision(), r));
        }
        LandlordRows.read(statementsDir).byProvision().values().forEach(own -> rows.merge(own.provision(), statementRow(own),
                (measured, statement) -> withLandlordText(measured, own)));
        List<SelfAssessmentRow> ordered = new ArrayList<>(rows.values());
        ordered.sort(Comparator.comparing(SelfAssessmentRow::provision, Provisions.ORDER));
        return new SelfAssessment(SelfAssessment.TITLE, year.label(), year.firstDay().toString(), year.lastDay().toString(),
                landlordId, generatedAt.truncatedTo(ChronoUnit.SECONDS).toString(), ComplaintRecords.dataCutOff(mine), ordered,
                io.complaintstreams.reporting.CodeApplied.of(mine, year), noData(complaints, mine, service, year, landlordId));
    }

    /**
     * The annual report's {@code noData} (no complaint event of the landlord(s) in the year, or none naming
     * {@code landlordId}); when service requests or surveys of theirs are dated in the year, it says rows 1.4-1.6 are
     * still measured from them.
     */
    static String noData(Collection<? extends Collection<ComplaintFact>> complaints, List<ComplaintRecord> mine,
                         ServiceRecords service, FinancialYear year, String landlordId) {
        String none = io.complaintstreams.reporting.annual.AnnualReportBuilder.noData(complaints, mine, year, landlordId);
        if (none == null || !serviceRecordInYear(service, year, landlordId)) {
            return none;
        }
        return none.replace("The zeros below are not measured.",
                "The rows measured from complaint events are not measured; rows 1.4-1.6 are, from the service records.");
    }

    private static boolean serviceRecordInYear(ServiceRecords service, FinancialYear year, String landlordId) {
        java.util.function.BiPredicate<String, java.time.Instant> mineInYear = (landlord, at) ->
                (landlordId == null || landlordId.equals(landlord)) && year.contains(at.atZone(ComplaintFact.ZONE).toLocalDate());
        return service.requestChanges().stream().anyMatch(c -> mineInYear.test(c.landlordId(), c.occurredAt()))
                || service.surveys().stream().anyMatch(s -> mineInYear.test(s.landlordId(), s.occurredAt()));
    }

    private static List<SelfAssessmentRow> dataRows(List<ComplaintRecord> records, FinancialYear year) {
        ComplaintEvidence complaints = new ComplaintEvidence(records, year);
        StageEvidence stage1 = new StageEvidence(records, year, 1);
        StageEvidence stage2 = new StageEvidence(records, year, 2);
        return List.of(complaints.refusalReasons(), complaints.outsideTwelveMonths(), complaints.noBlanketExclusions(),
                complaints.acknowledgementDefinition(), stage1.acknowledgement("6.2"), stage1.response("6.3"),
                stage1.extension("6.4"), complaints.escalations(), stage2.acknowledgement("6.11"), complaints.independentStage2(),
                stage2.response("6.14"), stage2.extension("6.15"), complaints.remedies(), complaints.annualReport(),
                complaints.quarterlyReports());
    }

    /** Provisions no data supplied can evidence, named so the officer sees the gap (1.4-1.6 are replaced when service records are given). */
    private static List<SelfAssessmentRow> officerRows() {
        return List.of(
                officer("1.4", "Service requests are recorded, monitored and reviewed regularly",
                        "No service requests were supplied to this report (--service-requests-input, or Kafka)."),
                officer("1.5", "A complaint is raised when a resident is dissatisfied with the response to a service request",
                        "No service requests or dissatisfied records were supplied to this report."),
                officer("1.6", "Residents dissatisfied in a survey are told how to complain",
                        "No survey responses were supplied to this report (--surveys-input, or Kafka)."),
                officer("8.2", "The self-assessment is reviewed and approved by the governing body",
                        "A governance step outside the data."),
                officer("8.3", "The annual report, with the governing body's response, is published on the website",
                        "A governance step outside the data."));
    }

    private static SelfAssessmentRow officer(String provision, String requirement, String why) {
        return new SelfAssessmentRow(provision, requirement, EvidenceSource.FOR_COMPLAINTS_OFFICER, null, null, null, why,
                List.of(), 0, null, "For the complaints officer.");
    }

    private static SelfAssessmentRow statementRow(LandlordRows.Row own) {
        return new SelfAssessmentRow(own.provision(), own.requirement(), EvidenceSource.LANDLORD_STATEMENT, null, null, null,
                own.evidence(), List.of(), 0, own.comply(), own.commentary());
    }

    /** A measured row keeps its figure and suggestion; the landlord's evidence and commentary are added after it. */
    private static SelfAssessmentRow withLandlordText(SelfAssessmentRow measured, LandlordRows.Row own) {
        return new SelfAssessmentRow(measured.provision(), measured.requirement(),
                measured.source() == EvidenceSource.FOR_COMPLAINTS_OFFICER ? EvidenceSource.LANDLORD_STATEMENT : measured.source(),
                measured.count(), measured.of(), measured.pct(), join(measured.evidence(), own.evidence()), measured.exceptions(),
                measured.exceptionCount(), measured.suggestedComply() != null ? measured.suggestedComply() : own.comply(),
                join(measured.commentary(), own.commentary()));
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + " " + b;
    }

}
