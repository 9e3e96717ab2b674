package io.complaintstreams.query;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Forwards a query to the instance that owns the data; the {@code local=true} parameter stops it forwarding again.
 * Sends the instances' shared secret ({@code api.internal-secret}) as {@code Authorization: Bearer}, so the other
 * instance answers even when reads need a token; over HTTPS when the instances serve TLS.
 */
public final class RemoteQueryClient {
    private final HttpClient http;
    private final String scheme;
    private final String secret;

    /** Another instance's answer: status, body and the headers that state its freshness ({@link Freshness}). */
    public record Answer(int status, String body, java.util.Map<String, String> headers) {
        public Answer(int status, String body) {
            this(status, body, java.util.Map.of());
        }

        public Answer {
            headers = java.util.Map.copyOf(headers);
        }

        /** The header's value, or null. */
        public String header(String name) {
            return headers.get(name);
        }
    }

    /** Plain HTTP, no secret (instances without access control). */
    public RemoteQueryClient() {
        this(null, null);
    }

    /**
     * @param tls the client TLS context trusting the other instances' certificates, or null for plain HTTP
     * @param secret the instances' shared secret, or null/blank to send none
     */
    public RemoteQueryClient(SSLContext tls, String secret) {
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2));
        if (tls != null) {
            builder.sslContext(tls);
        }
        this.http = builder.build();
        this.scheme = tls == null ? "http" : "https";
        this.secret = secret == null || secret.isBlank() ? null : secret;
    }

    public Answer get(HostInfo host, String pathAndQuery) throws IOException, InterruptedException {
        String separator = pathAndQuery.contains("?") ? "&" : "?";
        URI uri = URI.create(scheme + "://" + host.host() + ":" + host.port() + pathAndQuery + separator + "local=true");
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET();
        if (secret != null) {
            request.header("Authorization", "Bearer " + secret);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        java.util.Map<String, String> headers = new java.util.HashMap<>();
        for (String name : java.util.List.of(Freshness.STALE, Freshness.LAG_RECORDS, Freshness.STALE_PARTITIONS)) {
            response.headers().firstValue(name).ifPresent(v -> headers.put(name, v));
        }
        return new Answer(response.statusCode(), response.body(), headers);
    }
}
