package io.complaintstreams.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
}
