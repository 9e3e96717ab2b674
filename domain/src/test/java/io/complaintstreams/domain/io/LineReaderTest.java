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
    void shouldReadAUtf16FileByItsByteOrderMarkWhateverEncodingWasGiven() throws Exception {
        String text = "contactId\tresidentId\r\nK1\tRent \u00a35 too high \u2013 not happy \ud83d\ude20\r\n\r\nK2\tok";
        for (Charset given : List.of(StandardCharsets.UTF_8, CP1252)) {
            byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
            byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
            for (byte[] input : List.of(le, be)) {
                List<LineReader.Line> lines = read(input, given);
                assertEquals(List.of("contactId\tresidentId", "K1\tRent \u00a35 too high \u2013 not happy \ud83d\ude20", "", "K2\tok"),
                        lines.stream().map(LineReader.Line::text).toList());
            }
        }
        try (LineReader reader = new LineReader(new ByteArrayInputStream(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0}))) {
            assertEquals("a", reader.next().text());
            assertEquals(StandardCharsets.UTF_16LE, reader.encoding(), "the encoding read is the one the mark says");
        }
    }

    @Test
    void shouldReadAWideEncodingGivenWithoutAMarkKeepingSurrogatePairsWhole() throws Exception {
        String longLine = "x".repeat(8191) + "\ud83d\ude20" + "y".repeat(9000);
        byte[] input = (longLine + "\nz").getBytes(StandardCharsets.UTF_16LE);
        assertEquals(List.of(longLine, "z"), read(input, LineReader.encoding("utf-16le")).stream().map(LineReader.Line::text).toList());
        assertEquals(List.of("a", "b"), read("a\r\nb".getBytes(Charset.forName("UTF-32")), Charset.forName("UTF-32"))
                .stream().map(LineReader.Line::text).toList());
    }

    @Test
    void shouldRefuseAUtf16FileThatIsNotValidNamingTheEncoding() {
        byte[] oddLength = {(byte) 0xFF, (byte) 0xFE, 'a', 0, 'b'};
        var e = assertThrows(java.io.IOException.class, () -> read(oddLength, StandardCharsets.UTF_8));
        assertTrue(e.getMessage().contains("not valid UTF-16LE"), e.getMessage());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
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
