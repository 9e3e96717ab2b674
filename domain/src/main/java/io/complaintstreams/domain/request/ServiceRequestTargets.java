package io.complaintstreams.domain.request;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The landlord's own completion targets for service requests, in working days by category (Code 1.4: service
 * requests recorded, monitored and reviewed; the Code sets no target, the landlord does, e.g. routine repairs in 15
 * working days). Categories match the request's {@code category} ignoring case. A request whose CRM gave a
 * {@code dueAt} is due then, whatever its category's target.
 *
 * @param workingDaysByCategory lower-case category to working days (at least 1)
 */
public record ServiceRequestTargets(Map<String, Integer> workingDaysByCategory) {

    public ServiceRequestTargets {
        workingDaysByCategory = Map.copyOf(workingDaysByCategory);
    }

    public static ServiceRequestTargets none() {
        return new ServiceRequestTargets(Map.of());
    }

    /**
     * Parses {@code category=workingDays} pairs separated by commas, e.g. {@code repairs=15,heating=5}; blank: none.
     *
     * @throws IllegalArgumentException naming the entry that is not {@code category=N} with N a whole number >= 1,
     *                                  or a category given twice
     */
    public static ServiceRequestTargets parse(String text) {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return none();
        }
        for (String entry : text.split(",")) {
            String[] kv = entry.trim().split("=", -1);
            if (kv.length != 2 || kv[0].isBlank()) {
                throw new IllegalArgumentException("service-request target '" + entry.trim() + "' is not category=workingDays");
            }
            int days;
            try {
                days = Integer.parseInt(kv[1].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("service-request target '" + entry.trim() + "': working days must be a whole number");
            }
            if (days < 1) {
                throw new IllegalArgumentException("service-request target '" + entry.trim() + "': working days must be at least 1");
            }
            if (out.put(kv[0].trim().toLowerCase(Locale.ROOT), days) != null) {
                throw new IllegalArgumentException("service-request target for '" + kv[0].trim() + "' given twice");
            }
        }
        return new ServiceRequestTargets(out);
    }

    /** The target of a category, if the landlord set one. */
    public Optional<Integer> workingDaysFor(String category) {
        return category == null ? Optional.empty()
                : Optional.ofNullable(workingDaysByCategory.get(category.toLowerCase(Locale.ROOT)));
    }
}
