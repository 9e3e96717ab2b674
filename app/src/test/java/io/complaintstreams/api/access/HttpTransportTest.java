package io.complaintstreams.api.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.complaintstreams.config.AppConfig;
import io.complaintstreams.config.ConfigKey;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTTP port served over TLS with a certificate made in the test (PEM pair and PKCS12), on the configured bind
 * address, with the security headers; a client trusting the certificate gets through, one that does not is refused.
 */
class HttpTransportTest {
    @TempDir
    static Path dir;
    static TestCertificates certs;

    @BeforeAll
    static void certificates() throws Exception {
        certs = TestCertificates.create(dir);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private record Served(Javalin app, HttpTransport transport, int port) implements AutoCloseable {
        @Override
        public void close() {
            app.stop();
        }
    }

    private static Served serve(Map<ConfigKey, String> tls) throws Exception {
        int port = freePort();
        HttpTransport transport = HttpTransport.from(AppConfig.defaults().with(tls), port);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            transport.configure(config);
        });
        transport.register(app);
        app.get("/api/v1/complaints/{id}", ctx -> ctx.json(Map.of("complaintId", ctx.pathParam("id"))));
        transport.start(app);
        return new Served(app, transport, port);
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return get(client, url, Duration.ofSeconds(60));
    }

    private static HttpResponse<String> get(HttpClient client, String url, Duration timeout) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldServeHttpsFromPemFilesToAClientThatTrustsTheCertificate() throws Exception {
        try (Served s = serve(Map.of(AppConfig.HTTP_TLS_CERTIFICATE, certs.certificatePem().toString(),
                AppConfig.HTTP_TLS_PRIVATE_KEY, certs.privateKeyPem().toString()))) {
            HttpClient trusting = HttpClient.newBuilder().sslContext(s.transport().instanceClientContext()).build();
            HttpResponse<String> answer = get(trusting, "https://localhost:" + s.port() + "/api/v1/complaints/C-1");
            assertEquals(200, answer.statusCode());
            assertTrue(answer.body().contains("C-1"));
            assertEquals("https://127.0.0.1:" + s.port(), s.transport().baseUrl());
            assertEquals("max-age=31536000", answer.headers().firstValue("Strict-Transport-Security").orElse(""));
            assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(""));
            assertEquals(SecurityHeaders.CSP, answer.headers().firstValue("Content-Security-Policy").orElse(""));
            assertEquals("DENY", answer.headers().firstValue("X-Frame-Options").orElse(""));
            assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertEquals("no-referrer", answer.headers().firstValue("Referrer-Policy").orElse(""));

            assertThrows(SSLHandshakeException.class, () -> get(HttpClient.newHttpClient(),
                    "https://localhost:" + s.port() + "/api/v1/complaints/C-1"), "the JDK's CAs do not know the test certificate");
            // a plain-HTTP request to the TLS port gets no HTTP answer: the connection fails or this timeout ends it
            assertThrows(IOException.class, () -> get(HttpClient.newHttpClient(),
                    "http://localhost:" + s.port() + "/api/v1/complaints/C-1", Duration.ofSeconds(5)), "no plain HTTP on the TLS port");
        }
    }

    @Test
    void shouldServeHttpsFromAPkcs12Keystore() throws Exception {
        try (Served s = serve(Map.of(AppConfig.HTTP_TLS_KEYSTORE, certs.keystore().toString(),
                AppConfig.HTTP_TLS_PASSWORD, certs.password()))) {
            HttpClient trusting = HttpClient.newBuilder().sslContext(s.transport().instanceClientContext()).build();
            assertEquals(200, get(trusting, "https://127.0.0.1:" + s.port() + "/api/v1/complaints/C-2").statusCode());
        }
    }

    @Test
    void shouldServePlainHttpOnLoopbackByDefaultWithoutHsts() throws Exception {
        try (Served s = serve(Map.of())) {
            assertEquals("http://127.0.0.1:" + s.port(), s.transport().baseUrl());
            HttpResponse<String> answer = get(HttpClient.newHttpClient(), s.transport().baseUrl() + "/api/v1/complaints/C-3");
            assertEquals(200, answer.statusCode());
            assertTrue(answer.headers().firstValue("Strict-Transport-Security").isEmpty());
            assertEquals(SecurityHeaders.CSP, answer.headers().firstValue("Content-Security-Policy").orElse(""));
        }
    }

    @Test
    void shouldRejectHalfATlsConfigurationNamingTheMissingKey() {
        var e = assertThrows(IllegalArgumentException.class, () -> HttpTransport.from(AppConfig.defaults()
                .with(Map.of(AppConfig.HTTP_TLS_CERTIFICATE, certs.certificatePem().toString())), 8443));
        assertTrue(e.getMessage().contains("http.tls.private-key"), e.getMessage());
    }
}
