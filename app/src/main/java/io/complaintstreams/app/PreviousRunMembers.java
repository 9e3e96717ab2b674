package io.complaintstreams.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Tells the consumer-group members of this instance's own previous run from other instances'. Kafka Streams keeps an
 * instance's process id in {@code STATE_DIR/APPLICATION_ID/kafka-streams-process-metadata} across restarts (JSON
 * {@code {"processId": "UUID"}}) and, with no {@code client.id} set, names its clients {@code APPLICATION_ID-UUID-...}.
 * A run killed with SIGKILL leaves its members listed until their session times out ({@code session.timeout.ms},
 * 45 s by default), so the next start sees them.
 */
final class PreviousRunMembers {
    static final String PROCESS_FILE = "kafka-streams-process-metadata";
    private static final ObjectMapper JSON = new ObjectMapper();

    private PreviousRunMembers() {}

    /** The process id Kafka Streams recorded in {@code applicationStateDir}, empty when there is none or it cannot be read. */
    static Optional<String> processIdIn(Path applicationStateDir) {
        Path file = applicationStateDir.resolve(PROCESS_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode id = JSON.readTree(file.toFile()).path("processId");
            return id.isTextual() && !id.asText().isBlank() ? Optional.of(id.asText()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** How many of the members' client ids do not carry {@code ownProcessId} (all of them when it is empty). */
    static long othersThan(List<String> memberClientIds, Optional<String> ownProcessId) {
        return memberClientIds.stream().filter(id -> ownProcessId.isEmpty() || !id.contains(ownProcessId.get())).count();
    }
}
