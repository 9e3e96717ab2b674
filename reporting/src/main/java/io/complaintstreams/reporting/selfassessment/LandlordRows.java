package io.complaintstreams.reporting.selfassessment;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The landlord's own rows of the self-assessment form, {@value #FILE} in the statements folder: CSV with a header
 * naming {@code provision} (required) and any of {@code requirement}, {@code comply}, {@code evidence},
 * {@code commentary}. Rows for provisions that data evidences add the landlord's evidence and commentary to it.
 */
record LandlordRows(Map<String, Row> byProvision) {
    static final String FILE = "self-assessment.csv";

    record Row(String provision, String requirement, String comply, String evidence, String commentary) {
    }

    static LandlordRows read(Path dir) {
        Path path = dir == null ? null : dir.resolve(FILE);
        if (path == null || !Files.isRegularFile(path)) {
            return new LandlordRows(Map.of());
        }
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    static LandlordRows parse(Reader reader) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        Map<String, Row> rows = new LinkedHashMap<>();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            if (!parser.getHeaderMap().containsKey("provision")) {
                throw new IllegalArgumentException(FILE + ": the header row must name a 'provision' column");
            }
            for (CSVRecord r : parser) {
                String provision = text(r, "provision");
                if (provision == null || !Provisions.isNumber(provision)) {
                    throw new IllegalArgumentException(FILE + " line " + (r.getRecordNumber() + 1)
                            + ": provision must be the Code's number, e.g. 6.2, got '" + provision + "'");
                }
                rows.put(provision, new Row(provision, text(r, "requirement"), text(r, "comply"), text(r, "evidence"),
                        text(r, "commentary")));
            }
        }
        return new LandlordRows(rows);
    }

    private static String text(CSVRecord r, String column) {
        return r.isMapped(column) && r.isSet(column) && !r.get(column).isBlank() ? r.get(column) : null;
    }
}
