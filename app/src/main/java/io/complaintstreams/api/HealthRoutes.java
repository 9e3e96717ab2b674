package io.complaintstreams.api;

import io.complaintstreams.metrics.StreamsProgress;
import io.javalin.Javalin;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;

/**
 * {@code GET /health}: 200 {@code UP} when the broker answers and the topology is RUNNING and making progress
 * ({@link StreamsProgress}); else 503 {@code DOWN} with {@code reason} (e.g. a stream thread failing repeatedly on
 * the same record, Streams in ERROR, input waiting with nothing committed for 60 s). The body also carries the
 * parts' states and the input records waiting.
 */
public final class HealthRoutes {
    private final Supplier<Boolean> brokerReachable;
    private final Supplier<KafkaStreams.State> streamsState;
    private final String brokerAddress;
    private final StreamsProgress progress;

    public HealthRoutes(String brokerAddress, Supplier<Boolean> brokerReachable, Supplier<KafkaStreams.State> streamsState,
                        StreamsProgress progress) {
        this.brokerAddress = brokerAddress;
        this.brokerReachable = brokerReachable;
        this.streamsState = streamsState;
        this.progress = progress;
    }

    public void register(Javalin app) {
        app.get("/health", ctx -> {
            boolean broker = brokerReachable.get();
            KafkaStreams.State state = streamsState.get();
            StreamsProgress.Verdict verdict = progress.verdict(state);
            boolean up = broker && verdict.up();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", up ? "UP" : "DOWN");
            body.put("reason", broker ? verdict.reason() : "Kafka broker at " + brokerAddress + " not reachable");
            body.put("broker", Map.of("bootstrapServers", brokerAddress, "reachable", broker));
            body.put("streams", Map.of("state", String.valueOf(state), "progressing", verdict.up(),
                    "inputRecordsWaiting", progress.waiting()));
            ctx.status(up ? 200 : 503).json(body);
        });
    }
}
