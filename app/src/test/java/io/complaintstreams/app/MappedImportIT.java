package io.complaintstreams.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.complaintstreams.cli.Main;
import io.complaintstreams.testsupport.Poll;
import io.complaintstreams.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import --mapping} of the sample exports in {@code config/mappings/samples} into the running application on
 * its real embedded broker: mapped events reach the input topics and the topology, rows the mapping cannot read reach
 * the dead-letter topic naming the source column.
 */
@Timeout(180)
class MappedImportIT {
    private static final Path MAPPINGS = Path.of("..", "config", "mappings");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void shouldImportBothExampleExportsEndToEnd() throws Exception {
        try (RunningApp running = RunningApp.start(dataDir, java.util.Map.of())) {
            String kafka = running.app.kafkaAddress();
            int dynamics = Main.execute("import", "--input", MAPPINGS.resolve("samples/dynamics-365").toString(),
                    "--mapping", MAPPINGS.resolve("dynamics-365-cases.yml").toString(), "--bootstrap-servers", kafka, "--no-progress",
                    "--data-dir", dataDir.toString());
            int housing = Main.execute("import", "--input", MAPPINGS.resolve("samples/housing-system").toString(),
                    "--mapping", MAPPINGS.resolve("housing-system-complaints.yml").toString(), "--bootstrap-servers", kafka, "--no-progress",
                    "--data-dir", dataDir.toString());
            assertEquals(Main.BAD_INPUT, dynamics, "exit 2: some rows were dead-lettered");
            assertEquals(Main.BAD_INPUT, housing);

            // processed by the topology: the complaint's deadline state answers from the store
            JsonNode[] state = new JsonNode[1];
            Poll.until(Duration.ofSeconds(60), () -> {
                try {
                    var response = running.get("/api/v1/complaints/CAS-01001-K7Q2");
                    if (response.statusCode() != 200) {
                        return false;
                    }
                    state[0] = JSON.readTree(response.body());
                    return "CLOSED_ON_TIME".equals(state[0].path("status").asText());
                } catch (Exception e) {
                    return false;
                }
            }, "CAS-01001-K7Q2 closed on time in the deadline store");
            assertEquals("LL-DYN", state[0].path("landlordId").asText());
            Poll.until(Duration.ofSeconds(60), () -> {
                try {
                    var response = running.get("/api/v1/complaints/HC-5002");
                    return response.statusCode() == 200 && JSON.readTree(response.body()).path("extensionWorkingDays").asInt() == 10;
                } catch (Exception e) {
                    return false;
                }
            }, "HC-5002 (Excel serial dates, extension of 10) in the deadline store");

            assertEquals(17, running.readAll(Topics.COMPLAINT_EVENTS, Duration.ofSeconds(3)).size());
            assertEquals(5, running.readAll(Topics.CONTACTS, Duration.ofSeconds(2)).size());
            Set<String> deadFields = running.readAll(Topics.DEAD_LETTER, Duration.ofSeconds(2)).stream()
                    .filter(r -> r.headers().lastHeader("source-file") != null)
                    .map(r -> new String(r.headers().lastHeader("error-field").value(), StandardCharsets.UTF_8))
                    .collect(Collectors.toSet());
            assertEquals(Set.of("Status Reason", "Modified On", "Activity Type", "STAGE", "CATEGORY_CODES", "ContactMethod"), deadFields);
            assertTrue(running.readAll(Topics.SIGNALS, Duration.ofSeconds(2)).size() >= 5, "contacts were classified");
        }
    }
}
