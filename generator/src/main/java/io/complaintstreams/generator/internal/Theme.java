package io.complaintstreams.generator.internal;

import java.time.LocalDate;

/** The classifier's theme taxonomy (CONTRACTS section 4) with the share of complaints and contacts about each. */
public enum Theme {
    REPAIRS("repairs", 30, 0),
    DAMP_MOULD("damp_mould", 6, 14),
    HEATING_HOT_WATER("heating_hot_water", 5, 14),
    COMMUNICATION("communication", 8, 0),
    RENT_CHARGES("rent_charges", 6, 0),
    ANTI_SOCIAL_BEHAVIOUR("anti_social_behaviour", 6, 0),
    STAFF_CONDUCT("staff_conduct", 3, 0),
    COMPLAINT_HANDLING("complaint_handling", 2, 0),
    ESTATE_SERVICES("estate_services", 7, 0),
    ADAPTATIONS_ACCESSIBILITY("adaptations_accessibility", 3, 0),
    LETTINGS_MOVES("lettings_moves", 3, 0),
    SAFETY_COMPLIANCE("safety_compliance", 4, 0);

    private static final Theme[] REPAIR_THEMES = {REPAIRS, DAMP_MOULD, HEATING_HOT_WATER, ESTATE_SERVICES,
        SAFETY_COMPLIANCE, ADAPTATIONS_ACCESSIBILITY};

    private final String wire;
    private final double baseWeight;
    private final double winterWeight;

    Theme(String wire, double baseWeight, double winterWeight) {
        this.wire = wire;
        this.baseWeight = baseWeight;
        this.winterWeight = winterWeight;
    }

    public String wire() {
        return wire;
    }

    /** Any theme, seasonally weighted for the date. */
    public static Theme pickFor(LocalDate date, Rng rng) {
        return pickAmong(values(), date, rng);
    }

    /** Any theme, by its base weight alone. */
    public static Theme pickAny(Rng rng) {
        Theme[] all = values();
        double[] weights = new double[all.length];
        for (int i = 0; i < all.length; i++) {
            weights[i] = all[i].baseWeight;
        }
        return all[rng.weighted(weights)];
    }

    /** A theme that leads to a repair job, seasonally weighted for the date. */
    public static Theme pickRepairFor(LocalDate date, Rng rng) {
        return pickAmong(REPAIR_THEMES, date, rng);
    }

    private static Theme pickAmong(Theme[] themes, LocalDate date, Rng rng) {
        double w = Season.winterness(date);
        double[] weights = new double[themes.length];
        for (int i = 0; i < themes.length; i++) {
            weights[i] = themes[i].baseWeight + themes[i].winterWeight * w;
        }
        return themes[rng.weighted(weights)];
    }
}
