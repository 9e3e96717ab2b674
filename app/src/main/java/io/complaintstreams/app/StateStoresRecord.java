package io.complaintstreams.app;

import io.complaintstreams.streams.classification.ClassificationPart;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * (a data directory from a version before that file). A store that keeps its name but changes how its values are
 * written is listed in {@link #RESHAPED_IN} with the state format that changed it; the format of the last run is
 * {@code DATA_DIR/state-format.txt} (absent: format 1).
 */
final class StateStoresRecord {
    static final String FILE = "state-stores.txt";
    static final String FORMAT_FILE = "state-format.txt";
    /** This version's state format: bump it, and add to {@link #RESHAPED_IN}, when a store's values change shape under the same name. */
    static final int FORMAT = 2;
    /** Store to the format that reshaped it: 2 = the unlogged-complaint check's JSON became Avro (30 November 2026). */
    static final Map<String, Integer> RESHAPED_IN = Map.of(ClassificationPart.UNLOGGED_STORE, 2);

    /**
     * What changed, as {@code added} and {@code removed} store names and {@code reshaped}: stores of both runs whose
     * values this version writes differently (all empty when nothing did or nothing is known).
     */
    record Change(Set<String> added, Set<String> removed, Set<String> reshaped) {
        boolean any() {
            return !added.isEmpty() || !removed.isEmpty() || !reshaped.isEmpty();
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

    /**
     * How {@code current} differs from the stores the data directory's last run had. Nothing known, or no local state
     * of the application (a new data directory, or one just reset): no change.
     */
    static Change compare(Path dataDir, Path appStateDir, Set<String> current) throws IOException {
        Set<String> before = Files.isDirectory(appStateDir) ? previous(dataDir, appStateDir) : Set.of();
        if (before.isEmpty()) {
            return new Change(Set.of(), Set.of(), Set.of());
        }
        Set<String> added = new TreeSet<>(current);
        added.removeAll(before);
        Set<String> removed = new TreeSet<>(before);
        removed.removeAll(current);
        int previousFormat = previousFormat(dataDir);
        Set<String> reshaped = new TreeSet<>();
        for (String store : current) {
            if (before.contains(store) && RESHAPED_IN.getOrDefault(store, 0) > previousFormat) {
                reshaped.add(store);
            }
        }
        return new Change(added, removed, reshaped);
    }

    /** Records this version's stores and state format as the last run's. */
    static void write(Path dataDir, Set<String> current) throws IOException {
        Files.createDirectories(dataDir);
        replace(dataDir.resolve(FILE), String.join("\n", new TreeSet<>(current)) + "\n");
        replace(dataDir.resolve(FORMAT_FILE), FORMAT + "\n");
    }

    private static void replace(Path file, String content) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".next");
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** The state format of the data directory's last run: 1 without the file (a version before it), 0 if unreadable. */
    private static int previousFormat(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FORMAT_FILE);
        if (!Files.isRegularFile(file)) {
            return 1;
        }
        try {
            return Integer.parseInt(Files.readString(file, StandardCharsets.UTF_8).strip());
        } catch (NumberFormatException e) {
            return 0;
        }
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
