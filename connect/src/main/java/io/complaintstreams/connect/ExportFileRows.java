package io.complaintstreams.connect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.complaintstreams.ingest.mapping.SourceRows;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of one export file, numbered from 1: CSV (RFC 4180, a header row of column names, quoted fields may span
 * lines, a UTF-8 byte order mark ignored; read by {@code import}'s rules: the separator is ',' unless the header row has
 * none and has ';' or a tab, or what Excel's first line {@code sep=X} names; rows of separators only, the empty rows
 * Excel writes after the data, are skipped; a row's line is the line it starts on) or JSON lines ({@code .jsonl}, {@code .ndjson}, {@code .json}; blank lines
 * skipped). A row is column name to text; a line that is not a JSON object gives a row with only {@link #UNREADABLE}
 * (the reason), which the transform refuses naming the row.
 */
final class ExportFileRows implements Closeable {
    static final String UNREADABLE = "_unreadable";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** How far the header row is looked at before the CSV parser reads it (characters). */
    private static final int HEADER_PEEK = 1 << 20;

    record FileRow(long row, long line, Map<String, String> columns) {}

    private final BufferedReader reader;
    private final CSVParser csv;
    private final Iterator<CSVRecord> records;
    private long row;
    private long line;

    /** Lines before the CSV parser's first (Excel's {@code sep=} line): added to the parser's line numbers. */
    private final long linesBefore;

    private ExportFileRows(BufferedReader reader, CSVParser csv, long linesBefore) {
        this.reader = reader;
        this.csv = csv;
        this.records = csv == null ? null : csv.iterator();
        this.linesBefore = linesBefore;
    }

    static boolean isExport(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".csv") || name.endsWith(".jsonl") || name.endsWith(".ndjson")
                || name.endsWith(".json"));
    }

    static ExportFileRows open(Path file) throws IOException {
        BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            reader.mark(HEADER_PEEK);
            String first = reader.readLine();
            Character sep = first == null ? null : excelSeparatorLine(first);
            if (sep == null) {
                reader.reset();
                reader.mark(HEADER_PEEK);
                String header = reader.readLine();
                reader.reset();
                sep = header == null ? ',' : separatorOf(header);
            }
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(sep).setHeader().setSkipHeaderRecord(true)
                    .setIgnoreSurroundingSpaces(false).setAllowMissingColumnNames(true).get();
            return new ExportFileRows(reader, CSVParser.parse(reader, format), first != null && excelSeparatorLine(first) != null ? 1 : 0);
        }
        return new ExportFileRows(reader, null, 0);
    }

    /** The separator as {@code import} reads it: ',' unless the header row has none and has ';' or a tab. */
    static char separatorOf(String headerRow) {
        if (headerRow.indexOf(',') < 0 && headerRow.indexOf(';') >= 0) {
            return ';';
        }
        return headerRow.indexOf(',') < 0 && headerRow.indexOf('\t') >= 0 ? '\t' : ',';
    }

    /** The separator a first line {@code sep=X} names (Excel writes and reads it; any case), else null. */
    static Character excelSeparatorLine(String firstLine) {
        String line = firstLine.strip();
        return line.length() == 5 && line.regionMatches(true, 0, "sep=", 0, 4) && line.charAt(4) != '"' ? line.charAt(4) : null;
    }

    /** The next row, or null at the end of the file. */
    FileRow next() throws IOException {
        return csv != null ? nextCsv() : nextJson();
    }

    private FileRow nextCsv() {
        CSVRecord record;
        long startLine;
        while (true) {
            startLine = linesBefore + csv.getCurrentLineNumber() + 1; // the line the record starts on
            if (!records.hasNext()) {
                return null;
            }
            record = records.next();
            if (!record.stream().allMatch(v -> v == null || v.isBlank())) {
                break;
            }
            row++; // ",,,,": a sheet's empty row, skipped but still numbered, so a worker's stored offsets keep their rows
        }
        Map<String, String> columns = new LinkedHashMap<>();
        record.toMap().forEach((k, v) -> columns.put(k.strip(), v));
        if (!record.isConsistent()) {
            columns.clear();
            columns.put(UNREADABLE, "has " + record.size() + " columns but the header has " + csv.getHeaderNames().size());
        }
        return new FileRow(++row, startLine, columns);
    }

    private FileRow nextJson() throws IOException {
        String text;
        do {
            text = reader.readLine();
            line++;
        } while (text != null && text.isBlank());
        if (text == null) {
            return null;
        }
        Map<String, String> columns;
        try {
            JsonNode node = JSON.readTree(text);
            columns = node != null && node.isObject() ? SourceRows.fromJson(node) : Map.of(UNREADABLE, "must be a JSON object");
        } catch (IOException e) {
            columns = Map.of(UNREADABLE, "is not valid JSON");
        }
        return new FileRow(++row, line, columns);
    }

    @Override
    public void close() throws IOException {
        if (csv != null) {
            csv.close();
        }
        reader.close();
    }
}
