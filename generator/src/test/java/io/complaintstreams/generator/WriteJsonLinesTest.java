package io.complaintstreams.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteJsonLinesTest {

    @Test
    void shouldWriteOneSortedFilePerTopicMatchingGenerate(@TempDir Path dir) throws IOException {
        LandlordGenerator generator = new LandlordGenerator(GeneratorSettings.of(3, 400));
        GenerationSummary summary = generator.writeJsonLines(dir);
        List<GeneratedEvent> all = generator.generate();
        for (String topic : Topics.ALL) {
            List<String> expected = all.stream().filter(e -> e.topic().equals(topic)).map(e -> e.json().toString()).toList();
            List<String> written = Files.readAllLines(dir.resolve(Topics.fileName(topic)));
            assertEquals(expected, written, topic);
            assertEquals(expected.size(), summary.eventsPerTopic().get(topic));
        }
        assertEquals(all.size(), summary.totalEvents());
    }

    @Test
    void shouldLeaveNoTemporaryFilesBehind(@TempDir Path dir) throws IOException {
        new LandlordGenerator(GeneratorSettings.of(3, 50)).writeJsonLines(dir);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(Topics.ALL.size(), files.count());
        }
    }

    @Test
    void shouldReportProgressUpToTheTotal(@TempDir Path dir) {
        LandlordGenerator generator = new LandlordGenerator(GeneratorSettings.of(3, 600));
        List<Long> reported = new ArrayList<>();
        generator.writeJsonLines(dir, reported::add);
        assertEquals(600 + 5 * 12, generator.progressTotal());
        assertEquals(generator.progressTotal(), reported.get(reported.size() - 1));
        for (int i = 1; i < reported.size(); i++) {
            assertTrue(reported.get(i) > reported.get(i - 1), "progress must increase");
        }
    }
}
