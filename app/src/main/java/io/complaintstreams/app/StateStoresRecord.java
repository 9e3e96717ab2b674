package io.complaintstreams.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.kafka.streams.TopologyDescription;

/**
 * Tells an operator when this version's state stores differ from those its data directory holds (an upgrade that
 * changes state, README "Upgrading when state changes"): a store this version adds starts empty and holds only events
 * from now on, so whatever reads it is incomplete until the application is reset and the input replayed; a store it
 * no longer has is dropped. The stores of the last run are {@code DATA_DIR/state-stores.txt} (one name per line,
 * written at every start), else the store directories Kafka Streams left under {@code DATA_DIR/streams/APP_ID}
 * (a data directory from a version before that file).
 */
final class StateStoresRecord {
    static final String FILE = "state-stores.txt";

    /** What changed, as {@code added} and {@code removed} store names (both empty when nothing did or nothing is known). */
    record Change(Set<String> added, Set<String> removed) {
        boolean any() {
            return !added.isEmpty() || !removed.isEmpty();
        }
    }

    private StateStoresRecord() {}

    /** Every store of the topology, global stores included, sorted. */
    static Set<String> storesOf(TopologyDescription topology) {
        Set<String> stores = new TreeSet<>();
        for (TopologyDescription.Subtopology sub : topology.subtopologies()) {
            for (TopologyDescription.Node node : sub.nodes()) {
                if (node instanceof TopologyDescription.Processor p) {
                    stores.addAll(p.stores());
                }
            }
        }
        for (TopologyDescription.GlobalStore global : topology.globalStores()) {
            stores.addAll(global.processor().stores());
        }
        return stores;
    }

    /** How {@code current} differs from the stores the data directory's last run had (nothing known: no change). */
    static Change compare(Path dataDir, Path appStateDir, Set<String> current) throws IOException {
        Set<String> before = previous(dataDir, appStateDir);
        if (before.isEmpty()) {
            return new Change(Set.of(), Set.of());
        }
        Set<String> added = new TreeSet<>(current);
        added.removeAll(before);
        Set<String> removed = new TreeSet<>(before);
        removed.removeAll(current);
        return new Change(added, removed);
    }

    static void write(Path dataDir, Set<String> current) throws IOException {
        Files.createDirectories(dataDir);
        Path tmp = dataDir.resolve(FILE + ".next");
        Files.writeString(tmp, String.join("\n", new TreeSet<>(current)) + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, dataDir.resolve(FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static Set<String> previous(Path dataDir, Path appStateDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        if (Files.isRegularFile(file)) {
            Set<String> names = new TreeSet<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    names.add(line.strip());
                }
            }
            return names;
        }
        return onDisk(appStateDir);
    }

    /** Store directories under the application's state directory: {@code TASK/STORE} (segmented) and {@code TASK/rocksdb/STORE}. */
    static Set<String> onDisk(Path appStateDir) throws IOException {
        Set<String> names = new TreeSet<>();
        if (!Files.isDirectory(appStateDir)) {
            return names;
        }
        List<Path> taskDirs = new ArrayList<>();
        try (Stream<Path> tasks = Files.list(appStateDir)) {
            tasks.filter(Files::isDirectory).filter(p -> p.getFileName().toString().matches("\\d+_\\d+|global")).forEach(taskDirs::add);
        }
        for (Path task : taskDirs) {
            addDirectories(task, names);
            addDirectories(task.resolve("rocksdb"), names);
        }
        names.remove("rocksdb");
        return names;
    }

    private static void addDirectories(Path dir, Set<String> names) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> children = Files.list(dir)) {
            children.filter(Files::isDirectory).map(p -> p.getFileName().toString()).forEach(names::add);
        }
    }
}
