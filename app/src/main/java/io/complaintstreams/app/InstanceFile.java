package io.complaintstreams.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * "topicPrefix": "", "clock": "wall", "startedAt": "2026-11-30T13:50:00Z", "homes": {"LL-DEMO": 2000}}}. Flags given on a
 * command win over it.
 */
public record InstanceFile(long pid, String httpUrl, String bootstrapServers, String topicPrefix, String clock,
                           Instant startedAt, Map<String, Integer> homes) {
    public InstanceFile {
        homes = Map.copyOf(homes);
    }

    public static final String NAME = "instance.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** This process's instance. */
    public static InstanceFile ofThisProcess(String httpUrl, String bootstrapServers, String topicPrefix, String clock,
                                             Map<String, Integer> homes) {
        return new InstanceFile(ProcessHandle.current().pid(), httpUrl, bootstrapServers, topicPrefix, clock, Instant.now(), homes);
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
                    Instant.parse(n.path("startedAt").asText(Instant.EPOCH.toString())), homes));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unreadable: as if absent, the commands fall back to their defaults
        }
    }

    /** Whether this instance dates deadlines by the wall clock. */
    public boolean wallClock() {
        return "wall".equalsIgnoreCase(clock);
    }
}
