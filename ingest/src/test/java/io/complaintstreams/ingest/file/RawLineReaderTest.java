package io.complaintstreams.ingest.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RawLineReaderTest {
    private static List<String> lines(byte[] input) throws Exception {
        List<String> out = new ArrayList<>();
        try (RawLineReader reader = new RawLineReader(new ByteArrayInputStream(input))) {
            RawLineReader.RawLine line;
            while ((line = reader.next()) != null) {
                out.add(line.number() + ":" + new String(line.bytes(), StandardCharsets.UTF_8));
            }
            assertEquals(input.length, reader.bytesRead());
            assertNull(reader.next());
        }
        return out;
    }

    @Test
    void shouldSplitOnLfAndCrLfWithoutEndings() throws Exception {
        assertEquals(List.of("1:a", "2:", "3:b"), lines("a\r\n\nb\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldKeepLastLineWithoutNewlineAndDropBom() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x', '\n', 'y'};
        assertEquals(List.of("1:x", "2:y"), lines(bom));
    }

    @Test
    void shouldReadLinesLongerThanItsBuffer() throws Exception {
        String longLine = "é".repeat(100_000);
        assertEquals(List.of("1:" + longLine, "2:z"), lines((longLine + "\nz\n").getBytes(StandardCharsets.UTF_8)));
    }
}
