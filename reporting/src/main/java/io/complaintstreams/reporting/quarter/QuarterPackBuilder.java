package io.complaintstreams.reporting.quarter;

import io.complaintstreams.domain.complaint.ComplaintFact;
import io.complaintstreams.reporting.ComplaintRecord;
import io.complaintstreams.reporting.ComplaintRecords;
import io.complaintstreams.reporting.Homes;
import io.complaintstreams.reporting.ReportingPeriod;
import io.complaintstreams.reporting.annual.Escalations;
import io.complaintstreams.reporting.annual.Outcomes;
import io.complaintstreams.reporting.annual.Referrals;
import io.complaintstreams.reporting.annual.Refusals;
import io.complaintstreams.reporting.annual.Remedies;
import io.complaintstreams.reporting.annual.Statement;
import io.complaintstreams.reporting.annual.Timeliness;
import io.complaintstreams.reporting.annual.Volumes;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/** Builds the {@link QuarterPack} from every complaint's facts. Pure apart from reading the statements directory. */
public final class QuarterPackBuilder {
    public static final int RISING_THEMES = 5;
    public static final int EXAMPLES = 3;
    /** The landlord's learning actions for the quarter, in the statements directory (Markdown). */
    public static final String LEARNING_ACTIONS = "learning-actions.md";

    private final ComplaintRecords records;

    public QuarterPackBuilder(ComplaintRecords records) {
        this.records = Objects.requireNonNull(records, "records");
    }

    public static QuarterPackBuilder standard() {
        return new QuarterPackBuilder(ComplaintRecords.standard());
    }

    /** England and Wales working days, the Code's limits, and the landlord's local targets (none: as standard()). */
    public static QuarterPackBuilder withLocalTargets(io.complaintstreams.domain.deadline.LocalTargets targets) {
        return new QuarterPackBuilder(ComplaintRecords.withLocalTargets(targets));
    }

    /**
     * @param generatedAt when the pack is produced (printed on it)
     * @param statementsDir the landlord's statements ({@value #LEARNING_ACTIONS}, {@value Referrals#FILE},
     *                      {@value OmbudsmanOrders#FILE}); null when none supplied
     */
    public QuarterPack build(Collection<? extends Collection<ComplaintFact>> complaints, FinancialQuarter quarter,
                             Map<String, Integer> homesByLandlord, String landlordId, Path statementsDir, Instant generatedAt) {
        return build(complaints, List.of(), quarter, homesByLandlord, landlordId, statementsDir, generatedAt);
    }

    /**
     * @param ombudsman the Ombudsman case events ({@code crm.ombudsman-cases}); when the landlord has any they give the
     *                  referrals, determinations and orders, else the statements files do
     */
    public QuarterPack build(Collection<? extends Collection<ComplaintFact>> complaints,
                             Collection<io.complaintstreams.domain.ombudsman.OmbudsmanFact> ombudsman, FinancialQuarter quarter,
                             Map<String, Integer> homesByLandlord, String landlordId, Path statementsDir, Instant generatedAt) {
        var cases = io.complaintstreams.reporting.ombudsman.OmbudsmanEvidence.of(ombudsman, landlordId);
        List<ComplaintRecord> mine = records.of(complaints, quarter.lastDay()).stream()
                .filter(r -> landlordId == null || landlordId.equals(r.landlordId())).toList();
        FinancialQuarter previous = quarter.previous();
        FinancialQuarter lastYear = quarter.sameQuarterLastYear();
        Integer homes = Homes.resolve(homesByLandlord, landlordId);
        Volumes volumes = Volumes.of(mine, quarter, homes);
        Compared compared = new Compared(quarter, hasData(mine, previous), hasData(mine, lastYear));
        List<QuarterChange> themes = changes(mine, compared, ComplaintRecord::themes);
        return new QuarterPack(QuarterPack.TITLE, quarter.label(), quarter.firstDay().toString(), quarter.lastDay().toString(),
                landlordId, homes, generatedAt.truncatedTo(ChronoUnit.SECONDS).toString(), ComplaintRecords.dataCutOff(mine),
                List.of(volume(mine, "stage1Complaints", ComplaintRecord::stage1ReceivedOn, compared),
                        volume(mine, "stage2Escalations", ComplaintRecord::escalatedOn, compared)),
                Timeliness.of(mine, quarter, records.hasLocalTargets()), Timeliness.of(mine, previous, records.hasLocalTargets()), Outcomes.of(mine, quarter),
                changes(mine, compared, r -> r.category() == null ? List.of("(none)") : List.of(r.category())), themes,
                rising(mine, quarter, themes), Refusals.of(mine, quarter), Remedies.of(mine, quarter),
                Escalations.of(volumes), cases.referrals(quarter, statementsDir), cases.orders(quarter, statementsDir),
                Statement.read(statementsDir, LEARNING_ACTIONS, "Learning from complaints: actions this quarter"),
                io.complaintstreams.reporting.CodeApplied.of(mine, quarter), cases.determinations(quarter),
                io.complaintstreams.reporting.annual.AnnualReportBuilder.noData(complaints, mine, quarter, landlordId));
    }

    /** The quarter and whether each period it is compared with has any data (a period with none is "no data", not 0). */
    private record Compared(FinancialQuarter quarter, boolean previousHasData, boolean lastYearHasData) {
        QuarterChange change(String name, long thisQuarter, long previous, long lastYear) {
            return QuarterChange.of(name, thisQuarter, previousHasData ? previous : null, lastYearHasData ? lastYear : null);
        }
    }

    private static boolean hasData(List<ComplaintRecord> records, ReportingPeriod period) {
        return ComplaintRecords.hasData(records, period);
    }

    private static QuarterChange volume(List<ComplaintRecord> records, String name, Function<ComplaintRecord, LocalDate> date,
                                        Compared c) {
        return c.change(name, count(records, date, c.quarter()), count(records, date, c.quarter().previous()),
                count(records, date, c.quarter().sameQuarterLastYear()));
    }

    private static long count(List<ComplaintRecord> records, Function<ComplaintRecord, LocalDate> date, ReportingPeriod p) {
        return records.stream().map(date).filter(p::contains).count();
    }

    /** Categories or themes of complaints first received in each period (stage 1 receipt, else the escalation). */
    private static List<QuarterChange> changes(List<ComplaintRecord> records, Compared c,
                                               Function<ComplaintRecord, List<String>> names) {
        FinancialQuarter q = c.quarter();
        List<ReportingPeriod> periods = List.of(q, q.previous(), q.sameQuarterLastYear());
        Map<String, long[]> counts = new TreeMap<>();
        for (ComplaintRecord r : records) {
            for (int slot = 0; slot < periods.size(); slot++) {
                if (periods.get(slot).contains(r.firstReceivedOn())) {
                    int s = slot;
                    names.apply(r).forEach(n -> counts.computeIfAbsent(n, k -> new long[3])[s]++);
                }
            }
        }
        return counts.entrySet().stream().map(e -> c.change(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .sorted(Comparator.comparingLong(QuarterChange::quarter).reversed().thenComparing(QuarterChange::name))
                .toList();
    }

    private static List<RisingTheme> rising(List<ComplaintRecord> records, FinancialQuarter q, List<QuarterChange> themes) {
        return themes.stream().filter(QuarterChange::roseFromPreviousQuarter)
                .sorted(Comparator.comparingLong(QuarterChange::changeFromPreviousQuarter).reversed()
                        .thenComparing(QuarterChange::name))
                .limit(RISING_THEMES)
                .map(t -> new RisingTheme(t, examples(records, q, t.name())))
                .toList();
    }

    private static List<RisingTheme.Example> examples(List<ComplaintRecord> records, FinancialQuarter q, String theme) {
        return records.stream().filter(r -> q.contains(r.firstReceivedOn()) && r.themes().contains(theme))
                .sorted(Comparator.comparing(ComplaintRecord::firstReceivedOn).reversed().thenComparing(ComplaintRecord::complaintId))
                .limit(EXAMPLES)
                .map(r -> new RisingTheme.Example(r.complaintId(), r.firstReceivedOn().toString(), r.category()))
                .toList();
    }

}
