package io.complaintstreams.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.complaintstreams.config.AppConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** run --demo gives its landlord a number of homes (CH01 has a figure) and local targets, unless configured. */
class DemoDefaultsTest {
    @Test
    void shouldGiveTheDemoLandlordItsHomesAndLocalTargets() throws Exception {
        AppConfig config = DemoDefaults.applyTo(AppConfig.load(null, Map.of(), Map.of()));

        assertEquals(Map.of("LL-DEMO", 2000), config.homesByLandlord());
        assertEquals(3, config.getOptionalInt(AppConfig.LOCAL_STAGE1_ACK));
        assertEquals(8, config.getOptionalInt(AppConfig.LOCAL_STAGE1_RESPOND));
        assertEquals(15, config.getOptionalInt(AppConfig.LOCAL_STAGE2_RESPOND));
        var targets = io.complaintstreams.domain.request.ServiceRequestTargets.parse(config.get(AppConfig.SERVICE_REQUEST_TARGETS));
        assertEquals(java.util.Optional.of(5), targets.workingDaysFor("heating"));
        assertEquals(java.util.Optional.of(1), targets.workingDaysFor("gas_safety"));
    }

    @Test
    void shouldGiveEveryGeneratedRepairCategoryATarget() {
        var targets = io.complaintstreams.domain.request.ServiceRequestTargets.parse(DemoDefaults.SERVICE_REQUEST_TARGETS);
        io.complaintstreams.generator.GeneratorSettings settings = io.complaintstreams.generator.GeneratorSettings.of(3, 200);
        new io.complaintstreams.generator.LandlordGenerator(settings).generate().stream()
                .filter(e -> e.topic().equals(io.complaintstreams.generator.Topics.SERVICE_REQUESTS))
                .map(e -> ((com.fasterxml.jackson.databind.JsonNode) e.json()).get("category").asText()).distinct()
                .forEach(category -> org.junit.jupiter.api.Assertions.assertTrue(targets.workingDaysFor(category).isPresent(), category));
    }

    @Test
    void shouldKeepWhatTheOperatorConfigured() throws Exception {
        AppConfig config = DemoDefaults.applyTo(AppConfig.load(null, Map.of(),
                Map.of(AppConfig.HOMES, "LL-DEMO=500,LL2=90", AppConfig.LOCAL_STAGE2_RESPOND, "18")));

        assertEquals(Map.of("LL-DEMO", 500, "LL2", 90), config.homesByLandlord());
        assertEquals(null, config.getOptionalInt(AppConfig.LOCAL_STAGE1_ACK), "the operator's targets are all there is");
        assertEquals(18, config.getOptionalInt(AppConfig.LOCAL_STAGE2_RESPOND));
        assertEquals(DemoDefaults.SERVICE_REQUEST_TARGETS, config.get(AppConfig.SERVICE_REQUEST_TARGETS), "none set: the demo's");
    }

    @Test
    void shouldAddTheDemoLandlordBesideAnotherLandlordsHomes() throws Exception {
        AppConfig config = DemoDefaults.applyTo(AppConfig.load(null, Map.of(), Map.of(AppConfig.HOMES, "LL1=12000")));

        assertEquals(Map.of("LL1", 12000, "LL-DEMO", 2000), config.homesByLandlord());
    }
}
