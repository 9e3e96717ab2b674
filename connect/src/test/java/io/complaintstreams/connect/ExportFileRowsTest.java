package io.complaintstreams.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new user's findings on a real standalone worker (1 December 2026): the export-folder connector read an Excel export
 * other than `import` does. A semicolon-separated file (Excel's "CSV" where the decimal mark is a comma) became rows
 * of one column, each dead-lettered as "'COMPLAINT_REF' (our 'complaintId') is required"; the empty rows Excel writes
 * after the data (",,,,,") were dead-lettered too; and every {@code source-line} was one more than the row's line.
 * It now reads CSV by import's rules: the header row's separator (or Excel's {@code sep=} line), separator-only rows
 * skipped, the line a row starts on.
 */
class ExportFileRowsTest {
    @TempDir
    Path dir;

    private List<ExportFileRows.FileRow> rows(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        List<ExportFileRows.FileRow> out = new ArrayList<>();
        try (ExportFileRows rows = ExportFileRows.open(file)) {
            for (ExportFileRows.FileRow r; (r = rows.next()) != null; ) {
                out.add(r);
            }
        }
        return out;
    }

    @Test
    void shouldNameTheLineEachRowStartsOn() throws Exception {
        List<ExportFileRows.FileRow> rows = rows("a.csv", "REF,TEXT\nA,one\nB,\"two\nlines\"\nC,three\n");
        assertEquals(List.of(2L, 3L, 5L), rows.stream().map(ExportFileRows.FileRow::line).toList());
        assertEquals(List.of(1L, 2L, 3L), rows.stream().map(ExportFileRows.FileRow::row).toList());
        assertEquals(Map.of("REF", "B", "TEXT", "two\nlines"), rows.get(1).columns());
    }

    @Test
    void shouldReadASemicolonExportAndSkipTheEmptyRowsExcelWritesAfterTheData() throws Exception {
        List<ExportFileRows.FileRow> rows = rows("b.csv", "\uFEFFREF;TEXT;AMOUNT\r\nA;one, two;1,5\r\nB;three;\r\n;;\r\n;;\r\n");
        assertEquals(2, rows.size(), rows.toString());
        assertEquals(Map.of("REF", "A", "TEXT", "one, two", "AMOUNT", "1,5"), rows.get(0).columns());
        assertEquals(3L, rows.get(1).line());
        assertNull(rows.get(1).columns().get(ExportFileRows.UNREADABLE));
        List<ExportFileRows.FileRow> gap = rows("e.csv", "REF;TEXT\nA;one\n;\nB;two\n");
        assertEquals(List.of(1L, 3L), gap.stream().map(ExportFileRows.FileRow::row).toList(),
                "an empty row keeps its number: a worker's stored offset (a row number) names the same row as before");
    }

    @Test
    void shouldTakeExcelsSepLineAsTheSeparator() throws Exception {
        List<ExportFileRows.FileRow> rows = rows("c.csv", "sep=|\r\nREF|TEXT\r\nA|x; y, z\r\n");
        assertEquals(1, rows.size(), rows.toString());
        assertEquals(Map.of("REF", "A", "TEXT", "x; y, z"), rows.get(0).columns());
        assertEquals(3L, rows.get(0).line());
    }

    @Test
    void shouldKeepCommasWhenTheHeaderHasThem() throws Exception {
        List<ExportFileRows.FileRow> rows = rows("d.csv", "REF,CODES\nA,REP;DMP\n,\n");
        assertEquals(1, rows.size(), rows.toString());
        assertEquals(Map.of("REF", "A", "CODES", "REP;DMP"), rows.get(0).columns());
    }
}
