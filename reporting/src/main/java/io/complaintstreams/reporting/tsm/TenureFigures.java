package io.complaintstreams.reporting.tsm;

import java.math.BigDecimal;

/** CH01 counts and CH02 for the complaints of one tenure (per-1,000 rates need homes per tenure, which we do not have). */
public record TenureFigures(long stage1Complaints, long stage2Complaints, BigDecimal ch02Stage1WithinTimescalePct,
                            BigDecimal ch02Stage2WithinTimescalePct, long stage1Responses, long stage1ResponsesWithinTimescale,
                            long stage2Responses, long stage2ResponsesWithinTimescale) {
}
