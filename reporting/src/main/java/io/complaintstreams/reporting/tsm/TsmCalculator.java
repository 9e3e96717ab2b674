package io.complaintstreams.reporting.tsm;

import io.complaintstreams.domain.complaint.ComplaintFact;
import io.complaintstreams.reporting.ComplaintRecord;
import io.complaintstreams.reporting.ComplaintRecords;
import io.complaintstreams.reporting.FinancialYear;
import io.complaintstreams.reporting.Homes;
import io.complaintstreams.reporting.Rates;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** TSM CH01 and CH02 for a financial year, exactly as CONTRACTS section 6 reads them. Pure and thread-safe. */
public final class TsmCalculator {
    public static final String UNKNOWN_TENURE = "UNKNOWN";
    private final ComplaintRecords records;

    public TsmCalculator(ComplaintRecords records) {
        this.records = Objects.requireNonNull(records, "records");
    }

    public static TsmCalculator standard() {
        return new TsmCalculator(ComplaintRecords.standard());
    }

    /**
     * @param complaints every complaint's facts (one collection per complaint)
     * @param homesByLandlord configured homes; summed over landlords unless {@code landlordId} is given
     * @param landlordId only this landlord's complaints and homes; null for all
     */
    public TsmResult calculate(Collection<? extends Collection<ComplaintFact>> complaints, FinancialYear period,
                               Map<String, Integer> homesByLandlord, String landlordId) {
        return fromRecords(records.of(complaints, period.lastDay()), period, homesByLandlord, landlordId);
    }

    /** The same over records already built (the annual report shares them). */
    public static TsmResult fromRecords(Collection<ComplaintRecord> all, FinancialYear period,
                                        Map<String, Integer> homesByLandlord, String landlordId) {
        List<ComplaintRecord> mine = all.stream().filter(r -> landlordId == null || landlordId.equals(r.landlordId())).toList();
        Integer homes = Homes.resolve(homesByLandlord, landlordId);
        StageCounts s1 = StageCounts.of(mine, 1, period);
        StageCounts s2 = StageCounts.of(mine, 2, period);
        return new TsmResult(period.label(), homes, s1.complaints(), s2.complaints(),
                Rates.per1000(s1.complaints(), homes), Rates.per1000(s2.complaints(), homes),
                Rates.percent(s1.responsesWithinTimescale(), s1.responses()),
                Rates.percent(s2.responsesWithinTimescale(), s2.responses()),
                landlordId, s1.responses(), s1.responsesWithinTimescale(), s2.responses(), s2.responsesWithinTimescale(),
                byTenure(mine, period), withoutHomes(mine, period, homesByLandlord));
    }

    /** Landlords with a complaint counted in the period (either stage) and no configured homes, sorted. */
    private static List<String> withoutHomes(List<ComplaintRecord> records, FinancialYear period, Map<String, Integer> homesByLandlord) {
        return records.stream()
                .filter(r -> (r.stage1() != null && period.contains(r.stage1().receivedOn()))
                        || (r.stage2() != null && period.contains(r.stage2().receivedOn())))
                .map(ComplaintRecord::landlordId)
                .filter(l -> l != null && (homesByLandlord == null || !homesByLandlord.containsKey(l)))
                .distinct().sorted().toList();
    }

    private static Map<String, TenureFigures> byTenure(List<ComplaintRecord> records, FinancialYear period) {
        if (records.stream().allMatch(r -> r.tenure() == null)) {
            return Map.of();
        }
        Map<String, List<ComplaintRecord>> groups = records.stream().collect(Collectors.groupingBy(
                r -> r.tenure() == null ? UNKNOWN_TENURE : r.tenure(), TreeMap::new, Collectors.toList()));
        Map<String, TenureFigures> result = new TreeMap<>();
        groups.forEach((tenure, group) -> {
            StageCounts s1 = StageCounts.of(group, 1, period);
            StageCounts s2 = StageCounts.of(group, 2, period);
            result.put(tenure, new TenureFigures(s1.complaints(), s2.complaints(),
                    Rates.percent(s1.responsesWithinTimescale(), s1.responses()),
                    Rates.percent(s2.responsesWithinTimescale(), s2.responses()),
                    s1.responses(), s1.responsesWithinTimescale(), s2.responses(), s2.responsesWithinTimescale()));
        });
        return result;
    }
}
