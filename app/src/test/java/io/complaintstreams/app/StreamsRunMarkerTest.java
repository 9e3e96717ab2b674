package io.complaintstreams.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a start does with the local state the last run left: kept after a clean close, the global and task directories
 * deleted (restored from their changelogs) after an unclean stop, the process metadata kept either way.
 */
class StreamsRunMarkerTest {
    @TempDir
    Path dataDir;

    private Path applicationState() throws IOException {
        Path app = dataDir.resolve("streams").resolve("complaint-streams");
        for (String store : new String[] {"global/rocksdb/privacy-resident-keys-store", "0_1/signals-seen-contacts/signals-seen-contacts.1745280000000",
                "2_2/rocksdb/signals-unlogged-residents", "1_0__named/rocksdb/store"}) {
            Files.createDirectories(app.resolve(store));
            Files.writeString(app.resolve(store).resolve("000001.sst"), "data");
        }
        Files.writeString(app.resolve("kafka-streams-process-metadata"), "{\"processId\":\"p\"}");
        return app;
    }

    @Test
    void shouldKeepTheStateAfterACleanClose() throws IOException {
        Path app = applicationState();
        assertFalse(StreamsRunMarker.beforeStart(dataDir, app), "first start: nothing to clean");
        StreamsRunMarker.afterCleanClose(dataDir);

        assertFalse(StreamsRunMarker.beforeStart(dataDir, app));

        assertTrue(Files.exists(app.resolve("global/rocksdb/privacy-resident-keys-store/000001.sst")));
        assertTrue(Files.exists(app.resolve("0_1/signals-seen-contacts/signals-seen-contacts.1745280000000/000001.sst")));
        assertTrue(Files.exists(app.resolve("2_2/rocksdb/signals-unlogged-residents/000001.sst")));
    }

    @Test
    void shouldDeleteGlobalAndTaskStateButKeepTheProcessIdAfterAnUncleanStop() throws IOException {
        Path app = applicationState();
        StreamsRunMarker.beforeStart(dataDir, app); // the run that is then killed: the marker stays

        assertTrue(StreamsRunMarker.beforeStart(dataDir, app));

        assertFalse(Files.exists(app.resolve("global")), "global store rebuilt from its topic");
        assertFalse(Files.exists(app.resolve("0_1")), "a window store's task: restored from its changelog");
        assertFalse(Files.exists(app.resolve("2_2")));
        assertFalse(Files.exists(app.resolve("1_0__named")));
        assertTrue(Files.exists(app.resolve("kafka-streams-process-metadata")), "the process id the assignor knows is kept");
        assertTrue(Files.exists(dataDir.resolve(StreamsRunMarker.FILE)), "this run's marker");
    }

    @Test
    void shouldStartWhenThereIsNoStateYet() throws IOException {
        Path app = dataDir.resolve("streams").resolve("complaint-streams");
        Files.writeString(Files.createDirectories(dataDir).resolve(StreamsRunMarker.FILE), "1\n");

        assertTrue(StreamsRunMarker.beforeStart(dataDir, app));
        assertFalse(Files.exists(app));
    }
}
