package io.complaintstreams.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Prometheus scrapes the running app every second; every panel query of both Grafana dashboards must then
 * return data, and the alerting rules must load into it.
 */
@Timeout(240)
class GrafanaDashboardQueriesIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** What Grafana would put for its built-in variables. */
    private static final Map<String, String> GRAFANA_VARIABLES =
            Map.of("$__rate_interval", "1m", "$__interval", "15s", "$__range", "1h");

    @TempDir
    Path dataDir;
    @TempDir
    Path promDir;

    @Test
    void shouldAnswerEveryDashboardPanelQueryFromARealPrometheus() throws Exception {
        Path prometheus = ObservedApp.requireTool("/usr/bin/prometheus", "prometheus");
        Path root = ObservedApp.repoRoot();
        try (ObservedApp app = ObservedApp.start(dataDir)) {
            app.feedSampleData();
            int port = freePort();
            Path config = promDir.resolve("prometheus.yml");
            Files.writeString(config, """
                    global: {scrape_interval: 1s, evaluation_interval: 1s}
                    rule_files: ["%s"]
                    scrape_configs:
                      - job_name: complaint-streams
                        metrics_path: /metrics
                        static_configs: [{targets: ["127.0.0.1:%d"]}]
                    """.formatted(root.resolve("prometheus/rules/complaint-streams.yml"), app.port()));
            Process prom = new ProcessBuilder(prometheus.toString(), "--config.file=" + config,
                    "--storage.tsdb.path=" + promDir.resolve("data"), "--web.listen-address=127.0.0.1:" + port)
                    .redirectErrorStream(true).redirectOutput(promDir.resolve("prometheus.log").toFile()).start();
            try {
                String api = "http://127.0.0.1:" + port;
                // ten scrapes, so that rate() over a minute has samples
                awaitData(api, "count_over_time(up{job=\"complaint-streams\"}[1m]) >= 10", Duration.ofSeconds(90));
                JsonNode rules = get(api + "/api/v1/rules");
                long ruleCount = Files.readAllLines(root.resolve("prometheus/rules/complaint-streams.yml")).stream()
                        .filter(line -> line.strip().startsWith("- alert:")).count();
                assertEquals(ruleCount, rules.at("/data/groups/0/rules").size() + rules.at("/data/groups/1/rules").size(),
                        "every alerting rule in the rules file loaded: " + rules);
                List<String> empty = new ArrayList<>();
                int checked = 0;
                for (Path dashboard : dashboards(root)) {
                    for (JsonNode panel : JSON.readTree(dashboard.toFile()).path("panels")) {
                        for (JsonNode target : panel.path("targets")) {
                            String expr = substitute(target.path("expr").asText());
                            checked++;
                            JsonNode result = query(api, expr);
                            if (result.isEmpty()) {
                                empty.add(dashboard.getFileName() + " / " + panel.path("title").asText() + ": " + expr);
                            }
                        }
                    }
                }
                assertTrue(checked >= 15, "found the panel queries: " + checked);
                assertTrue(empty.isEmpty(), "panel queries without data:\n" + String.join("\n", empty));
            } finally {
                prom.destroy();
                if (!prom.waitFor(10, TimeUnit.SECONDS)) {
                    prom.destroyForcibly();
                }
            }
        }
    }

    static String substitute(String expr) {
        String out = expr;
        for (var e : GRAFANA_VARIABLES.entrySet()) {
            out = out.replace(e.getKey(), e.getValue());
        }
        assertFalse(out.contains("$"), "an unknown Grafana variable in " + expr);
        return out;
    }

    private static List<Path> dashboards(Path root) throws Exception {
        try (Stream<Path> files = Files.list(root.resolve("grafana/dashboards"))) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            assertEquals(2, list.size(), "MRC trend board and Operations");
            return list;
        }
    }

    private static void awaitData(String api, String expr, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                if (!query(api, expr).isEmpty()) {
                    return;
                }
            } catch (java.io.IOException notYetListening) {
                // Prometheus is starting
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Prometheus never answered " + expr);
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
    }

    private static JsonNode query(String api, String expr) throws Exception {
        JsonNode body = get(api + "/api/v1/query?query=" + URLEncoder.encode(expr, StandardCharsets.UTF_8));
        assertEquals("success", body.path("status").asText(), expr + " -> " + body);
        return body.at("/data/result");
    }

    private static JsonNode get(String url) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body());
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
