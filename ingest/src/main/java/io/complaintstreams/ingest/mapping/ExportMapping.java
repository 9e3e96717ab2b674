package io.complaintstreams.ingest.mapping;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A source system's mapping file: its tables, each mapping one kind of export (file or topic) onto one kind of
 * input event. The file format is documented in {@code config/mappings/README.md}; {@link MappingFileReader}
 * reads it.
 *
 * @param name   what the mapping is for, e.g. {@code Dynamics 365 case export}
 * @param tables in file order; the first table whose {@code match} fits a name reads it
 */
public record ExportMapping(String name, List<TableMapping> tables) {
    public ExportMapping {
        tables = List.copyOf(tables);
    }

    /** Reads and checks a mapping file (YAML, {@code .yml}/{@code .yaml}/{@code .json}). */
    public static ExportMapping load(Path file) throws IOException {
        return MappingFileReader.read(file);
    }

    /** The table for a file name or topic name, if any matches. */
    public Optional<TableMapping> tableFor(String fileOrTopic) {
        return tables.stream().filter(t -> t.matches(fileOrTopic)).findFirst();
    }
}
