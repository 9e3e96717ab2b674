package io.complaintstreams.api;

import io.complaintstreams.domain.validation.FutureRefusals;
import io.complaintstreams.metrics.StreamsProgress;
import io.javalin.Javalin;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;

/**
 * {@code GET /health}: 200 {@code UP} when the broker answers and the topology is RUNNING and making progress
 * ({@link StreamsProgress}); else 503 {@code DOWN} with {@code reason} (e.g. a stream thread failing repeatedly on
 * the same record, Streams in ERROR, input waiting with nothing committed for 60 s). The body also carries the
 * parts' states, the input records waiting, and {@code clock}: {@code {"skewSuspected": false}}, or when recent events
 * were refused as too far in the future in a way that points at this server's clock ({@link FutureRefusals})
 * {@code {"skewSuspected": true, "estimatedSkewSeconds", "refusals", "toleranceSeconds", "lastRefusedAt", "message"}}
 * with the same message in {@code warnings}. The status is not changed by it: the process works, its clock is wrong.
 */
public final class HealthRoutes {
    private final Supplier<Boolean> brokerReachable;
    private final Supplier<KafkaStreams.State> streamsState;
    private final String brokerAddress;
    private final StreamsProgress progress;
    private final Supplier<Optional<FutureRefusals.Suspicion>> clockSuspicion;

    public HealthRoutes(String brokerAddress, Supplier<Boolean> brokerReachable, Supplier<KafkaStreams.State> streamsState,
                        StreamsProgress progress) {
        this(brokerAddress, brokerReachable, streamsState, progress,
                () -> FutureRefusals.shared().suspicion(Clock.systemUTC().instant()));
    }

    public HealthRoutes(String brokerAddress, Supplier<Boolean> brokerReachable, Supplier<KafkaStreams.State> streamsState,
                        StreamsProgress progress, Supplier<Optional<FutureRefusals.Suspicion>> clockSuspicion) {
        this.brokerAddress = brokerAddress;
        this.brokerReachable = brokerReachable;
        this.streamsState = streamsState;
        this.progress = progress;
        this.clockSuspicion = clockSuspicion;
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
            Optional<FutureRefusals.Suspicion> suspicion = clockSuspicion.get();
            Map<String, Object> clock = new LinkedHashMap<>();
            clock.put("skewSuspected", suspicion.isPresent());
            suspicion.ifPresent(s -> {
                clock.put("estimatedSkewSeconds", s.estimatedSkew().toSeconds());
                clock.put("refusals", s.refusals());
                clock.put("toleranceSeconds", s.tolerance().toSeconds());
                clock.put("lastRefusedAt", s.lastRefusedAt().toString());
                clock.put("message", s.message());
                body.put("warnings", java.util.List.of(s.message()));
            });
            body.put("clock", clock);
            ctx.status(up ? 200 : 503).json(body);
        });
    }
}
