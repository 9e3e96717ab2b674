package io.complaintstreams.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.Test;

/** The instance-to-instance client sends the shared secret (and only when one is configured) and asks for local answers. */
class RemoteQueryClientTest {
    @Test
    void shouldSendTheInstanceSecretAsABearerTokenAndAskForTheLocalShare() throws Exception {
        AtomicReference<String> authorization = new AtomicReference<>();
        AtomicReference<String> query = new AtomicReference<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            query.set(exchange.getRequestURI().getQuery());
            byte[] body = "[]".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            HostInfo host = new HostInfo("127.0.0.1", server.getAddress().getPort());
            var answer = new RemoteQueryClient(null, "s3cret").get(host, "/api/v1/internal/complaint-facts");
            assertEquals(200, answer.status());
            assertEquals("Bearer s3cret", authorization.get());
            assertEquals("local=true", query.get());

            new RemoteQueryClient().get(host, "/api/v1/complaints?status=OVERDUE");
            assertNull(authorization.get(), "no secret configured, none sent");
            assertEquals("status=OVERDUE&local=true", query.get());
        } finally {
            server.stop(0);
        }
    }
}
