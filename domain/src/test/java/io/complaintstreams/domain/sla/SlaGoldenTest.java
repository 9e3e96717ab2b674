package io.complaintstreams.domain.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.complaintstreams.domain.deadline.DeadlineCalculator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlaGoldenTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void shouldAnswerEveryGoldenDevelopmentCaseExactly() throws IOException {
        Path golden = GoldenFiles.dir();
        List<String> expected = Files.readAllLines(golden.resolve("sla_dev_expected.jsonl"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit;
        try (Reader in = Files.newBufferedReader(golden.resolve("sla_dev_input.jsonl"))) {
            exit = new SlaRunner(DeadlineCalculator.standard()).run(in, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        }
        List<String> actual = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, exit);
        assertEquals(60, expected.size());
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            JsonNode want = mapper.readTree(expected.get(i));
            JsonNode got = mapper.readTree(actual.get(i));
            assertEquals(fieldNames(want), fieldNames(got), "fields of line " + (i + 1));
            for (Iterator<Map.Entry<String, JsonNode>> it = want.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                assertEquals(field.getValue(), got.get(field.getKey()), "line " + (i + 1) + " field " + field.getKey());
            }
            assertEquals(expected.get(i), actual.get(i), "line " + (i + 1) + " byte for byte, spacing included");
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
