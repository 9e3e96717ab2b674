package io.complaintstreams.domain.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.complaintstreams.domain.complaint.AlertKind;
import io.complaintstreams.domain.complaint.ComplaintStatus;
import io.complaintstreams.domain.complaint.FactType;
import io.complaintstreams.domain.glossary.Glossary.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlossaryTest {
    /** CONTRACTS section 4's twelve themes. */
    private static final List<String> THEMES = List.of("repairs", "damp_mould", "heating_hot_water", "communication",
            "rent_charges", "anti_social_behaviour", "staff_conduct", "complaint_handling", "estate_services",
            "adaptations_accessibility", "lettings_moves", "safety_compliance");

    @Test
    void shouldLabelEveryCodeTheProductStores() {
        THEMES.forEach(t -> assertNotEquals(t, Glossary.label(Kind.THEME, t), t));
        for (AlertKind k : AlertKind.values()) {
            assertNotEquals(k.name(), Glossary.label(Kind.ALERT, k.name()), k.name());
        }
        for (ComplaintStatus s : ComplaintStatus.values()) {
            assertNotEquals(s.name(), Glossary.label(Kind.STATUS, s.name()), s.name());
        }
        for (FactType t : FactType.values()) {
            assertNotEquals(t.name(), Glossary.label(Kind.EVENT, t.name()), t.name());
        }
        assertEquals("Partly upheld", Glossary.label(Kind.OUTCOME, "PARTLY_UPHELD"));
        assertEquals("Damp and mould", Glossary.label(Kind.THEME, "damp_mould"));
    }

    @Test
    void shouldShowAnUnknownCodeAsItself() {
        assertEquals("garden_hedges", Glossary.label(Kind.THEME, "garden_hedges"));
        assertNull(Glossary.label(Kind.THEME, null));
    }
}
