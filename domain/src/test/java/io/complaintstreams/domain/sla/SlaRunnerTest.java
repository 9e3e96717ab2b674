package io.complaintstreams.domain.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.complaintstreams.domain.deadline.DeadlineCalculator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlaRunnerTest {
    private static final String GOOD = "{\"id\": \"A\", \"stage\": 1, \"received\": \"2024-10-02\", \"asOf\": \"2024-10-03\"}";
    private final ObjectMapper mapper = new ObjectMapper();
    private int exit;

    private List<JsonNode> run(String input) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        exit = new SlaRunner(DeadlineCalculator.standard()).run(new StringReader(input), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<JsonNode> out = new ArrayList<>();
        for (String line : bytes.toString(StandardCharsets.UTF_8).lines().toList()) {
            out.add(mapper.readTree(line));
        }
        return out;
    }

    private JsonNode errorFor(String badLine) throws Exception {
        List<JsonNode> out = run(GOOD + "\n" + badLine + "\n" + GOOD.replace("\"A\"", "\"C\"") + "\n");
        assertEquals(2, exit);
        assertEquals(3, out.size());
        assertEquals("A", out.get(0).get("id").asText());
        assertEquals("C", out.get(2).get("id").asText());
        JsonNode error = out.get(1);
        assertEquals(2, error.get("line").asInt());
        return error;
    }

    @Test
    void shouldReportBadJsonAndStillAnswerOtherLines() throws Exception {
        JsonNode error = errorFor("{\"id\": \"B\", \"stage\": 1,");
        assertTrue(error.get("error").asText().contains("invalid JSON"), error.toString());
    }

    @Test
    void shouldNameMissingReceived() throws Exception {
        JsonNode error = errorFor("{\"id\": \"B\", \"stage\": 1, \"asOf\": \"2024-10-03\"}");
        assertEquals("received: missing", error.get("error").asText());
    }

    @Test
    void shouldNameStageOfWrongType() throws Exception {
        JsonNode error = errorFor("{\"id\": \"B\", \"stage\": \"1\", \"received\": \"2024-10-02\", \"asOf\": \"2024-10-03\"}");
        assertTrue(error.get("error").asText().startsWith("stage:"), error.toString());
    }

    @Test
    void shouldNameStageOutOfRange() throws Exception {
        JsonNode error = errorFor("{\"id\": \"B\", \"stage\": 3, \"received\": \"2024-10-02\", \"asOf\": \"2024-10-03\"}");
        assertTrue(error.get("error").asText().startsWith("stage:"), error.toString());
    }

    @Test
    void shouldNameBadDate() throws Exception {
        JsonNode impossible = errorFor("{\"id\": \"B\", \"stage\": 1, \"received\": \"2023-02-30\", \"asOf\": \"2024-10-03\"}");
        assertTrue(impossible.get("error").asText().startsWith("received:"), impossible.toString());
        JsonNode farFuture = errorFor("{\"id\": \"B\", \"stage\": 1, \"received\": \"9999-12-31\", \"asOf\": \"9999-12-31\"}");
        assertEquals("received: must be a date in the years 1900 to 2999, got \"9999-12-31\"", farFuture.get("error").asText());
        JsonNode shape = errorFor("{\"id\": \"B\", \"stage\": 1, \"received\": \"2024-10-02\", \"asOf\": \"03/10/2024\"}");
        assertTrue(shape.get("error").asText().startsWith("asOf:"), shape.toString());
    }

    @Test
    void shouldNameNegativeExtensionAndAcknowledgementBeforeReceipt() throws Exception {
        JsonNode ext = errorFor("{\"id\": \"B\", \"stage\": 1, \"received\": \"2024-10-02\", \"extensionWorkingDays\": -1, \"asOf\": \"2024-10-03\"}");
        assertTrue(ext.get("error").asText().startsWith("extensionWorkingDays:"), ext.toString());
        JsonNode ack = errorFor("{\"id\": \"B\", \"stage\": 1, \"received\": \"2024-10-02\", \"acknowledged\": \"2024-10-01\", \"asOf\": \"2024-10-03\"}");
        assertTrue(ack.get("error").asText().startsWith("acknowledged:"), ack.toString());
    }

    @Test
    void shouldRefuseAnAsOfBeforeTheComplaintWasReceivedInsteadOfAnsweringOnTrack() throws Exception {
        List<JsonNode> out = run(GOOD + "\n{\"id\": \"C\", \"stage\": 1, \"received\": \"2024-10-02\", \"asOf\": \"2024-09-01\"}\n");
        assertEquals(2, exit);
        assertEquals("A", out.get(0).get("id").asText());
        JsonNode error = out.get(1);
        assertEquals(2, error.get("line").asInt(), error.toString());
        assertFalse(error.has("status"), error.toString());
        assertEquals("asOf: is before received (2024-09-01 < 2024-10-02)", error.get("error").asText());
    }

    @Test
    void shouldSkipBlankLinesButCountThem() throws Exception {
        List<JsonNode> out = run(GOOD + "\n\n   \nnot json\n");
        assertEquals(2, out.size());
        assertEquals(4, out.get(1).get("line").asInt());
        assertEquals(2, exit);
    }

    @Test
    void shouldWriteNullFlagsAndExitZeroWhenAllLinesAreGood() throws Exception {
        List<JsonNode> out = run(GOOD + "\n");
        assertEquals(0, exit);
        JsonNode line = out.get(0);
        assertTrue(line.get("acknowledgedOnTime").isNull());
        assertTrue(line.get("respondedOnTime").isNull());
        assertEquals("2024-10-09", line.get("acknowledgeBy").asText());
        assertEquals(List.of("id", "acknowledgeBy", "respondBy", "acknowledgedOnTime", "respondedOnTime", "extensionCompliant", "status"),
                iterableNames(line));
    }

    private static List<String> iterableNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void shouldAnswerAStageRespondedWithoutAcknowledgementAsAcknowledgedOnTheResponseDate() throws Exception {
        List<JsonNode> out = run("{\"id\": \"R\", \"stage\": 1, \"received\": \"2024-09-30\", \"responded\": \"2024-10-02\", "
                + "\"asOf\": \"2024-10-03\"}\n");
        assertEquals(0, exit);
        JsonNode r = out.get(0);
        assertEquals("2024-10-07", r.get("acknowledgeBy").asText());
        assertTrue(r.get("acknowledgedOnTime").asBoolean(), r.toString());
        assertTrue(r.get("respondedOnTime").asBoolean(), r.toString());
        assertEquals("CLOSED_ON_TIME", r.get("status").asText());
    }
}
