package io.complaintstreams.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/topology.txt} is the production topology's {@code Topology.describe()}: a change of processors, stores
 * or topics (a state-changing change) fails here until the file is regenerated, so it is always visible in review.
 */
class TopologyDescriptionTest {
    static final String FILE = "docs/topology.txt";
    static final String HOW = "regenerate it with: mvn -pl streams-app -am test -Dtest=TopologyDescriptionTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dtopology.update=true (or UPDATE_TOPOLOGY=1), then review"
            + " and commit the diff; a changed store or repartition topic needs the upgrade procedure (README, 'reset')";

    @Test
    void shouldMatchTheCommittedTopologyDescription() throws IOException {
        String described = describe();
        Path file = projectRoot().resolve(FILE);
        if (Boolean.getBoolean("topology.update") || "1".equals(System.getenv("UPDATE_TOPOLOGY"))) {
            Files.writeString(file, described, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(file), FILE + " is missing: " + HOW);
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), described,
                FILE + " does not match Topology.describe() of the production topology: " + HOW);
    }

    /** The production topology (unprefixed topic names, default settings) as {@code describe()} prints it. */
    static String describe() {
        return ComplaintTopology.build(TopologySettings.defaults(TestDrivers.TOPICS)).describe().toString();
    }

    private static Path projectRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("streams-app")) && Files.isDirectory(dir.resolve("docs"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no project root (with streams-app/ and docs/) above " + Path.of("").toAbsolutePath());
    }
}
