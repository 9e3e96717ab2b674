package io.complaintstreams.reporting;

import java.util.Map;

/** Homes per landlord from configuration; resolves the figure a report divides by. */
public final class Homes {
    private Homes() {
    }

    /**
     * The homes of {@code landlordId}, or the sum over all configured landlords when it is null; null when unknown
     * (no such landlord configured, or nothing configured).
     */
    public static Integer resolve(Map<String, Integer> homesByLandlord, String landlordId) {
        if (homesByLandlord == null || homesByLandlord.isEmpty()) {
            return null;
        }
        if (landlordId != null) {
            return homesByLandlord.get(landlordId);
        }
        return homesByLandlord.values().stream().mapToInt(Integer::intValue).sum();
    }
}
