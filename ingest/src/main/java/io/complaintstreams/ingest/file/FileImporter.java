package io.complaintstreams.ingest.file;

import com.fasterxml.jackson.databind.JsonNode;
import io.complaintstreams.ingest.EventKind;
import io.complaintstreams.ingest.EventParsers;
import io.complaintstreams.ingest.ValidationException;
import io.complaintstreams.ingest.ParsedEvent;
import io.complaintstreams.ingest.file.ImportSummary.FileSummary;
import io.complaintstreams.ingest.mapping.ExportMapping;
import io.complaintstreams.ingest.mapping.MappedEvents;
import io.complaintstreams.ingest.mapping.SourceRows;
import io.complaintstreams.ingest.mapping.TableMapping;
import io.complaintstreams.ingest.publish.DeadLetter;
import io.complaintstreams.ingest.publish.EventPublisher;
import io.complaintstreams.ingest.publish.OutgoingRecord;
import io.complaintstreams.ingest.publish.PublishException;
import io.complaintstreams.topics.Topics;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Publishes JSON-lines or CSV files to the input topics ({@link ImportFile} tells which from the name).
 * Valid rows go to their topic, keyed by their id, with the eventId given or derived from content (so
 * importing a file again yields the same ids); bad rows go to the dead-letter topic with their original
 * bytes and {@link DeadLetter} headers. Rows are published in batches (valid and dead-lettered together);
 * if a batch fails the import stops with the exception, and the batches before it stay published.
 *
 * <p>With an {@link ExportMapping} ({@code import --mapping FILE}) a file is read by the first mapping table whose
 * {@code match} fits its name, and each row is mapped from the source's columns before the same validation; a row
 * the mapping cannot read is dead-lettered with {@code error-field} naming the source column. Files no table matches
 * are skipped.
 */
public final class FileImporter {
    private final EventParsers parsers;
    private final Topics topics;
    private final EventPublisher publisher;
    private final ImportOptions options;
    private final ExportMapping mapping;
    private final MappedEvents mappedEvents;

    public FileImporter(Topics topics, EventPublisher publisher, ImportOptions options) {
        this(topics, publisher, options, null);
    }

    /** @param mapping the source's mapping, or null for files whose columns are our field names */
    public FileImporter(Topics topics, EventPublisher publisher, ImportOptions options, ExportMapping mapping) {
        this.topics = topics;
        this.publisher = publisher;
        this.options = options;
        this.mapping = mapping;
        this.parsers = new EventParsers(options.timestampBounds(), Clock.systemUTC());
        this.mappedEvents = new MappedEvents(parsers);
    }

    /** Imports one file, or every file of a directory (not recursive), in kind order then name order. */
    public ImportSummary importPath(Path input) throws IOException, PublishException {
        List<ImportFile> files = new ArrayList<>();
        List<ImportSummary.SkippedFile> skipped = new ArrayList<>();
        for (Path path : listFiles(input)) {
            resolve(path).ifPresentOrElse(files::add,
                    () -> skipped.add(new ImportSummary.SkippedFile(path.getFileName().toString(), skipReason(path))));
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
                try {
                    summaries.add(importFile(file, progress, done));
                } catch (CsvRowSource.UnreadableHeaderException e) {
                    // read before any row: nothing of the file was published; the other files still are
                    skipped.add(new ImportSummary.SkippedFile(file.path().getFileName().toString(), e.getMessage(), true));
                }
                done += Files.size(file.path());
            }
        }
        return new ImportSummary(summaries, skipped);
    }

    private Optional<ImportFile> resolve(Path path) {
        if (mapping == null) {
            return ImportFile.of(path);
        }
        Optional<ImportFile.Format> format = ImportFile.formatOf(path);
        Optional<TableMapping> table = mapping.tableFor(path.getFileName().toString());
        return format.isEmpty() || table.isEmpty() ? Optional.empty()
                : Optional.of(new ImportFile(path, table.get().kind(), format.get()));
    }

    /** Why a file is not read, for the person importing (a CRM's export name, an Excel workbook). */
    private String skipReason(Path path) {
        String lower = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".xlsm")) {
            return "an Excel workbook is not read: save the sheet as 'CSV UTF-8 (Comma delimited)'"
                    + (mapping == null ? " named after its input (contacts.csv, complaint-events.csv, ...)" : "");
        }
        if (ImportFile.formatOf(path).isEmpty()) {
            return "not a .csv, .jsonl, .ndjson or .json file";
        }
        if (mapping != null) {
            return "no table of the mapping matches its name";
        }
        return "its name names no input: " + Arrays.stream(EventKind.values()).map(EventKind::pathSegment)
                .collect(Collectors.joining(", ")) + " (or crm.<name>), then .csv or .jsonl (e.g. contacts.csv)";
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
        TableMapping table = mapping == null ? null : mapping.tableFor(fileName).orElseThrow();
        Batch batch = new Batch();
        List<ImportSummary.Refusal> refusals = new ArrayList<>();
        long rows = 0;
        Charset readAs;
        try (RowSource source = RowSource.open(file, options.encoding(), table == null)) {
            Row row;
            while ((row = source.next()) != null) {
                rows++;
                try {
                    if (row.unreadable() != null) {
                        throw row.unreadable();
                    }
                    batch.add(parse(file, table, row).toRecord(topics), false);
                } catch (ValidationException e) {
                    String key = table == null ? keyOf(row, file) : mappedKeyOf(row, table);
                    DeadLetter letter = new DeadLetter(sourceTopic, key, row.original(), e.error(), e.field(), fileName, row.line());
                    batch.add(letter.toRecord(topics.deadLetter()), true);
                    if (refusals.size() < ImportSummary.MAX_REFUSALS_SHOWN) {
                        refusals.add(new ImportSummary.Refusal(row.line(), e.field(), e.error()));
                    }
                }
                if (batch.size() >= options.batchSize()) {
                    batch.flush();
                }
                progress.advanceTo(bytesBefore + source.bytesRead());
            }
            readAs = source.encoding();
        }
        batch.flush();
        return new FileSummary(fileName, file.kind(), readAs, rows, batch.published, batch.deadLettered, refusals);
    }

    private ParsedEvent parse(ImportFile file, TableMapping table, Row row) {
        return table == null ? parsers.parse(file.kind(), row.node()) : mappedEvents.parse(table, SourceRows.fromJson(row.node()));
    }

    private static String mappedKeyOf(Row row, TableMapping table) {
        if (row.node() == null) {
            return null;
        }
        Map<String, String> columns = SourceRows.fromJson(row.node());
        return MappedEvents.keyOf(table, columns);
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
