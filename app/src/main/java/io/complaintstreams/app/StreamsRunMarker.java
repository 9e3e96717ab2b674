package io.complaintstreams.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.kafka.common.utils.Utils;

/**
 * Whether the last run's Kafka Streams closed cleanly. Under exactly-once, Kafka Streams refuses a global store that
 * a run left without its checkpoint (kill -9, power loss): "didn't find a valid state, since under EOS it has the risk
 * of getting uncommitted data in stores"; its global thread dies and the app stops. So a marker file in the data
 * directory ({@value #FILE}) is written before Streams starts and deleted once Streams has closed cleanly; a start
 * that finds it deletes the global state directory first, and Streams rebuilds the global store
 * ({@code privacy-resident-keys-store}) from its topic ({@code complaints.resident-keys}). Task stores need nothing:
 * Streams wipes and restores a corrupted task by itself.
 */
final class StreamsRunMarker {
    static final String FILE = "streams-running";

    private StreamsRunMarker() {
    }

    /**
     * Call before Streams starts, with the data directory locked.
     *
     * @param globalStateDir {@code STATE_DIR/APPLICATION_ID/global}
     * @return true when the last run did not close cleanly (its global state, if any, is then deleted)
     * @throws IOException when the marker cannot be written or the global state not deleted
     */
    static boolean beforeStart(Path dataDir, Path globalStateDir) throws IOException {
        Path marker = dataDir.resolve(FILE);
        boolean unclean = Files.exists(marker);
        if (unclean && Files.exists(globalStateDir)) {
            Utils.delete(globalStateDir.toFile());
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
