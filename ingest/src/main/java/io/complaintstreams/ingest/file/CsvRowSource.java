package io.complaintstreams.ingest.file;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.complaintstreams.domain.io.LineReader;
import io.complaintstreams.ingest.EventKind;
import io.complaintstreams.ingest.ValidationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * RFC 4180 CSV with a header row of column names: the contract's field names, in any letter case ({@code ContactId},
 * {@code CONTACTID} and {@code contactId} name one field; see {@link EventKind#contractFieldName}), or, with a mapping,
 * the source's own as written. A quoted field may span lines: physical lines are
 * joined until the quotes balance, so each row keeps its original bytes. Blank lines are skipped, and so are rows of
 * separators only ({@code ,,,,,}: the empty rows of a sheet's used range that Excel writes after the data), which
 * hold nothing to publish or to refuse. A row with a line
 * that is not valid in the file's encoding is refused naming the encoding (never decoded with U+FFFD).
 *
 * <p>The separator is a comma unless the header row holds none and holds semicolons (Excel's "CSV" in a locale whose
 * decimal mark is a comma) or tabs: then that, for the whole file. Field names hold neither, so the header decides
 * without guessing from the data.
 * A first line {@code sep=X} (Excel's separator line, e.g. {@code sep=;}) names the separator instead, and the header row
 * is the line after it.
 */
final class CsvRowSource extends LineRowSource {
    /** What {@link #nextRow()} answers for a row whose every value is blank. */
    private static final Row SEPARATORS_ONLY = new Row(0, new byte[0], null, null);
    private List<String> header;
    private CSVFormat format = CSVFormat.RFC4180;

    /** The kind whose contract field names the headings are, matched in any case; null to keep headings as written. */
    private final EventKind kind;

    CsvRowSource(LineReader lines, EventKind kind) {
        super(lines);
        this.kind = kind;
    }

    @Override
    public Row next() throws IOException {
        Row row;
        do {
            row = nextRow();
        } while (row == SEPARATORS_ONLY);
        return row;
    }

    private Row nextRow() throws IOException {
        Record record = nextRecord();
        if (record != null && header == null) {
            if (record.error() != null) {
                throw new UnreadableHeaderException("the header row " + record.error());
            }
            format = formatOf(record.text());
            Character sep = excelSeparatorLine(record.text());
            if (sep != null) { // Excel's "sep=;" line names the separator; the header row follows it
                format = CSVFormat.RFC4180.builder().setDelimiter(sep).get();
                record = nextRecord();
                if (record == null) {
                    return null;
                }
                if (record.error() != null) {
                    throw new UnreadableHeaderException("the header row " + record.error());
                }
            }
            try {
                header = parse(record.text()).stream().map(String::strip).map(h -> kind == null ? h : kind.contractFieldName(h)).toList();
            } catch (ValidationException e) {
                throw new UnreadableHeaderException("the header row is not valid CSV: " + e.reason());
            }
            record = nextRecord();
        }
        if (record == null) {
            return null;
        }
        if (record.error() != null) {
            return Row.unreadable(record.line(), record.bytes(), new ValidationException("row", record.error()));
        }
        if (!record.balanced()) {
            return Row.unreadable(record.line(), record.bytes(), new ValidationException("row", "has an unterminated quoted field"));
        }
        List<String> values;
        try {
            values = parse(record.text());
        } catch (ValidationException e) {
            return Row.unreadable(record.line(), record.bytes(), e);
        }
        if (values.size() != header.size()) {
            return Row.unreadable(record.line(), record.bytes(), new ValidationException("row",
                    "has " + values.size() + " columns but the header has " + header.size()));
        }
        if (values.stream().allMatch(String::isBlank)) {
            return SEPARATORS_ONLY;
        }
        ObjectNode node = CsvValues.toJson(header, values);
        return Row.readable(record.line(), record.bytes(), node);
    }

    /** One CSV record: its first line number, original bytes, decoded text, and the first decoding error if any. */
    private record Record(long line, byte[] bytes, String text, boolean balanced, String error) {}

    private Record nextRecord() throws IOException {
        LineReader.Line first;
        do {
            first = lines.next();
        } while (first != null && first.isBlank());
        if (first == null) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringBuilder text = new StringBuilder();
        String error = null;
        bytes.writeBytes(first.bytes());
        int quotes = 0;
        LineReader.Line line = first;
        while (true) {
            if (line.undecodable()) {
                // Quotes are counted on the bytes: '"' is one byte in every encoding we read, so rows still split right.
                error = error != null ? error : "line " + line.number() + " " + line.error();
            } else {
                text.append(line.text());
            }
            quotes += countQuotes(line.bytes());
            if (quotes % 2 == 0) {
                return new Record(first.number(), bytes.toByteArray(), text.toString(), true, error);
            }
            line = lines.next();
            if (line == null) {
                return new Record(first.number(), bytes.toByteArray(), text.toString(), false, error);
            }
            bytes.write('\n');
            bytes.writeBytes(line.bytes());
            text.append('\n');
        }
    }

    private static int countQuotes(byte[] bytes) {
        int n = 0;
        for (byte b : bytes) {
            if (b == '"') {
                n++;
            }
        }
        return n;
    }

    /** The separator a first line {@code sep=X} names (Excel writes and reads it; any case), else null. */
    static Character excelSeparatorLine(String firstLine) {
        String line = firstLine.strip();
        return line.length() == 5 && line.regionMatches(true, 0, "sep=", 0, 4) && line.charAt(4) != '"' ? line.charAt(4) : null;
    }

    /** RFC 4180 with the header row's separator: ',' unless it has none and has ';' or a tab. */
    static CSVFormat formatOf(String headerRow) {
        if (headerRow.indexOf(',') >= 0) {
            return CSVFormat.RFC4180;
        }
        if (headerRow.indexOf(';') >= 0) {
            return CSVFormat.RFC4180.builder().setDelimiter(';').get();
        }
        if (headerRow.indexOf('\t') >= 0) {
            return CSVFormat.RFC4180.builder().setDelimiter('\t').get();
        }
        return CSVFormat.RFC4180;
    }

    private List<String> parse(String text) {
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<CSVRecord> records = parser.getRecords();
            return records.isEmpty() ? List.of() : records.get(0).toList();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new ValidationException("row", "is not valid CSV: " + e.getMessage());
        }
    }

    /** A CSV file whose header row cannot be read: none of its rows can be (the message says why). */
    static final class UnreadableHeaderException extends IOException {
        UnreadableHeaderException(String message) {
            super(message);
        }
    }
}
