package io.complaintstreams.app;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.apache.kafka.common.utils.Utils;

/**
 * Whether the last run's Kafka Streams closed cleanly, and what a start does when it did not (kill -9, power loss).
 *
 * <p>Under exactly-once Kafka Streams writes no checkpoint file while it runs, so after an unclean stop every store
 * that holds data is "without a valid state, since under EOS it has the risk of getting uncommitted data in stores"
 * and must be wiped and restored from its changelog. Kafka Streams does not always manage that by itself:
 * <ul>
 *   <li>the global store ({@code privacy-resident-keys-store}): its global thread dies and the app stops;</li>
 *   <li>task stores: Kafka Streams 4.3 opens them once at start-up ("startup state stores", KAFKA-19434), finds
 *       them corrupted, and a window store's segment stays locked by the process ("lock hold by current process",
 *       then "RocksDB metrics recorder ... has already been added"), so each replacement stream thread fails the
 *       same way and {@code run} stops after {@link ThreadFailureBudget}'s limit (seen with {@code signals-seen-contacts}
 *       after a kill -9 of {@code run --demo}; the next start then worked).</li>
 * </ul>
 * So a marker file in the data directory ({@value #FILE}) is written before Streams starts and deleted once Streams
 * has closed cleanly; a start that finds it deletes the global state directory and every task directory before
 * Kafka Streams opens them, and Streams restores them from their changelogs, which it would have had to do anyway.
 * The process metadata file ({@code kafka-streams-process-metadata}: the process id the assignor knows) is kept.
 */
final class StreamsRunMarker {
    static final String FILE = "streams-running";
    /** A task directory: {@code <subtopology>_<partition>}, with a named topology's suffix if any. */
    private static final Pattern TASK_DIRECTORY = Pattern.compile("\\d+_\\d+(__.+)?");

    private StreamsRunMarker() {
    }

    /**
     * Call before Streams starts, with the data directory locked.
     *
     * @param applicationStateDir {@code STATE_DIR/APPLICATION_ID}: holds {@code global} and the task directories
     * @return true when the last run did not close cleanly (its global and task state, if any, is then deleted)
     * @throws IOException when the marker cannot be written or the state not deleted
     */
    static boolean beforeStart(Path dataDir, Path applicationStateDir) throws IOException {
        Path marker = dataDir.resolve(FILE);
        boolean unclean = Files.exists(marker);
        if (unclean && Files.isDirectory(applicationStateDir)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(applicationStateDir)) {
                for (Path entry : entries) {
                    String name = entry.getFileName().toString();
                    if (Files.isDirectory(entry) && (name.equals("global") || TASK_DIRECTORY.matcher(name).matches())) {
                        Utils.delete(entry.toFile());
                    }
                }
            }
        }
        Files.createDirectories(dataDir);
        Files.writeString(marker, ProcessHandle.current().pid() + "\n");
        return unclean;
    }

    /** Call once Streams has closed cleanly (state NOT_RUNNING). */
    static void afterCleanClose(Path dataDir) throws IOException {
        Files.deleteIfExists(dataDir.resolve(FILE));
    }
}
