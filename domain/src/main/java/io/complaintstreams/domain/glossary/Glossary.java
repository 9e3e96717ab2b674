package io.complaintstreams.domain.glossary;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Human labels for the codes the product stores ({@code damp_mould} reads "Damp and mould", {@code PARTLY_UPHELD}
 * "Partly upheld"), from {@code glossary/en-GB.properties}: one list for the reports, the dashboard and Grafana.
 * A code without a label is shown as itself, so a new code is never hidden.
 */
public final class Glossary {
    /** The kinds of code the glossary labels; each is the key prefix in the properties file. */
    public enum Kind { THEME, OUTCOME, STATUS, ALERT, EVENT, TENURE, ACTION, FINDING }

    private static final Map<String, String> LABELS = load();

    private Glossary() {
    }

    /** The label of {@code code} of this kind, or the code itself when it has none (null stays null). */
    public static String label(Kind kind, String code) {
        if (code == null) {
            return null;
        }
        return LABELS.getOrDefault(kind.name().toLowerCase() + "." + code, code);
    }

    /** Every label, keyed {@code kind.code} (e.g. {@code theme.damp_mould}), sorted: for a JSON endpoint. */
    public static Map<String, String> all() {
        return LABELS;
    }

    private static Map<String, String> load() {
        Properties p = new Properties();
        try (InputStream in = Glossary.class.getResourceAsStream("/glossary/en-GB.properties")) {
            if (in == null) {
                throw new IllegalStateException("glossary/en-GB.properties missing from the classpath");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> labels = new TreeMap<>();
        p.forEach((k, v) -> labels.put((String) k, (String) v));
        return Map.copyOf(labels);
    }
}
