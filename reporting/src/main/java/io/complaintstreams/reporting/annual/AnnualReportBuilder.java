package io.complaintstreams.reporting.annual;

import io.complaintstreams.domain.deadline.LocalTargets;
import io.complaintstreams.domain.complaint.ComplaintFact;
import io.complaintstreams.reporting.ComplaintRecord;
import io.complaintstreams.reporting.ComplaintRecords;
import io.complaintstreams.reporting.FinancialYear;
import io.complaintstreams.reporting.Homes;
import io.complaintstreams.reporting.tsm.TsmCalculator;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Builds the {@link AnnualReport} for a financial year from every complaint's facts. Pure apart from reading the statements directory. */
public final class AnnualReportBuilder {
    public static final int RISING_THEMES = 5;
    private final ComplaintRecords records;

    public AnnualReportBuilder(ComplaintRecords records) {
        this.records = Objects.requireNonNull(records, "records");
    }

    public static AnnualReportBuilder standard() {
        return new AnnualReportBuilder(ComplaintRecords.standard());
    }

    /** England and Wales working days, the Code's limits, and the landlord's local targets (none: as standard()). */
    public static AnnualReportBuilder withLocalTargets(LocalTargets targets) {
        return new AnnualReportBuilder(ComplaintRecords.withLocalTargets(targets));
    }

    /**
     * @param statementsDir the landlord's statements (and {@value Referrals#FILE}); null when none supplied
     */
    public AnnualReport build(Collection<? extends Collection<ComplaintFact>> complaints, FinancialYear period,
                              Map<String, Integer> homesByLandlord, String landlordId, Path statementsDir) {
        return build(complaints, period, homesByLandlord, landlordId, statementsDir, Instant.now());
    }

    /** @param generatedAt when the report is produced (printed on it) */
    public AnnualReport build(Collection<? extends Collection<ComplaintFact>> complaints, FinancialYear period,
                              Map<String, Integer> homesByLandlord, String landlordId, Path statementsDir, Instant generatedAt) {
        return build(complaints, List.of(), period, homesByLandlord, landlordId, statementsDir, generatedAt);
    }

    /**
     * @param ombudsman the Ombudsman case events ({@code crm.ombudsman-cases}); when the landlord has any they give the
     *                  referrals, determinations and orders, else the statements files do
     */
    public AnnualReport build(Collection<? extends Collection<ComplaintFact>> complaints,
                              Collection<io.complaintstreams.domain.ombudsman.OmbudsmanFact> ombudsman, FinancialYear period,
                              Map<String, Integer> homesByLandlord, String landlordId, Path statementsDir, Instant generatedAt) {
        var cases = io.complaintstreams.reporting.ombudsman.OmbudsmanEvidence.of(ombudsman, landlordId);
        List<ComplaintRecord> all = records.of(complaints, period.lastDay());
        List<ComplaintRecord> mine = all.stream().filter(r -> landlordId == null || landlordId.equals(r.landlordId())).toList();
        Integer homes = Homes.resolve(homesByLandlord, landlordId);
        Volumes volumes = Volumes.of(mine, period, homes);
        List<TrendRow> themes = TrendRow.themes(mine, period);
        return new AnnualReport(AnnualReport.TITLE, period.label(), period.firstDay().toString(), period.lastDay().toString(),
                landlordId, homes, TsmCalculator.fromRecords(mine, period, homesByLandlord, landlordId), volumes,
                Timeliness.of(mine, period, records.hasLocalTargets()),
                Outcomes.of(mine, period), TrendRow.categories(mine, period), themes, TrendRow.rising(themes, RISING_THEMES),
                Refusals.of(mine, period), Remedies.of(mine, period), Escalations.of(volumes),
                cases.referrals(period, statementsDir), Statements.read(statementsDir),
                generatedAt.truncatedTo(ChronoUnit.SECONDS).toString(), ComplaintRecords.dataCutOff(mine),
                io.complaintstreams.reporting.CodeApplied.of(mine, period), cases.determinations(period),
                cases.orders(period, statementsDir), noData(complaints, mine, period, landlordId));
    }

    /**
     * Null when an event of the landlord(s) is dated in the period; else why the report (annual or quarterly) holds no
     * data: no event names {@code landlordId}, or none of theirs is dated in the period.
     */
    public static String noData(Collection<? extends Collection<ComplaintFact>> complaints, List<ComplaintRecord> mine,
                                io.complaintstreams.reporting.ReportingPeriod period, String landlordId) {
        if (landlordId != null && complaints.stream().flatMap(Collection::stream).noneMatch(f -> landlordId.equals(f.landlordId()))) {
            return "No data for landlord " + landlordId + ": no complaint event names it. The zeros below are not measured.";
        }
        if (mine.stream().anyMatch(r -> r.facts().stream().anyMatch(f -> period.contains(f.date())))) {
            return null;
        }
        return "No data for this period: no complaint event" + (landlordId == null ? "" : " of landlord " + landlordId)
                + " is dated from " + period.firstDay() + " to " + period.lastDay() + ". The zeros below are not measured.";
    }
}
