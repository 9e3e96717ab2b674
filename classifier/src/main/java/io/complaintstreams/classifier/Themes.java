package io.complaintstreams.classifier;

import java.util.List;

/** The fixed theme taxonomy (contract section 4), in a stable order. */
public final class Themes {
    public static final List<String> ALL = List.of(
            "repairs", "damp_mould", "heating_hot_water", "communication", "rent_charges",
            "anti_social_behaviour", "staff_conduct", "complaint_handling", "estate_services",
            "adaptations_accessibility", "lettings_moves", "safety_compliance");

    private Themes() {
    }

    public static boolean isTheme(String name) {
        return ALL.contains(name);
    }
}
