package io.complaintstreams.ingest.http;

import static io.complaintstreams.ingest.Fixtures.JSON;
import static io.complaintstreams.ingest.Fixtures.complaintEvent;
import static io.complaintstreams.ingest.Fixtures.contact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.complaintstreams.ingest.publish.RecordingEventPublisher;
import io.complaintstreams.topics.Topics;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 9 section 2 against a real Jetty (Javalin) server with {@link HttpServerLimits}: every refusal is a 4xx with
 * the JSON error, never a 500; non-JSON content types are 415; stalled and slow clients are cut off by Jetty's own
 * limits so that they cannot starve the others.
 */
class HttpHardeningTest {
    private static final Topics TOPICS = new Topics("t.");
    private final RecordingEventPublisher publisher = new RecordingEventPublisher();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final List<Socket> sockets = new ArrayList<>();
    private Javalin app;

    private void start(HttpServerLimits limits) {
        app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            limits.applyTo(config);
        });
        new IngestRoutes(TOPICS, publisher, IngestSettings.defaults(), IngestListener.NONE).register(app);
        app.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() throws IOException {
        for (Socket s : sockets) {
            s.close();
        }
        app.stop();
    }

    private HttpResponse<String> post(String kind, String contentType, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/v1/events/" + kind))
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Opens a socket, sends {@code head} (and the bytes of {@code body}), leaves it open. */
    private Socket raw(String head, byte[] body) throws IOException {
        Socket socket = new Socket("127.0.0.1", app.port());
        socket.setSoTimeout(60_000);
        sockets.add(socket);
        OutputStream out = socket.getOutputStream();
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
        return socket;
    }

    /**
     * Status code and body of the one response on {@code socket} (the server closes the connection after it); status -1
     * when the server closed the connection without answering (its idle timeout before any thread took the request).
     */
    private static Response read(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        try {
            while ((n = in.read(buf)) > 0) {
                all.write(buf, 0, n);
                String text = all.toString(StandardCharsets.UTF_8);
                int split = text.indexOf("\r\n\r\n");
                if (split > 0 && text.endsWith("}")) {
                    break;
                }
            }
        } catch (java.net.SocketException closed) {
            // the server closed after answering
        }
        String text = all.toString(StandardCharsets.UTF_8);
        if (text.isEmpty()) {
            return new Response(-1, "", "(closed without a response)");
        }
        int status = Integer.parseInt(text.substring(9, 12));
        return new Response(status, text.substring(text.indexOf("\r\n\r\n") + 4), text);
    }

    private record Response(int status, String body, String all) {
        JsonNode json() throws IOException {
            String b = body.strip();
            // a chunked response: keep the JSON object only
            return JSON.readTree(b.substring(b.indexOf('{'), b.lastIndexOf('}') + 1));
        }
    }

    private static String head(String contentType, String extra) {
        return "POST /api/v1/events/contacts HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + contentType + "\r\n" + extra + "\r\n";
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
            "application/json; charset=windows-1252", "application/jsonp", "text/json"})
    void shouldRefuseOtherContentTypesWith415(String contentType) throws Exception {
        start(HttpServerLimits.defaults());
        HttpResponse<String> r = post("contacts", contentType, contact().toString());
        assertEquals(415, r.statusCode(), r.body());
        assertEquals("Content-Type", JSON.readTree(r.body()).get("field").asText());
        assertTrue(publisher.records().isEmpty());
    }

    /**
     * A new user's finding: a client that compresses its upload ({@code Content-Encoding: gzip}) was told its body "is not
     * valid JSON ... CTRL-CHAR, code 31" (the gzip magic byte); a coding the server does not decode is a 415 naming
     * {@code Content-Encoding}, with {@code Accept-Encoding: identity} (RFC 9110 15.5.16), and nothing is published.
     */
    @Test
    void shouldRefuseACompressedBodyWith415NamingContentEncoding() throws Exception {
        start(HttpServerLimits.defaults());
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(zipped)) {
            gz.write(contact().toString().getBytes(StandardCharsets.UTF_8));
        }
        for (String coding : List.of("gzip", "deflate", "br", "GZIP")) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/v1/events/contacts"))
                    .header("Content-Type", "application/json").header("Content-Encoding", coding)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(zipped.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(415, r.statusCode(), coding + " -> " + r.body());
            assertEquals("Content-Encoding", JSON.readTree(r.body()).get("field").asText(), r.body());
            assertEquals("identity", r.headers().firstValue("Accept-Encoding").orElse(null));
        }
        assertTrue(publisher.records().isEmpty());
        HttpResponse<String> identity = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/v1/events/contacts"))
                .header("Content-Type", "application/json").header("Content-Encoding", "identity")
                .POST(HttpRequest.BodyPublishers.ofString(contact().toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(202, identity.statusCode(), identity.body());
    }

    @Test
    void shouldRefuseMissingContentTypeAndAcceptJsonWithUtf8Charset() throws Exception {
        start(HttpServerLimits.defaults());
        assertEquals(415, post("contacts", null, contact().toString()).statusCode());
        assertEquals(202, post("contacts", "application/json; charset=UTF-8", contact().toString()).statusCode());
        assertEquals(202, post("contacts", "Application/JSON;charset=\"utf-8\"", contact().toString()).statusCode());
        assertEquals(2, publisher.records().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0001-01-05T10:00:00Z", "1900-01-05T10:00:00Z", "1969-12-31T10:00:00Z",
            "+1000000000-01-05T10:00:00Z", "1000000000-01-05T10:00:00Z", "2099-01-05T10:00:00Z"})
    void shouldAnswerOutOfRangeYearsWith400NamingOccurredAt(String occurredAt) throws Exception {
        start(HttpServerLimits.defaults());
        HttpResponse<String> r = post("complaint-events", "application/json", complaintEvent().put("occurredAt", occurredAt).toString());
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("occurredAt", JSON.readTree(r.body()).get("field").asText());
        assertTrue(publisher.records().isEmpty());
    }

    @Test
    void shouldAnswerMalformedChunkedBodyWith400Json() throws Exception {
        start(HttpServerLimits.defaults());
        Socket s = raw(head("application/json", "Transfer-Encoding: chunked\r\n"),
                "5\r\n{\"a\":\r\nZZ-not-hex\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        Response r = read(s);
        assertTrue(r.status() >= 400 && r.status() < 500, r.all());
        assertTrue(r.json().has("error"), r.all());
        assertTrue(r.json().has("field"), r.all());
        assertTrue(publisher.records().isEmpty());
    }

    @Test
    void shouldAnswerBodyShorterThanContentLengthWithJson4xx() throws Exception {
        start(HttpServerLimits.defaults());
        Socket s = raw(head("application/json", "Content-Length: 500\r\n"), "{\"contactId\":".getBytes(StandardCharsets.US_ASCII));
        s.shutdownOutput();
        Response r = read(s);
        assertTrue(r.status() >= 400 && r.status() < 500, r.all());
        assertTrue(r.json().has("error"), r.all());
    }

    @Test
    void shouldAnswerMalformedRequestLineWithJson400() throws Exception {
        start(HttpServerLimits.defaults());
        Socket s = raw("POST /api/v1/events/contacts HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: abc\r\n\r\n", new byte[0]);
        Response r = read(s);
        assertEquals(400, r.status(), r.all());
        assertEquals("request", r.json().get("field").asText(), r.all());
    }

    @Test
    void shouldAnswerStalledBodyWith408JsonAfterTheIdleTimeout() throws Exception {
        start(new HttpServerLimits(Duration.ofMillis(500), 0, 100, 16));
        Socket s = raw(head("application/json", "Content-Length: 1000\r\n"), "[{\"contactId\":".getBytes(StandardCharsets.US_ASCII));
        Response r = read(s);
        assertEquals(408, r.status(), r.all());
        assertEquals("body", r.json().get("field").asText());
        assertTrue(publisher.records().isEmpty());
    }

    @Test
    void shouldAnswerTricklingBodyWith408() throws Exception {
        start(new HttpServerLimits(Duration.ofSeconds(30), 200, 100, 16));
        Socket s = raw(head("application/json", "Content-Length: 100000\r\n"), "[".getBytes(StandardCharsets.US_ASCII));
        OutputStream out = s.getOutputStream();
        Response r = null;
        // One byte every 100 ms is 10 bytes a second, below 200: Jetty must cut it off well before 100,000 bytes.
        for (int i = 0; i < 600 && r == null; i++) {
            try {
                out.write(' ');
                out.flush();
                Thread.sleep(100);
            } catch (IOException closed) {
                r = read(s);
            }
            if (r == null && s.getInputStream().available() > 0) {
                r = read(s);
            }
        }
        assertTrue(r != null, "the trickling client was never cut off");
        assertEquals(408, r.status(), r.all());
    }

    @Test
    void shouldServeOthersWhileManyClientsStallTheirBodies() throws Exception {
        // 16 threads and 40 stalled clients: without the idle timeout on the body read they would hold every thread for
        // Jetty's default 30 s and more (each freed thread taking the next stalled body).
        start(new HttpServerLimits(Duration.ofSeconds(1), 0, 200, 16));
        List<Socket> stalled = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            stalled.add(raw(head("application/json", "Content-Length: 1000\r\n"), "[".getBytes(StandardCharsets.US_ASCII)));
        }
        // While every thread is held, a waiting connection may itself reach the idle timeout and be closed; the stalled
        // bodies are cut after 1 s, so a client that tries again is served. Bounded: 60 s, not a fixed sleep.
        HttpResponse<String> good = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (good == null && System.nanoTime() < deadline) {
            try {
                good = post("contacts", "application/json", contact().toString());
            } catch (IOException closedWhileQueued) {
                // try again
            }
        }
        assertTrue(good != null, "a normal request was never answered while 40 clients stalled");
        assertEquals(202, good.statusCode(), good.body());
        for (Socket s : stalled) {
            int status = read(s).status();
            assertTrue(status == 408 || status == -1, "stalled client answered " + status);
        }
        assertEquals(1, publisher.records().size(), "only the good request was published");
    }
}
