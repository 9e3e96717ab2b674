package io.complaintstreams.api.officer;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Any officer's list as CSV (RFC 4180, Apache Commons CSV): a header row of the given columns, one line per row; a list
 * value is joined with {@code ;}, a missing value is empty. Cells starting with {@code = + - @} get a leading
 * apostrophe so a spreadsheet does not run them as formulas.
 */
final class RowsCsv {
    private RowsCsv() {}

    static String write(List<String> columns, Collection<Map<String, Object>> rows) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (Map<String, Object> row : rows) {
                for (String column : columns) {
                    csv.print(cell(row.get(column)));
                }
                csv.println();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Collection<?> list
                ? list.stream().map(String::valueOf).collect(Collectors.joining(";")) : String.valueOf(value);
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number) ? "'" + text : text;
    }
}
