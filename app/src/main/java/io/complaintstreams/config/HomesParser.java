package io.complaintstreams.config;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses {@code LANDLORD=N} entries (comma-separated or repeated flags). */
public final class HomesParser {
    private HomesParser() {}

    public static Map<String, Integer> parse(String commaSeparated) {
        return parse(commaSeparated == null || commaSeparated.isBlank() ? List.of() : List.of(commaSeparated.split(",")));
    }

    public static Map<String, Integer> parse(Collection<String> entries) {
        Map<String, Integer> homes = new LinkedHashMap<>();
        for (String raw : entries) {
            String entry = raw.trim();
            if (entry.isEmpty()) {
                continue;
            }
            int eq = entry.indexOf('=');
            if (eq <= 0 || eq == entry.length() - 1) {
                throw new IllegalArgumentException("homes entry '" + entry + "' must be LANDLORD=N");
            }
            String landlord = entry.substring(0, eq).trim();
            int n;
            try {
                n = Integer.parseInt(entry.substring(eq + 1).trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("homes entry '" + entry + "': N must be a whole number");
            }
            if (n <= 0) {
                throw new IllegalArgumentException("homes entry '" + entry + "': N must be positive");
            }
            homes.put(landlord, n);
        }
        return homes;
    }

    public static String format(Map<String, Integer> homes) {
        return String.join(",", homes.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }
}
