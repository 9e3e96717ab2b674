package io.complaintstreams.reporting.tsm;

import java.math.BigDecimal;
import java.util.Map;

/**
 * TSM CH01 and CH02 (CONTRACTS sections 5 and 6). The first eight fields are the contract, in its order; the
 * rest are additions: the landlord filter (null for all), the counts behind CH02, and the split by tenure
 * (keys LCRA, LCHO, and UNKNOWN for complaints without a tenure; empty when no event carries one), and
 * {@code landlordsWithoutHomes}: landlords whose complaints are counted here but whose homes are not configured, sorted
 * (empty when every one is). CONTRACTS section 6 divides all landlords' complaints by the configured homes' sum, so with
 * any listed the CH01 rates overstate; the pages say so.
 */
public record TsmResult(String period, Integer homes, long stage1Complaints, long stage2Complaints,
                        BigDecimal ch01Stage1Per1000, BigDecimal ch01Stage2Per1000,
                        BigDecimal ch02Stage1WithinTimescalePct, BigDecimal ch02Stage2WithinTimescalePct,
                        String landlordId, long stage1Responses, long stage1ResponsesWithinTimescale,
                        long stage2Responses, long stage2ResponsesWithinTimescale, Map<String, TenureFigures> byTenure,
                        java.util.List<String> landlordsWithoutHomes) {
    public TsmResult {
        byTenure = Map.copyOf(byTenure);
        landlordsWithoutHomes = java.util.List.copyOf(landlordsWithoutHomes);
    }
}
