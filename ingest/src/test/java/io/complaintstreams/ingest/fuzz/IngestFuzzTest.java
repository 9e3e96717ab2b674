package io.complaintstreams.ingest.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.complaintstreams.ingest.EventKind;
import io.complaintstreams.ingest.file.FileImporter;
import io.complaintstreams.ingest.file.ImportOptions;
import io.complaintstreams.ingest.file.ImportSummary;
import io.complaintstreams.ingest.http.HttpServerLimits;
import io.complaintstreams.ingest.http.IngestListener;
import io.complaintstreams.ingest.http.IngestRoutes;
import io.complaintstreams.ingest.http.IngestSettings;
import io.complaintstreams.ingest.publish.OutgoingRecord;
import io.complaintstreams.ingest.publish.RecordingEventPublisher;
import io.complaintstreams.domain.validation.TimestampBounds;
import io.complaintstreams.topics.Topics;
import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;

/**
 * Issue 9 section 6: Jazzer fuzzes HTTP ingest (every kind, against the real Javalin/Jetty server with the production
 * limits and a recording publisher) and the CSV / JSON-lines importer. Properties: an answer within 30 s (no hang);
 * only 2xx, or 4xx with the JSON error {@code {"error", ...}}, never 5xx; a refused request publishes nothing; an
 * accepted one publishes exactly its records and each of them is one the topology accepts; an import accounts for
 * every row (published or dead-lettered) and never publishes U+FFFD the file did not hold.
 *
 * <p>Without {@code JAZZER_FUZZ} (every build) each method runs its seed corpus in
 * {@code src/test/resources/io/complaintstreams/ingest/fuzz/IngestFuzzTestInputs/<method>/} as regression tests. The
 * long run is {@code mvn -pl ingest -am -Pfuzz -Dtest=IngestFuzzTest#httpIngest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dfuzz.seconds=600 test}.
 *
 * <p>Input layout (so seeds are easy to write by hand): byte 0 chooses the kind, byte 1 the Content-Type (HTTP) or the
 * format (import), byte 2 fixed length or chunked (HTTP) or the encoding (import); the rest is the body or file.
 */
class IngestFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Topics TOPICS = new Topics("fz.");
    private static final String[] CONTENT_TYPES = {"application/json", "application/json; charset=utf-8", "text/plain", null,
        "application/json; charset=iso-8859-1", "application/x-www-form-urlencoded"};
    private static final RecordingEventPublisher PUBLISHER = new RecordingEventPublisher();
    private static Javalin server;
    private static HttpClient client;

    private static synchronized Javalin server() {
        if (server == null) {
            server = Javalin.create(config -> {
                config.showJavalinBanner = false;
                HttpServerLimits.defaults().applyTo(config);
            });
            new IngestRoutes(TOPICS, PUBLISHER, IngestSettings.defaults().withMaxBodyBytes(64 * 1024), IngestListener.NONE).register(server);
            server.start("127.0.0.1", 0);
            client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        }
        return server;
    }

    @AfterAll
    static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    @FuzzTest(maxDuration = "60s")
    void httpIngest(byte[] data) throws Exception {
        EventKind kind = EventKind.values()[byteAt(data, 0) % EventKind.values().length];
        String contentType = CONTENT_TYPES[byteAt(data, 1) % CONTENT_TYPES.length];
        boolean chunked = byteAt(data, 2) % 2 == 1;
        byte[] body = data.length > 3 ? Arrays.copyOfRange(data, 3, data.length) : new byte[0];

        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server().port() + "/api/v1/events/" + kind.pathSegment()))
                .timeout(Duration.ofSeconds(30))
                .POST(chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        int before = PUBLISHER.records().size();
        HttpResponse<String> response;
        // The target connects to its own server by design: only that is allowed (Jazzer's SSRF detector stays on).
        int port = server().port();
        try (var allowed = BugDetectors.allowNetworkConnections((host, p) -> p == port && (host.equals("127.0.0.1") || host.equals("localhost")))) {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            fail("no answer within 30 s (a hang) for " + describe(data));
            return;
        }
        int status = response.statusCode();
        List<OutgoingRecord> published = PUBLISHER.records().subList(before, PUBLISHER.records().size());
        assertTrue(status >= 200 && status < 300 || status >= 400 && status < 500, status + " " + response.body());
        JsonNode answer = JSON.readTree(response.body());
        if (status >= 400) {
            assertTrue(answer.hasNonNull("error") && answer.get("error").isTextual(), "no JSON error: " + response.body());
            assertTrue(published.isEmpty(), "a refused request published " + published.size() + " records");
            return;
        }
        assertEquals(202, status, response.body());
        assertEquals(answer.get("accepted").asInt(), published.size(), "accepted count and records published differ");
        for (OutgoingRecord record : published) {
            assertEquals(TOPICS.byName(kind.baseTopic()).orElseThrow().name(), record.topic());
            TopologyView.refusal(record).ifPresent(reason -> fail("accepted at the door but the topology would refuse it: " + reason
                    + " for " + describe(data)));
        }
    }

    @FuzzTest(maxDuration = "60s")
    void fileImport(byte[] data) throws Exception {
        EventKind kind = EventKind.values()[byteAt(data, 0) % EventKind.values().length];
        boolean csv = byteAt(data, 1) % 2 == 1;
        Charset encoding = byteAt(data, 2) % 2 == 1 ? Charset.forName("windows-1252") : StandardCharsets.UTF_8;
        byte[] content = data.length > 3 ? Arrays.copyOfRange(data, 3, data.length) : new byte[0];

        Path dir = Files.createTempDirectory("fuzz-import");
        Path file = dir.resolve(kind.pathSegment() + (csv ? ".csv" : ".jsonl"));
        Files.write(file, content);
        RecordingEventPublisher publisher = new RecordingEventPublisher();
        try {
            ImportSummary summary = new FileImporter(TOPICS, publisher,
                    new ImportOptions(7, false, TimestampBounds.defaults(), encoding)).importPath(file);
            if (summary.anyUnreadable()) {
                // The one refusal of a whole file: a CSV header row that cannot be read; nothing may have been published.
                String reason = summary.skippedFiles().get(0).reason();
                assertTrue(csv && reason.startsWith("the header row"), "unexpected " + reason);
                assertTrue(publisher.records().isEmpty());
            }
            assertEquals(summary.rowsRead(), summary.published() + summary.deadLettered(), "every row is published or dead-lettered");
            assertEquals(summary.rowsRead(), publisher.records().size());
            boolean fileHoldsReplacement = new String(content, encoding).contains("\uFFFD") && encoding.equals(StandardCharsets.UTF_8);
            for (OutgoingRecord record : publisher.records()) {
                if (record.topic().equals(TOPICS.deadLetter())) {
                    assertFalse(record.headers().getOrDefault("error-reason", "").isBlank(), "a dead letter without its reason");
                    continue;
                }
                TopologyView.refusal(record).ifPresent(reason -> fail("imported but the topology would refuse it: " + reason));
                if (!fileHoldsReplacement) {
                    assertFalse(TopologyView.text(record).contains("\uFFFD"), "U+FFFD published from a file without it");
                }
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    private static int byteAt(byte[] data, int i) {
        return data.length > i ? data[i] & 0xFF : 0;
    }

    private static String describe(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
