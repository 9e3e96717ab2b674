package io.complaintstreams.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.complaintstreams.domain.deadline.LocalStageTarget;
import io.complaintstreams.domain.deadline.LocalTargets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code DATA_DIR/instance.json}: how to reach the instance {@code run} started on that data directory, so that
 * {@code tail}, {@code import}, {@code report} and {@code erase} find it on whatever ports it was given. Written once
 * the instance answers, deleted when it stops; a file left by a process that no longer runs is ignored. Shape:
 * {@code {"pid": 1234, "httpUrl": "http://127.0.0.1:18080", "bootstrapServers": "127.0.0.1:19092",
 * "topicPrefix": "", "clock": "wall", "startedAt": "2026-11-30T13:50:00Z", "homes": {"LL-DEMO": 2000},
 * "localTargets": {"stage1": {"acknowledgeWorkingDays": 3, "respondWorkingDays": 8}, "stage2": {...}}}}: the local
 * targets the instance's own reports use ({@code local-target.*}), so that {@code report annual|quarter} on the command
 * line agrees with {@code /api/v1/reports/*}; a file without them (an older version) reads as none. Flags given on a
 * command win over it.
 */
public record InstanceFile(long pid, String httpUrl, String bootstrapServers, String topicPrefix, String clock,
                           Instant startedAt, Map<String, Integer> homes, LocalTargets localTargets) {
    public InstanceFile {
        homes = Map.copyOf(homes);
        localTargets = localTargets == null ? LocalTargets.none() : localTargets;
    }

    /** Without local targets. */
    public InstanceFile(long pid, String httpUrl, String bootstrapServers, String topicPrefix, String clock,
                        Instant startedAt, Map<String, Integer> homes) {
        this(pid, httpUrl, bootstrapServers, topicPrefix, clock, startedAt, homes, LocalTargets.none());
    }

    public static final String NAME = "instance.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** This process's instance. */
    public static InstanceFile ofThisProcess(String httpUrl, String bootstrapServers, String topicPrefix, String clock,
                                             Map<String, Integer> homes) {
        return ofThisProcess(httpUrl, bootstrapServers, topicPrefix, clock, homes, LocalTargets.none());
    }

    /** This process's instance, with the local targets its reports use. */
    public static InstanceFile ofThisProcess(String httpUrl, String bootstrapServers, String topicPrefix, String clock,
                                             Map<String, Integer> homes, LocalTargets localTargets) {
        return new InstanceFile(ProcessHandle.current().pid(), httpUrl, bootstrapServers, topicPrefix, clock, Instant.now(),
                homes, localTargets);
    }

    /** Writes it into {@code dataDir} (atomically: a reader never sees half a file). */
    public void writeTo(Path dataDir) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("pid", pid);
        body.put("httpUrl", httpUrl);
        body.put("bootstrapServers", bootstrapServers);
        body.put("topicPrefix", topicPrefix);
        body.put("clock", clock);
        body.put("startedAt", startedAt.toString());
        body.put("homes", new java.util.TreeMap<>(homes));
        if (!localTargets.equals(LocalTargets.none())) {
            Map<String, Object> targets = new LinkedHashMap<>();
            localTargets.forStage(1).ifPresent(t -> targets.put("stage1", stageJson(t)));
            localTargets.forStage(2).ifPresent(t -> targets.put("stage2", stageJson(t)));
            body.put("localTargets", targets);
        }
        try {
            Files.createDirectories(dataDir);
            Path tmp = dataDir.resolve(NAME + ".tmp");
            Files.writeString(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(body) + System.lineSeparator());
            Files.move(tmp, dataDir.resolve(NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes {@code dataDir/instance.json} if it is this process's. */
    public static void deleteOwn(Path dataDir) {
        read(dataDir).filter(f -> f.pid == ProcessHandle.current().pid()).ifPresent(f -> {
            try {
                Files.deleteIfExists(dataDir.resolve(NAME));
            } catch (IOException e) {
                // left behind: readers ignore a file whose process has ended
            }
        });
    }

    /** The instance running on {@code dataDir}, if its file is there and its process is alive. */
    public static Optional<InstanceFile> running(Path dataDir) {
        return read(dataDir).filter(f -> ProcessHandle.of(f.pid).map(ProcessHandle::isAlive).orElse(false));
    }

    /** A file left on {@code dataDir} by a process that no longer runs (e.g. killed with kill -9), if there is one. */
    public static Optional<InstanceFile> leftBehind(Path dataDir) {
        return read(dataDir).filter(f -> !ProcessHandle.of(f.pid).map(ProcessHandle::isAlive).orElse(false));
    }

    static Optional<InstanceFile> read(Path dataDir) {
        Path file = dataDir.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode n = JSON.readTree(file.toFile());
            Map<String, Integer> homes = new LinkedHashMap<>();
            n.path("homes").fields().forEachRemaining(e -> homes.put(e.getKey(), e.getValue().asInt()));
            return Optional.of(new InstanceFile(n.path("pid").asLong(-1), n.path("httpUrl").asText(""),
                    n.path("bootstrapServers").asText(""), n.path("topicPrefix").asText(""), n.path("clock").asText(""),
                    Instant.parse(n.path("startedAt").asText(Instant.EPOCH.toString())), homes,
                    new LocalTargets(stage(n.path("localTargets").path("stage1")), stage(n.path("localTargets").path("stage2")))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unreadable: as if absent, the commands fall back to their defaults
        }
    }

    private static Map<String, Object> stageJson(LocalStageTarget t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("acknowledgeWorkingDays", t.acknowledgeWorkingDays());
        m.put("respondWorkingDays", t.respondWorkingDays());
        return m;
    }

    /** A stage's targets as written; absent: null (no target for the stage). */
    private static LocalStageTarget stage(JsonNode n) {
        if (!n.isObject()) {
            return null;
        }
        JsonNode ack = n.path("acknowledgeWorkingDays");
        JsonNode respond = n.path("respondWorkingDays");
        return new LocalStageTarget(ack.isInt() ? ack.asInt() : null, respond.isInt() ? respond.asInt() : null);
    }

    /** Whether this instance dates deadlines by the wall clock. */
    public boolean wallClock() {
        return "wall".equalsIgnoreCase(clock);
    }
}
