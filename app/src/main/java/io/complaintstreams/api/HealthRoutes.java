package io.complaintstreams.api;

import io.javalin.Javalin;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;

/** {@code GET /health}: 200 when the broker answers and the topology is running, else 503, with the parts' states. */
public final class HealthRoutes {
    private final Supplier<Boolean> brokerReachable;
    private final Supplier<KafkaStreams.State> streamsState;
    private final String brokerAddress;

    public HealthRoutes(String brokerAddress, Supplier<Boolean> brokerReachable, Supplier<KafkaStreams.State> streamsState) {
        this.brokerAddress = brokerAddress;
        this.brokerReachable = brokerReachable;
        this.streamsState = streamsState;
    }

    public void register(Javalin app) {
        app.get("/health", ctx -> {
            boolean broker = brokerReachable.get();
            KafkaStreams.State state = streamsState.get();
            boolean up = broker && state == KafkaStreams.State.RUNNING;
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", up ? "UP" : "DOWN");
            body.put("broker", Map.of("bootstrapServers", brokerAddress, "reachable", broker));
            body.put("streams", Map.of("state", String.valueOf(state)));
            ctx.status(up ? 200 : 503).json(body);
        });
    }
}
