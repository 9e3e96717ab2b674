package io.complaintstreams.app;

import io.complaintstreams.config.AppConfig;
import io.complaintstreams.config.ConfigKey;
import io.complaintstreams.config.HomesParser;
import io.complaintstreams.generator.DemoFeed;
import io.complaintstreams.generator.GeneratorSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code run --demo} configures for its synthetic landlord ({@value GeneratorSettings#DEFAULT_LANDLORD_ID}) unless
 * the operator set it: its number of homes ({@value DemoFeed#DEFAULT_HOMES}, so CH01 per 1,000 homes has a figure) and
 * local targets stricter than the Code (acknowledge in 3 working days at both stages, respond in 8 at stage 1 and 15 at
 * stage 2), so the MRC view shows on-time rates against both; and completion targets for its service requests by
 * category ({@link #SERVICE_REQUEST_TARGETS}: emergencies such as gas safety in 1 working day, heating in 5, routine
 * repairs in 15 to 20), so a request the CRM sent without a {@code dueAt} is still monitored (Code 1.4). Another
 * landlord's homes are kept as configured.
 */
public final class DemoDefaults {
    static final Map<ConfigKey, String> LOCAL_TARGETS = Map.of(
            AppConfig.LOCAL_STAGE1_ACK, "3", AppConfig.LOCAL_STAGE1_RESPOND, "8",
            AppConfig.LOCAL_STAGE2_ACK, "3", AppConfig.LOCAL_STAGE2_RESPOND, "15");

    /** The demo landlord's completion targets in working days, by the generator's repair categories. */
    static final String SERVICE_REQUEST_TARGETS = "gas_safety=1,electrical_safety=1,fire_safety=1,heating=5,electrical=5,"
            + "plumbing=10,damp_mould=15,roofing=15,windows_doors=15,carpentry=20,kitchen_bathroom=20,communal=15,grounds=20,"
            + "adaptations=40";

    private DemoDefaults() {
    }

    /** {@code config} with the demo landlord's homes, local targets and service-request targets where none are set. */
    public static AppConfig applyTo(AppConfig config) {
        Map<ConfigKey, String> additions = new LinkedHashMap<>();
        Map<String, Integer> homes = new LinkedHashMap<>(config.homesByLandlord());
        if (!homes.containsKey(GeneratorSettings.DEFAULT_LANDLORD_ID)) {
            homes.put(GeneratorSettings.DEFAULT_LANDLORD_ID, DemoFeed.DEFAULT_HOMES);
            additions.put(AppConfig.HOMES, HomesParser.format(homes));
        }
        List<ConfigKey> targets = List.of(AppConfig.LOCAL_STAGE1_ACK, AppConfig.LOCAL_STAGE1_RESPOND,
                AppConfig.LOCAL_STAGE2_ACK, AppConfig.LOCAL_STAGE2_RESPOND);
        if (targets.stream().allMatch(key -> config.get(key).isBlank())) {
            additions.putAll(LOCAL_TARGETS);
        }
        if (config.get(AppConfig.SERVICE_REQUEST_TARGETS).isBlank()) {
            additions.put(AppConfig.SERVICE_REQUEST_TARGETS, SERVICE_REQUEST_TARGETS);
        }
        return additions.isEmpty() ? config : config.with(additions);
    }
}
