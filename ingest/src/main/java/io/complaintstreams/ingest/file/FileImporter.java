package io.complaintstreams.ingest.file;

import com.fasterxml.jackson.databind.JsonNode;
import io.complaintstreams.ingest.EventParsers;
import io.complaintstreams.ingest.ValidationException;
import io.complaintstreams.ingest.file.ImportSummary.FileSummary;
import io.complaintstreams.ingest.publish.DeadLetter;
import io.complaintstreams.ingest.publish.EventPublisher;
import io.complaintstreams.ingest.publish.OutgoingRecord;
import io.complaintstreams.ingest.publish.PublishException;
import io.complaintstreams.topics.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Publishes JSON-lines or CSV files to the input topics ({@link ImportFile} tells which from the name).
 * Valid rows go to their topic, keyed by their id, with the eventId given or derived from content (so
 * importing a file again yields the same ids); bad rows go to the dead-letter topic with their original
 * bytes and {@link DeadLetter} headers. Rows are published in batches (valid and dead-lettered together);
 * if a batch fails the import stops with the exception, and the batches before it stay published.
 */
public final class FileImporter {
    private final EventParsers parsers = new EventParsers();
    private final Topics topics;
    private final EventPublisher publisher;
    private final ImportOptions options;

    public FileImporter(Topics topics, EventPublisher publisher, ImportOptions options) {
        this.topics = topics;
        this.publisher = publisher;
        this.options = options;
    }

    /** Imports one file, or every file of a directory (not recursive), in kind order then name order. */
    public ImportSummary importPath(Path input) throws IOException, PublishException {
        List<ImportFile> files = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Path path : listFiles(input)) {
            ImportFile.of(path).ifPresentOrElse(files::add, () -> skipped.add(path.getFileName().toString()));
        }
        files.sort(Comparator.comparing(ImportFile::kind).thenComparing(f -> f.path().getFileName().toString()));
        long total = 0;
        for (ImportFile file : files) {
            total += Files.size(file.path());
        }
        List<FileSummary> summaries = new ArrayList<>();
        try (ImportProgress progress = ImportProgress.open(options.progressBar(), total)) {
            long done = 0;
            for (ImportFile file : files) {
                summaries.add(importFile(file, progress, done));
                done += Files.size(file.path());
            }
        }
        return new ImportSummary(summaries, skipped);
    }

    private static List<Path> listFiles(Path input) throws IOException {
        if (!Files.isDirectory(input)) {
            return List.of(input);
        }
        try (Stream<Path> entries = Files.list(input)) {
            return entries.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private FileSummary importFile(ImportFile file, ImportProgress progress, long bytesBefore) throws IOException, PublishException {
        String sourceTopic = file.kind().topic(topics).name();
        String fileName = file.path().getFileName().toString();
        Batch batch = new Batch();
        long rows = 0;
        try (RowSource source = RowSource.open(file)) {
            Row row;
            while ((row = source.next()) != null) {
                rows++;
                try {
                    if (row.unreadable() != null) {
                        throw row.unreadable();
                    }
                    batch.add(parsers.parse(file.kind(), row.node()).toRecord(topics), false);
                } catch (ValidationException e) {
                    DeadLetter letter = new DeadLetter(sourceTopic, keyOf(row, file), row.original(), e.error(), e.field(), fileName, row.line());
                    batch.add(letter.toRecord(topics.deadLetter()), true);
                }
                if (batch.size() >= options.batchSize()) {
                    batch.flush();
                }
                progress.advanceTo(bytesBefore + source.bytesRead());
            }
        }
        batch.flush();
        return new FileSummary(fileName, file.kind(), rows, batch.published, batch.deadLettered);
    }

    private static String keyOf(Row row, ImportFile file) {
        JsonNode key = row.node() == null ? null : row.node().get(file.kind().keyField());
        return key != null && key.isTextual() && !key.textValue().isBlank() ? key.textValue() : null;
    }

    /** Records waiting to be published, and what has been acknowledged so far. */
    private final class Batch {
        private final List<OutgoingRecord> records = new ArrayList<>();
        private long pendingDead;
        long published;
        long deadLettered;

        void add(OutgoingRecord record, boolean dead) {
            records.add(record);
            pendingDead += dead ? 1 : 0;
        }

        int size() {
            return records.size();
        }

        void flush() throws PublishException {
            publisher.publish(List.copyOf(records));
            published += records.size() - pendingDead;
            deadLettered += pendingDead;
            records.clear();
            pendingDead = 0;
        }
    }
}
