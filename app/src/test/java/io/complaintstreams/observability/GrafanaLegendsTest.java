package io.complaintstreams.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.complaintstreams.domain.glossary.Glossary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Grafana's legends read like the dashboard and the reports: every panel whose legend shows a status, theme, alert kind
 * or classifier action renames each code to its label in the one glossary ({@code renameByRegex} transformations),
 * checked by applying the panel's transformations to the legend Prometheus would give for every code.
 */
class GrafanaLegendsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Glossary.Kind> LABELLED =
            Map.of("status", Glossary.Kind.STATUS, "theme", Glossary.Kind.THEME, "kind", Glossary.Kind.ALERT,
                    "action", Glossary.Kind.ACTION);

    @Test
    void shouldShowEveryCodeInALegendByItsGlossaryLabel() throws Exception {
        int checked = 0;
        for (String name : new String[] {"mrc-trend-board.json", "operations.json"}) {
            JsonNode dashboard = JSON.readTree(Files.readString(ObservedApp.repoRoot().resolve("grafana/dashboards").resolve(name)));
            for (JsonNode panel : dashboard.path("panels")) {
                for (JsonNode target : panel.path("targets")) {
                    String legend = target.path("legendFormat").asText("");
                    for (var labelled : LABELLED.entrySet()) {
                        String placeholder = "{{" + labelled.getKey() + "}}";
                        if (!legend.contains(placeholder)) {
                            continue;
                        }
                        String prefix = labelled.getValue().name().toLowerCase() + ".";
                        for (String key : Glossary.all().keySet()) {
                            if (!key.startsWith(prefix)) {
                                continue;
                            }
                            String code = key.substring(prefix.length());
                            String shown = rename(panel, legend.replace(placeholder, code).replace("{{stage}}", "1"));
                            String expected = legend.replace(placeholder, Glossary.all().get(key)).replace("{{stage}}", "1");
                            assertEquals(expected, shown, name + " panel '" + panel.path("title").asText() + "' legend for " + key);
                            checked++;
                        }
                    }
                }
            }
        }
        assertTrue(checked >= 30, "legends checked: " + checked);
    }

    /** Grafana's renameByRegex transformations in order (JavaScript's and Java's $1 agree for these patterns). */
    private static String rename(JsonNode panel, String seriesName) {
        String name = seriesName;
        for (JsonNode t : panel.path("transformations")) {
            if ("renameByRegex".equals(t.path("id").asText())) {
                String regex = t.path("options").path("regex").asText();
                if (name.matches(regex)) {
                    name = name.replaceAll(regex, t.path("options").path("renamePattern").asText());
                }
            }
        }
        return name;
    }
}
