package io.complaintstreams.ingest.file;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.complaintstreams.ingest.ValidationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * RFC 4180 CSV with a header row of contract field names. A quoted field may span lines: physical lines are
 * joined until the quotes balance, so each row keeps its original bytes. Blank lines are skipped.
 */
final class CsvRowSource extends LineRowSource {
    private List<String> header;

    CsvRowSource(RawLineReader lines) {
        super(lines);
    }

    @Override
    public Row next() throws IOException {
        Record record = nextRecord();
        if (record != null && header == null) {
            try {
                header = parse(record.text()).stream().map(String::strip).toList();
            } catch (ValidationException e) {
                throw new IOException("the header row is not valid CSV: " + e.reason());
            }
            record = nextRecord();
        }
        if (record == null) {
            return null;
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
        ObjectNode node = CsvValues.toJson(header, values);
        return Row.readable(record.line(), record.bytes(), node);
    }

    private record Record(long line, byte[] bytes, boolean balanced) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private Record nextRecord() throws IOException {
        RawLineReader.RawLine first;
        do {
            first = lines.next();
        } while (first != null && first.isBlank());
        if (first == null) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(first.bytes());
        int quotes = countQuotes(first.bytes());
        while (quotes % 2 != 0) {
            RawLineReader.RawLine more = lines.next();
            if (more == null) {
                return new Record(first.number(), bytes.toByteArray(), false);
            }
            bytes.write('\n');
            bytes.writeBytes(more.bytes());
            quotes += countQuotes(more.bytes());
        }
        return new Record(first.number(), bytes.toByteArray(), true);
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

    private static List<String> parse(String text) {
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            List<CSVRecord> records = parser.getRecords();
            return records.isEmpty() ? List.of() : records.get(0).toList();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new ValidationException("row", "is not valid CSV: " + e.getMessage());
        }
    }
}
