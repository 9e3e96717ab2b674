package io.complaintstreams.domain.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private static List<LineReader.Line> read(byte[] input, Charset encoding) throws Exception {
        List<LineReader.Line> out = new ArrayList<>();
        try (LineReader reader = new LineReader(new ByteArrayInputStream(input), encoding)) {
            LineReader.Line line;
            while ((line = reader.next()) != null) {
                out.add(line);
            }
            assertEquals(input.length, reader.bytesRead());
            assertNull(reader.next());
        }
        return out;
    }

    private static List<String> texts(byte[] input) throws Exception {
        return read(input, StandardCharsets.UTF_8).stream().map(l -> l.number() + ":" + l.text()).toList();
    }

    @Test
    void shouldSplitOnLfAndCrLfWithoutEndings() throws Exception {
        assertEquals(List.of("1:a", "2:", "3:b"), texts("a\r\n\nb\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldKeepLastLineWithoutNewlineAndDropBom() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x', '\r', '\n', 'y'};
        assertEquals(List.of("1:x", "2:y"), texts(bom));
    }

    @Test
    void shouldReadLinesLongerThanItsBuffer() throws Exception {
        String longLine = "é".repeat(100_000);
        assertEquals(List.of("1:" + longLine, "2:z"), texts((longLine + "\nz\n").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldRefuseInvalidUtf8LineNamingEncodingByteAndColumnAndGoOn() throws Exception {
        byte[] input = "ok\n\u00a3250 compensation\ndon\u2019t\n".getBytes(CP1252);
        List<LineReader.Line> lines = read(input, StandardCharsets.UTF_8);
        assertEquals("ok", lines.get(0).text());
        assertTrue(lines.get(1).undecodable());
        assertEquals("is not valid UTF-8 (byte 0xA3 at column 1); a file saved by Excel as plain CSV is Windows-1252:"
                + " read it with --encoding windows-1252", lines.get(1).error());
        assertTrue(lines.get(2).error().contains("byte 0x92 at column 4"), lines.get(2).error());
        assertEquals(3, lines.size());
        assertTrue(lines.stream().noneMatch(l -> l.text() != null && l.text().contains("\uFFFD")));
    }

    @Test
    void shouldDecodeWindows1252WhenGiven() throws Exception {
        byte[] input = "\u00a3250 compensation\r\ndon\u2019t\r\n".getBytes(CP1252);
        List<LineReader.Line> lines = read(input, LineReader.encoding("windows-1252"));
        assertEquals("\u00a3250 compensation", lines.get(0).text());
        assertEquals("don\u2019t", lines.get(1).text());
    }

    @Test
    void shouldRefuseBytesUnmappedInWindows1252() throws Exception {
        List<LineReader.Line> lines = read(new byte[] {'a', (byte) 0x81, 'b'}, CP1252);
        assertTrue(lines.get(0).error().startsWith("is not valid windows-1252 (byte 0x81 at column 2)"), lines.get(0).error());
    }

    @Test
    void shouldNameAnUnknownEncoding() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LineReader.encoding("klingon")).getMessage().contains("klingon"));
    }
}
