package io.complaintstreams.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.complaintstreams.streams.classification.ClassificationPart;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Materialized;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateStoresRecordTest {
    @TempDir
    Path dataDir;

    @Test
    void shouldNameStoresAddedAndRemovedSinceTheLastRunFromItsFileOrItsStoreDirectories() throws Exception {
        StreamsBuilder builder = new StreamsBuilder();
        builder.table("in", Materialized.<String, String, org.apache.kafka.streams.state.KeyValueStore<org.apache.kafka.common.utils.Bytes, byte[]>>as("ledger-v2")
                .withKeySerde(Serdes.String()).withValueSerde(Serdes.String()));
        Set<String> current = StateStoresRecord.storesOf(builder.build().describe());
        assertEquals(Set.of("ledger-v2"), current);
        Path appState = dataDir.resolve("streams").resolve("app");

        assertFalse(StateStoresRecord.compare(dataDir, appState, current).any(), "a fresh data directory: nothing to say");

        // a data directory of an earlier version, before the record file: its store directories
        Files.createDirectories(appState.resolve("0_0").resolve("rocksdb").resolve("ledger-v1"));
        Files.createDirectories(appState.resolve("0_1").resolve("seen-contacts"));
        var fromDisk = StateStoresRecord.compare(dataDir, appState, current);
        assertEquals(Set.of("ledger-v2"), fromDisk.added());
        assertEquals(Set.of("ledger-v1", "seen-contacts"), fromDisk.removed());

        StateStoresRecord.write(dataDir, current);
        assertFalse(StateStoresRecord.compare(dataDir, appState, current).any(), "the record file wins once written");
        var next = StateStoresRecord.compare(dataDir, appState, Set.of("ledger-v2", "request-ledger"));
        assertEquals(Set.of("request-ledger"), next.added());
        assertEquals(Set.of(), next.removed());
    }

    @Test
    void shouldNameAStoreReshapedUnderTheSameNameOnceAndNothingAfterAReset() throws Exception {
        String unlogged = ClassificationPart.UNLOGGED_STORE;
        Set<String> current = Set.of("complaint-ledger", unlogged);
        Path appState = dataDir.resolve("streams").resolve("app");
        Files.createDirectories(appState.resolve("1_0").resolve("rocksdb").resolve(unlogged));
        // the last run was a version before the state format file, whose signals-unlogged-residents held JSON
        Files.writeString(dataDir.resolve(StateStoresRecord.FILE), "complaint-ledger\n" + unlogged + "\n");

        var upgrade = StateStoresRecord.compare(dataDir, appState, current);
        assertTrue(upgrade.any());
        assertEquals(Set.of(unlogged), upgrade.reshaped());
        assertEquals(Set.of(), upgrade.added());
        assertEquals(Set.of(), upgrade.removed());
        assertEquals(Set.of(unlogged), StateStoresRecord.compare(dataDir, appState, Set.of(unlogged, "new-store")).reshaped());

        StateStoresRecord.write(dataDir, current);
        assertFalse(StateStoresRecord.compare(dataDir, appState, current).any(), "said once: the format file now names this one");

        // the version before again, then `reset` (it deletes DATA_DIR/streams/APP_ID, not the record files)
        Files.delete(dataDir.resolve(StateStoresRecord.FORMAT_FILE));
        Files.delete(appState.resolve("1_0").resolve("rocksdb").resolve(unlogged));
        Files.delete(appState.resolve("1_0").resolve("rocksdb"));
        Files.delete(appState.resolve("1_0"));
        Files.delete(appState);
        assertFalse(StateStoresRecord.compare(dataDir, appState, current).any(),
                "reset deleted the local state: the replay rebuilds every store, nothing to say");
    }
}
