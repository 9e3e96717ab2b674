package io.complaintstreams.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The report's arithmetic: exact ratios rounded half-up to one decimal place; null when undefined. */
public final class Rates {
    private Rates() {
    }

    /** count / homes x 1000; null when homes is unknown or not positive. */
    public static BigDecimal per1000(long count, Integer homes) {
        if (homes == null || homes <= 0) {
            return null;
        }
        return BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(1000)).divide(BigDecimal.valueOf(homes), 1, RoundingMode.HALF_UP);
    }

    /** 100 x part / whole; null when whole is 0. */
    public static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
