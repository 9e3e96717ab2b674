package io.complaintstreams.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import complaintstreams.events.AuditRecord;
import io.complaintstreams.config.AppConfig;
import io.complaintstreams.config.ConfigKey;
import io.complaintstreams.schema.EventSerdes;
import io.complaintstreams.testsupport.Poll;
import io.complaintstreams.topics.Topics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, "Done when": with read tokens configured, every GET under /api/v1/ (enumerated from Javalin's router, so a
 * new route is covered without editing this test) and the dashboard answer 401 without a read token; the internal
 * endpoint refuses an outsider; ingest tokens and read tokens stay separate; OIDC bearer JWTs are accepted by role;
 * the dashboard signs in with a cookie; reads are audited on complaints.audit without resident ids.
 */
@Timeout(420) // per method and for the start-up in @BeforeAll (broker, topics, restore) on a shared 2-core machine
class AccessControlIT {
    static final String READ_TOKEN = "read-token-for-officers-7f3a";
    static final String INGEST_TOKEN = "ingest-token-for-the-crm-91c2";
    static final String SECRET = "instance-secret-5d1e";
    static final String ISSUER = "https://idp.example.org/realms/landlord";
    static final String AUDIENCE = "complaint-streams";
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @TempDir
    static Path dataDir;
    @TempDir
    static Path keys;
    static RSAKey idpKey;
    static RunningApp app;

    @BeforeAll
    static void start() throws Exception {
        idpKey = new RSAKeyGenerator(2048).keyID("idp-1").generate();
        Path jwks = keys.resolve("jwks.json");
        Files.writeString(jwks, new JWKSet(idpKey.toPublicJWK()).toString());
        Map<ConfigKey, String> config = Map.of(AppConfig.API_READ_TOKENS, "another-reader-token," + READ_TOKEN,
                AppConfig.INGEST_TOKENS, INGEST_TOKEN, AppConfig.API_INTERNAL_SECRET, SECRET,
                AppConfig.OIDC_ISSUER, ISSUER, AppConfig.OIDC_JWKS, jwks.toString(), AppConfig.OIDC_AUDIENCE, AUDIENCE,
                AppConfig.OIDC_ROLES_CLAIM, "realm_access.roles", AppConfig.OIDC_ROLE_MAPPING, "officer=cs-officer,mrc=cs-mrc");
        app = RunningApp.start(dataDir, config);
        String complaint = """
                {"complaintId":"C-AUD-1","landlordId":"LL1","residentId":"R-SECRET-42","type":"RECEIVED","stage":1,
                 "occurredAt":"2026-11-02T10:00:00Z"}""";
        assertEquals(202, send("POST", "/api/v1/events/complaint-events", complaint, "Bearer " + INGEST_TOKEN).statusCode());
        Poll.until(Duration.ofSeconds(90), () -> status("/api/v1/complaints/C-AUD-1", "Bearer " + READ_TOKEN) == 200,
                "the complaint is queryable with a read token");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    static HttpResponse<String> send(String method, String path, String body, String authorization, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.app.httpUrl() + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null && headers.length == 0) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String path, String authorization) throws Exception {
        return send("GET", path, null, authorization);
    }

    static int status(String path, String authorization) {
        try {
            return get(path, authorization).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    /** Every GET route under /api/v1/ from the router, path parameters filled in, with a period where one is needed. */
    static List<String> apiGetPaths() {
        List<String> paths = new ArrayList<>();
        for (String endpoint : app.app.httpEndpoints()) {
            if (endpoint.startsWith("GET /api/v1/")) {
                paths.add(endpoint.substring(4).replaceAll("\\{[^}]*}", "C-AUD-1").replaceAll("<[^>]*>", "x")
                        + "?period=2026-27&from=2026-11&to=2026-11");
            }
        }
        return paths;
    }

    @Test
    void shouldAnswer401ToEveryApiGetAndTheDashboardWithoutAValidReadToken() throws Exception {
        List<String> paths = apiGetPaths();
        assertTrue(paths.size() >= 8, "routes found: " + paths);
        for (String path : paths) {
            for (String wrong : new String[] {null, "Bearer not-a-token", "Bearer " + INGEST_TOKEN, "Basic " + READ_TOKEN,
                    "Bearer " + READ_TOKEN.substring(0, READ_TOKEN.length() - 1)}) {
                HttpResponse<String> answer = get(path, wrong);
                assertEquals(401, answer.statusCode(), path + " with " + wrong + ": " + answer.body());
                assertFalse(answer.body().contains("R-SECRET-42") || answer.body().contains("C-AUD-1\""), answer.body());
            }
            if (!path.startsWith("/api/v1/internal/")) {
                int status = get(path, "Bearer " + READ_TOKEN).statusCode();
                assertTrue(status != 401 && status != 403, path + " with the read token answered " + status);
            }
        }
        HttpResponse<String> dashboard = get("/", null);
        assertEquals(401, dashboard.statusCode());
        assertTrue(dashboard.body().contains("action=\"/login\""), "the dashboard's 401 is its sign-in page");
        assertEquals(401, get("/index.html", null).statusCode());
        assertEquals(200, get("/", "Bearer " + READ_TOKEN).statusCode());
        for (String open : new String[] {"/dashboard.js", "/dashboard.css", "/favicon.svg", "/metrics"}) {
            assertEquals(200, get(open, null).statusCode(), open + " holds no personal data and stays open");
        }
        assertTrue(List.of(200, 503).contains(get("/health", null).statusCode()), "/health stays open by default");
    }

    @Test
    void shouldRefuseTheInternalEndpointToAnOutsiderAndAnswerAnotherInstance() throws Exception {
        String path = "/api/v1/internal/complaint-facts";
        assertEquals(401, get(path, null).statusCode());
        assertEquals(401, get(path, "Bearer " + READ_TOKEN).statusCode(), "a reader is not an instance");
        assertEquals(401, get("/api/v1//internal/complaint-facts", null).statusCode(), "no spelling of the path slips through");
        assertEquals(401, get("/api/v1/%69nternal/complaint-facts", null).statusCode());
        HttpResponse<String> instance = get(path, "Bearer " + SECRET);
        assertEquals(200, instance.statusCode());
        assertTrue(instance.body().contains("C-AUD-1"));
    }

    @Test
    void shouldKeepIngestAndReadTokensApart() throws Exception {
        assertEquals(401, send("POST", "/api/v1/events/complaint-events", "[]", "Bearer " + READ_TOKEN).statusCode());
        assertEquals(401, get("/api/v1/complaints/C-AUD-1", "Bearer " + INGEST_TOKEN).statusCode());
    }

    @Test
    void shouldAcceptIdentityProviderTokensByRole() throws Exception {
        assertEquals(200, get("/api/v1/complaints/C-AUD-1", "Bearer " + jwt("officer-1", "cs-officer", ISSUER, 300)).statusCode());
        String mrc = "Bearer " + jwt("cllr-1", "cs-mrc", ISSUER, 300);
        assertEquals(403, get("/api/v1/complaints/C-AUD-1", mrc).statusCode(), "the MRC reads figures, not cases");
        assertEquals(200, get("/api/v1/tsm?period=2026-27", mrc).statusCode());
        assertEquals(401, get("/api/v1/tsm?period=2026-27", "Bearer " + jwt("x", "cs-mrc", "https://evil.example.org/", 300)).statusCode());
        assertEquals(401, get("/api/v1/tsm?period=2026-27", "Bearer " + jwt("x", "cs-mrc", ISSUER, -600)).statusCode());
    }

    @Test
    void shouldSignTheDashboardInWithAStrictHttpOnlyCookie() throws Exception {
        var refused = send("POST", "/login", "token=" + READ_TOKEN, null, "Content-Type", "application/x-www-form-urlencoded",
                "Origin", "https://evil.example.org");
        assertEquals(403, refused.statusCode());
        var wrong = send("POST", "/login", "token=nope", null, "Content-Type", "application/x-www-form-urlencoded");
        assertEquals(401, wrong.statusCode());
        assertTrue(wrong.headers().firstValue("Set-Cookie").isEmpty());
        var login = send("POST", "/login", "token=" + READ_TOKEN, null, "Content-Type", "application/x-www-form-urlencoded");
        assertEquals(303, login.statusCode());
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
        String pair = cookie.substring(0, cookie.indexOf(';'));
        assertEquals(200, send("GET", "/", null, null, "Cookie", pair).statusCode());
        HttpResponse<String> signedIn = send("GET", "/api/v1/complaints", null, null, "Cookie", pair);
        assertEquals(200, signedIn.statusCode());
        assertEquals("true", signedIn.headers().firstValue("Complaint-Streams-Signed-In").orElse(""), "the pages offer Sign out");
        assertTrue(get("/api/v1/complaints", "Bearer " + READ_TOKEN).headers().firstValue("Complaint-Streams-Signed-In").isEmpty(),
                "a bearer token is no dashboard session");
        HttpResponse<String> page = send("GET", "/", null, null, "Cookie", pair);
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void shouldAuditWhoReadAComplaintWithoutTheResidentsId() throws Exception {
        assertEquals(200, get("/api/v1/complaints/C-AUD-1", "Bearer " + READ_TOKEN).statusCode());
        assertEquals(200, get("/api/v1/alerts", "Bearer " + READ_TOKEN).statusCode());
        String reader = "read-token:" + HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(READ_TOKEN.getBytes(StandardCharsets.UTF_8)), 0, 4);
        List<AuditRecord> audit = new ArrayList<>();
        Poll.until(Duration.ofSeconds(60), () -> {
            audit.clear();
            app.readAll(new Topics("").audit.name(), Duration.ofSeconds(1))
                    .forEach(r -> audit.add(EventSerdes.AUDIT_RECORD.decode(r.value())));
            return audit.stream().anyMatch(a -> a.getAction().equals("LIST_ALERTS") && a.getPrincipal().equals(reader));
        }, "the alert list read is audited");
        // reads answered 503 while the store was restoring (the start-up poll) are audited too; take the answered one
        AuditRecord read = audit.stream().filter(a -> a.getAction().equals("READ_COMPLAINT") && a.getPrincipal().equals(reader)
                && a.getOutcome() == 200).findFirst().orElseThrow(() -> new AssertionError("no answered read in " + audit));
        assertEquals("GET /api/v1/complaints/{id}", read.getRoute());
        assertEquals("C-AUD-1", read.getSubject());
        assertEquals(200, read.getOutcome());
        assertTrue(read.getAt().isAfter(Instant.now().minusSeconds(600)));
        for (AuditRecord a : audit) {
            assertFalse(a.toString().contains("R-SECRET-42"), "no resident id in " + a);
            assertFalse(a.getPrincipal().contains(READ_TOKEN), "no token in " + a);
        }
    }

    static String jwt(String subject, String role, String issuer, long expiresInSeconds) throws Exception {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).audience(AUDIENCE).subject(subject)
                .issueTime(Date.from(now.minusSeconds(900))).expirationTime(Date.from(now.plusSeconds(expiresInSeconds)))
                .claim("realm_access", Map.of("roles", List.of(role))).build();
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(idpKey.getKeyID()).build(), claims);
        token.sign(new RSASSASigner(idpKey));
        return token.serialize();
    }
}
