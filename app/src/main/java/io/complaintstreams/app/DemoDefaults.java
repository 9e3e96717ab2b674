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
 * stage 2), so the MRC view shows on-time rates against both. Another landlord's homes are kept as configured.
 */
public final class DemoDefaults {
    static final Map<ConfigKey, String> LOCAL_TARGETS = Map.of(
            AppConfig.LOCAL_STAGE1_ACK, "3", AppConfig.LOCAL_STAGE1_RESPOND, "8",
            AppConfig.LOCAL_STAGE2_ACK, "3", AppConfig.LOCAL_STAGE2_RESPOND, "15");

    private DemoDefaults() {
    }

    /** {@code config} with the demo landlord's homes and local targets where none are set. */
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
        return additions.isEmpty() ? config : config.with(additions);
    }
}
