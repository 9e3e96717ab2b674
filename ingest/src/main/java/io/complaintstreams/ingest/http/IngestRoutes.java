package io.complaintstreams.ingest.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.complaintstreams.ingest.EventKind;
import io.complaintstreams.ingest.EventParsers;
import io.complaintstreams.ingest.ParsedEvent;
import io.complaintstreams.ingest.ValidationException;
import io.complaintstreams.ingest.http.IngestListener.Rejection;
import io.complaintstreams.ingest.publish.EventPublisher;
import io.complaintstreams.ingest.publish.OutgoingRecord;
import io.complaintstreams.ingest.publish.PublishException;
import io.complaintstreams.topics.Topics;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code POST /api/v1/events/{contacts|service-requests|surveys|complaint-events}} (CONTRACTS section 5).
 * Order of checks: 401 (token), 404 (kind), 415 (Content-Type other than {@code application/json}, a charset other
 * than UTF-8, or none: this also stops cross-site form and text/plain posts; then a {@code Content-Encoding} other than
 * identity, e.g. a gzip upload, named as such with {@code Accept-Encoding: identity}), 413 (size), 400/408 (a body that
 * cannot be read: malformed chunks, stalled or too slow), 400 (JSON, then every item), then the whole request is
 * published as one batch: 202 {@code {"accepted": n}} once the broker acknowledged it, 503 if not. Every refusal
 * carries the JSON error {@code {"error", "field"}}.
 */
public final class IngestRoutes {
    public static final String PATH = "/api/v1/events/{kind}";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final EventParsers parsers;
    private final Topics topics;
    private final EventPublisher publisher;
    private final IngestSettings settings;
    private final IngestListener listener;
    private final BearerAuth auth;

    public IngestRoutes(Topics topics, EventPublisher publisher, IngestSettings settings, IngestListener listener) {
        this.topics = topics;
        this.publisher = publisher;
        this.settings = settings;
        this.parsers = new EventParsers(settings.timestampBounds(), Clock.systemUTC());
        this.listener = listener == null ? IngestListener.NONE : listener;
        this.auth = new BearerAuth(settings.bearerTokens());
    }

    public void register(Javalin app) {
        app.post(PATH, this::handle);
    }

    void handle(Context ctx) throws IOException {
        EventKind kind = EventKind.fromPath(ctx.pathParam("kind")).orElse(null);
        if (!auth.allows(ctx.header("Authorization"))) {
            listener.rejected(kind, Rejection.UNAUTHORIZED, 1);
            ctx.header("WWW-Authenticate", "Bearer");
            respond(ctx, 401, error("a valid bearer token is required (Authorization: Bearer TOKEN)", null));
            return;
        }
        if (kind == null) {
            listener.rejected(null, Rejection.UNKNOWN_KIND, 1);
            String known = Arrays.stream(EventKind.values()).map(EventKind::pathSegment).collect(Collectors.joining(", "));
            respond(ctx, 404, error("unknown event kind '" + ctx.pathParam("kind") + "'; expected one of " + known, "kind"));
            return;
        }
        String contentType = ctx.req().getContentType();
        if (!JsonMediaType.accepts(contentType)) {
            listener.rejected(kind, Rejection.UNSUPPORTED_MEDIA_TYPE, 1);
            respond(ctx, 415, error(JsonMediaType.refusal(contentType), "Content-Type"));
            return;
        }
        String coding = ctx.header("Content-Encoding");
        if (coding != null && !coding.isBlank() && !coding.strip().equalsIgnoreCase("identity")) {
            // a compressed upload is not decoded (nor bounded after decoding): say so, rather than "not valid JSON"
            listener.rejected(kind, Rejection.UNSUPPORTED_MEDIA_TYPE, 1);
            ctx.header("Accept-Encoding", "identity");
            respond(ctx, 415, error("Content-Encoding '" + JsonMediaType.echo(coding) + "' is not accepted: send the JSON"
                    + " uncompressed (Content-Encoding identity or none)", "Content-Encoding"));
            return;
        }
        byte[] body;
        try {
            body = BoundedBody.read(ctx, settings.maxBodyBytes());
        } catch (BoundedBody.UnreadableBody e) {
            listener.rejected(kind, Rejection.UNREADABLE_BODY, 1);
            ctx.header("Connection", "close");
            respond(ctx, e.status(), error(e.getMessage(), "body"));
            return;
        }
        if (body == null) {
            listener.rejected(kind, Rejection.TOO_LARGE, 1);
            respond(ctx, 413, error("request body is larger than " + settings.maxBodyBytes() + " bytes", "body"));
            return;
        }
        List<ParsedEvent> events;
        try {
            events = parsers.parseAll(kind, readJson(body));
        } catch (ValidationException e) {
            listener.rejected(kind, Rejection.INVALID, itemCount(body));
            respond(ctx, 400, error(e.error(), e.field()));
            return;
        }
        List<OutgoingRecord> records = events.stream().map(event -> event.toRecord(topics)).toList();
        try {
            publisher.publish(records);
        } catch (PublishException e) {
            listener.rejected(kind, Rejection.UNAVAILABLE, records.size());
            respond(ctx, 503, error("events not accepted, please retry: " + e.getMessage(), null));
            return;
        }
        listener.accepted(kind, records.size());
        respond(ctx, 202, Map.of("accepted", records.size()));
    }

    private static JsonNode readJson(byte[] body) {
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw new ValidationException("body", "is empty; expected a JSON object or array");
            }
            return node;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + " column " + e.getLocation().getColumnNr();
            throw new ValidationException("body", "is not valid JSON" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ValidationException("body", "cannot be read: " + e.getMessage());
        }
    }

    private static int itemCount(byte[] body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isArray() ? Math.max(1, node.size()) : 1;
        } catch (IOException e) {
            return 1;
        }
    }

    private static Map<String, Object> error(String message, String field) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("error", message);
        if (field != null) {
            map.put("field", field);
        }
        return map;
    }

    private static void respond(Context ctx, int status, Map<String, Object> json) throws JsonProcessingException {
        ctx.status(status).contentType("application/json").result(JSON.writeValueAsString(json));
    }
}
