package io.complaintstreams.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The Prometheus configuration and alerting rules pass {@code promtool}'s own checks. */
@Timeout(60)
class PromtoolIT {
    private final Path promtool = ObservedApp.requireTool("/usr/bin/promtool", "prometheus");
    private final Path root = ObservedApp.repoRoot();

    @Test
    void shouldPassPromtoolCheckRules() throws Exception {
        run(promtool.toString(), "check", "rules", root.resolve("prometheus/rules/complaint-streams.yml").toString());
    }

    @Test
    void shouldPassPromtoolCheckConfig() throws Exception {
        run(promtool.toString(), "check", "config", root.resolve("prometheus/prometheus.yml").toString());
    }

    @Test
    void shouldPassTheRuleUnitTests() throws Exception {
        run(promtool.toString(), "test", "rules", root.resolve("prometheus/tests/complaint-streams.test.yml").toString());
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        assertEquals(0, p.exitValue(), String.join(" ", command) + "\n" + out);
    }
}
