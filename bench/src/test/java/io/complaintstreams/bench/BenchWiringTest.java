package io.complaintstreams.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.complaintstreams.cli.Main;
import io.complaintstreams.streams.ComplaintTopology;
import io.complaintstreams.topics.Topics;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CLI finds `bench` in this module; the bench waits on every topic the topology reads. */
class BenchWiringTest {
    @Test
    void shouldFindTheBenchCommandThroughTheServiceLoader() {
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            code = Main.execute("bench", "--help");
        } finally {
            System.setOut(stdout);
        }
        String help = captured.toString(StandardCharsets.UTF_8);
        assertEquals(Main.OK, code);
        assertTrue(help.contains("--quick") && help.contains("--homes"), help);
    }

    @Test
    void shouldCountRepartitionTopicsUnderTheApplicationIdAmongTheSources() {
        Topics topics = new Topics("p.");
        var data = BenchEvents.forHomes(5);
        List<String> sources = SourceTopics.of(ComplaintTopology.build(StreamsPhases.settings(topics, "wall", data).topology()), "app");

        assertTrue(sources.contains(topics.complaintEvents.name()) && sources.contains(topics.contacts.name()), sources.toString());
        assertTrue(sources.stream().anyMatch(t -> t.startsWith("app-") && t.endsWith("-repartition")), sources.toString());
        assertTrue(sources.stream().filter(t -> t.endsWith("-repartition")).allMatch(t -> t.startsWith("app-")), sources.toString());
    }
}
