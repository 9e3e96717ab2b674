package io.complaintstreams.cli;

import io.complaintstreams.app.InstanceFile;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a client command ({@code tail}, {@code import}, {@code report}, {@code erase}) sends or reads records: its own
 * {@code --bootstrap-servers} and {@code --topic-prefix} when given; else those of the instance {@code run} started on
 * {@code --data-dir} ({@link InstanceFile}, default {@code ./data}); else {@value #DEFAULT_BOOTSTRAP} and no prefix.
 *
 * @param instance the running instance found, when the target came from it (its clock tells import about replays)
 */
record InstanceTarget(String bootstrapServers, String topicPrefix, Optional<InstanceFile> instance) {
    static final String DEFAULT_BOOTSTRAP = "127.0.0.1:9092";
    static final String BOOTSTRAP_HELP = "Kafka cluster (default: the instance `run` started on --data-dir, else "
            + DEFAULT_BOOTSTRAP + ").";
    static final String PREFIX_HELP = "Prefix of the project's topics (default: the running instance's, else none).";
    static final String DATA_DIR_HELP = "Data directory of the `run` to use: its instance.json gives the broker and topic "
            + "prefix when no flag does (default: ./data).";

    static InstanceTarget resolve(Path dataDir, String bootstrapFlag, String prefixFlag) {
        Path dir = dataDir == null ? Path.of("./data") : dataDir;
        Optional<InstanceFile> running = InstanceFile.running(dir);
        boolean useInstance = isBlank(bootstrapFlag) && running.isPresent();
        if (isBlank(bootstrapFlag) && running.isEmpty()) {
            InstanceFile.leftBehind(dir).ifPresent(left -> System.err.println("note: " + dir.resolve(InstanceFile.NAME)
                    + " was written by process " + left.pid() + ", which no longer runs (stopped without cleaning up, e.g. "
                    + "kill -9): not using its Kafka " + left.bootstrapServers() + "; start `run` again or give --bootstrap-servers"));
        }
        String bootstrap = !isBlank(bootstrapFlag) ? bootstrapFlag
                : running.map(InstanceFile::bootstrapServers).filter(s -> !s.isBlank()).orElse(DEFAULT_BOOTSTRAP);
        String prefix = prefixFlag != null ? prefixFlag : useInstance ? running.get().topicPrefix() : "";
        return new InstanceTarget(bootstrap, prefix, useInstance ? running : Optional.empty());
    }

    /** One line for stderr saying where the command connects and why, e.g. the instance file's. */
    String describe() {
        return instance.map(i -> "Using the running instance (pid " + i.pid() + ", " + i.httpUrl() + "): Kafka " + bootstrapServers
                        + (topicPrefix.isEmpty() ? "" : ", topic prefix " + topicPrefix))
                .orElse("Kafka " + bootstrapServers + (topicPrefix.isEmpty() ? "" : ", topic prefix " + topicPrefix));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
