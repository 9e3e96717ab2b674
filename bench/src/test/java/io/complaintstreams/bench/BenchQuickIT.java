package io.complaintstreams.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.complaintstreams.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench --quick} through the CLI, as CI runs it: nothing about speed is asserted (that is what the bench reports),
 * only that it finishes, that its last line is one JSON object with every field of CONTRACTS section 1 and the new
 * ones, and that the figures are sane (positive, finite, counts that add up).
 */
class BenchQuickIT {
    /**
     * Smaller than {@code --quick}'s defaults: the assertions are about the run finishing with a complete, consistent
     * report, which a quarter of the events proves as well (every phase still runs: producer, pass-through, pipeline,
     * restore, replay in its own process, alert latencies, HTTP ingest, backlog, punctuation, classifier).
     */
    private static final int EVENTS = 5_000;
    private static final int HOMES = 250;
    /** CONTRACTS section 1, `bench`. */
    private static final List<String> CONTRACT_FIELDS = List.of("events", "producerEventsPerSec", "passThroughEventsPerSec",
            "pipelineEventsPerSec", "ratio", "replaySeconds", "alertLatencyP50Ms", "alertLatencyP99Ms",
            "punctuationMsPer100kOpen", "classifierRecordsPerSecPerCore", "ingestHttpEventsPerSec", "ingestHttpP99Ms",
            "restoreSeconds", "peakRssMb");
    /** Issue 11: the honest bench's figures. */
    private static final List<String> POSITIVE_FIELDS = List.of("streamThreadMicrosPerEvent", "recordsWrittenPerEvent",
            "bytesWrittenPerEvent", "passThroughStreamThreadMicrosPerEvent", "passThroughRecordsWrittenPerEvent",
            "passThroughBytesWrittenPerEvent", "replayAppRssMb", "replayAppPeakRssMb", "replayBrokerRssMb",
            "replayAppPlusBrokerRssMb", "alertLatencyBacklogP50Ms", "alertLatencyBacklogP99Ms", "alertNoEventLatencyP50Ms",
            "alertNoEventLatencyP99Ms", "replayEvents", "pipelineProcessCpuMicrosPerEvent", "pipelineBrokerCpuMicrosPerEvent",
            "passThroughProcessCpuMicrosPerEvent", "passThroughBrokerCpuMicrosPerEvent",
            // issue 12: the classifier with sentence-embedding theme evidence, uncached, per CPU-second, model share, cached
            "classifierWithEmbeddingsRecordsPerSec", "classifierWithEmbeddingsRecordsPerCpuSec", "classifierEmbeddingModelShare",
            "classifierWithEmbeddingsCachedRecordsPerSec", "classifierGatedDissatisfactionRecordsPerSec",
            "classifierGatedDissatisfactionRecordsPerCpuSec");

    @Test
    @Timeout(value = 12, unit = TimeUnit.MINUTES)
    void shouldPrintOneCompleteSaneJsonObjectLast(@TempDir Path dir) throws Exception {
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            code = Main.execute("bench", "--quick", "--events", Integer.toString(EVENTS), "--homes", Integer.toString(HOMES),
                    "--data-dir", dir.toString());
        } finally {
            System.setOut(stdout);
        }
        String[] lines = captured.toString(StandardCharsets.UTF_8).strip().split("\\R");
        assertEquals(Main.OK, code, String.join("\n", lines));
        JsonNode json = new ObjectMapper().readTree(lines[lines.length - 1]);
        assertTrue(json.isObject());

        for (String field : CONTRACT_FIELDS) {
            assertTrue(json.path(field).isNumber(), field + " missing or not a number: " + json);
        }
        for (String field : POSITIVE_FIELDS) {
            assertTrue(json.path(field).isNumber() && json.path(field).asDouble() > 0, field + " not a positive number: " + json);
        }
        assertEquals(EVENTS, json.get("events").asInt());
        assertEquals(EVENTS, json.get("eventsByTopic").properties().stream()
                .mapToInt(e -> e.getValue().asInt()).sum(), "the events by topic add up to N");
        assertEquals(json.get("alertSamples").asInt(), json.get("alertLatencySamples").asInt(), "every idle sample alerted");
        assertEquals(json.get("alertNoEventSamples").asInt(), json.get("alertLatencySamples").asInt(), "every deadline alerted");
        assertTrue(json.get("recordsWrittenPerEvent").asDouble() > json.get("passThroughRecordsWrittenPerEvent").asDouble(),
                "the topology writes more than a copy: " + json);
        assertTrue(json.get("pipelineProcessCpuMicrosPerEvent").asDouble() >= json.get("streamThreadMicrosPerEvent").asDouble(),
                "the whole JVM's CPU includes its stream thread's: " + json);
        assertTrue(json.get("passThroughRecordsWrittenPerEvent").asDouble() >= 0.99, "a copy writes each event at least once");
        double byTopic = json.get("pipelineRecordsWrittenPerEventByTopic").properties().stream()
                .mapToDouble(e -> e.getValue().asDouble()).sum();
        assertEquals(json.get("pipelineRecordsWrittenPerEvent").asDouble(), byTopic, 0.01 * json.get("pipelineRecordsWrittenPerEventByTopic").size() + 0.01,
                "the records by topic add up to the total: " + json.get("pipelineRecordsWrittenPerEventByTopic"));
        assertTrue(json.get("pipelineRecordsWrittenPerEventByTopic").properties().stream()
                        .anyMatch(e -> e.getKey().endsWith("-changelog") && !e.getKey().startsWith("bench-pipeline")),
                "internal topics are named without the application id: " + json.get("pipelineRecordsWrittenPerEventByTopic"));
        assertTrue(json.get("ratio").asDouble() > 0 && json.get("ratio").asDouble() < 10, "ratio " + json.get("ratio"));
        assertTrue(json.get("alertLatencyP99Ms").asDouble() >= json.get("alertLatencyP50Ms").asDouble());
        assertEquals(json.get("replayAppRssMb").asLong() + json.get("replayBrokerRssMb").asLong(),
                json.get("replayAppPlusBrokerRssMb").asLong());
        assertTrue(json.get("replaySeconds").asDouble() > 0 && json.get("restoreSeconds").asDouble() > 0);
    }
}
