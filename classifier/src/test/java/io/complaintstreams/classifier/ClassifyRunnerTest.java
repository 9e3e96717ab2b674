package io.complaintstreams.classifier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClassifyRunnerTest {
    private final ObjectMapper json = new ObjectMapper();

    private record Run(int exit, List<JsonNode> lines) {
    }

    private Run run(String input) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = new ClassifyRunner().run(new StringReader(input), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<JsonNode> lines = new ArrayList<>();
        for (String l : bytes.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!l.isBlank()) {
                lines.add(json.readTree(l));
            }
        }
        return new Run(exit, lines);
    }

    @Test
    void shouldClassifyTsvWithAHeaderAndExtraColumns() throws Exception {
        Run r = run("id\tsource\tdissatisfied\tthemes\ttext\nA1\tservice_request\t1\trepairs\tStill waiting for the fence, third request.\n"
                + "A2\tsurvey\t0\t\tHappy with the service, thank you.\n");
        assertEquals(0, r.exit());
        assertEquals(2, r.lines().size());
        JsonNode first = r.lines().get(0);
        assertEquals("A1", first.get("id").asText());
        assertTrue(first.get("dissatisfied").asBoolean());
        assertEquals("RAISE_COMPLAINT", first.get("action").asText());
        assertTrue(first.get("themes").isArray());
        assertEquals(List.of("id", "dissatisfied", "themes", "action"), fieldNames(first).subList(0, 4));
        assertEquals("NONE", r.lines().get(1).get("action").asText());
    }

    @Test
    void shouldRefuseATsvLineWithAnExtraColumnNamingItsLineAndStillAnswerTheOthers() throws Exception {
        Run r = run("id\tsource\ttext\nA1\tcontact\tThe boiler is broken\tagain, third time\nA2\tsurvey\tFine, thanks.\n");
        assertEquals(2, r.exit());
        assertEquals(2, r.lines().size());
        JsonNode extra = r.lines().get(0);
        assertEquals(2, extra.get("line").asInt(), extra.toString());
        assertEquals("line", extra.get("field").asText());
        assertTrue(extra.get("error").asText().startsWith("has 4 tab-separated columns but the header has 3"), extra.toString());
        assertEquals("A2", r.lines().get(1).get("id").asText());
    }

    @Test
    void shouldClassifyJsonLinesIgnoringOtherFields() throws Exception {
        Run r = run("{\"id\":\"C1\",\"source\":\"contact\",\"text\":\"Oh great, no hot water again.\",\"extra\":1}\n");
        assertEquals(0, r.exit());
        assertEquals("OFFER_COMPLAINT", r.lines().get(0).get("action").asText());
    }

    @Test
    void shouldReportBadLinesWithTheirFieldAndExitTwo() throws Exception {
        Run r = run("{\"id\":\"C1\",\"source\":\"letterbox\",\"text\":\"hello\"}\n"
                + "{\"id\":\"C2\",\"source\":\"survey\",\"text\":\"Fine.\"}\n"
                + "not json\n"
                + "{\"source\":\"survey\",\"text\":\"x\"}\n");
        assertEquals(2, r.exit());
        assertEquals(4, r.lines().size());
        assertEquals(1, r.lines().get(0).get("line").asInt());
        assertEquals("source", r.lines().get(0).get("field").asText());
        assertEquals("C2", r.lines().get(1).get("id").asText());
        assertEquals(3, r.lines().get(2).get("line").asInt());
        assertEquals("id", r.lines().get(3).get("field").asText());
    }

    @Test
    void shouldRejectATsvHeaderWithoutText() throws Exception {
        Run r = run("id\tsource\nA\tcontact\n");
        assertEquals(2, r.exit());
        assertEquals("text", r.lines().get(0).get("field").asText());
    }

    @Test
    void shouldReportAShortTsvRowAgainstItsLineNumber() throws Exception {
        Run r = run("id\tsource\ttext\nA1\tcontact\n");
        assertEquals(2, r.exit());
        assertEquals(2, r.lines().get(0).get("line").asInt());
        assertEquals("text", r.lines().get(0).get("field").asText());
    }

    @Test
    void shouldRefuseEmptyAndOverlongTextWithTheIngestBounds() throws Exception {
        String tooLong = "a".repeat(io.complaintstreams.domain.validation.InputRules.MAX_TEXT_LENGTH + 1);
        Run r = run("{\"id\":\"E1\",\"source\":\"contact\",\"text\":\"  \"}\n"
                + "{\"id\":\"E2\",\"source\":\"contact\",\"text\":\"" + tooLong + "\"}\n"
                + "{\"id\":\"E3\",\"source\":\"contact\",\"text\":\"Still waiting.\"}\n");
        assertEquals(2, r.exit());
        assertEquals("text", r.lines().get(0).get("field").asText());
        assertTrue(r.lines().get(0).get("error").asText().contains("empty"), r.lines().get(0).toString());
        assertTrue(r.lines().get(1).get("error").asText().contains("must not be longer than 20000"), r.lines().get(1).toString());
        assertEquals("E3", r.lines().get(2).get("id").asText());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
