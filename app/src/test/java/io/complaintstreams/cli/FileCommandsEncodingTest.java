package io.complaintstreams.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 section 3: every command that reads a file reads it the same way (the one LineReader): a UTF-8 byte order
 * mark is skipped, CRLF is handled, a Windows-1252 byte is an error line naming the encoding and its line (the other
 * lines answered, exit 2, no stack trace), and {@code --encoding windows-1252} decodes {@code £} and {@code ’}.
 */
class FileCommandsEncodingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    private Path file(String name, byte[]... parts) throws Exception {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            all.write(p);
        }
        Path path = dir.resolve(name);
        Files.write(path, all.toByteArray());
        return path;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void slaSkipsBomAndCrlfAndAnswersAWindows1252LineWithAnErrorNamingTheEncoding() throws Exception {
        Path input = file("sla.jsonl", BOM,
                utf8("{\"id\":\"a\",\"stage\":1,\"received\":\"2025-04-01\",\"asOf\":\"2025-04-02\"}\r\n"),
                "{\"id\":\"\u00a3b\",\"stage\":1,\"received\":\"2025-04-01\",\"asOf\":\"2025-04-02\"}\r\n".getBytes(CP1252),
                utf8("{\"id\":\"c\",\"stage\":1,\"received\":\"2025-04-01\",\"asOf\":\"2025-04-02\"}\r\n"));
        Run run = run("sla", "--input", input.toString());
        assertEquals(Main.BAD_INPUT, run.code(), run.err());
        List<JsonNode> lines = run.jsonLines();
        assertEquals("a", lines.get(0).get("id").asText());
        assertEquals(2, lines.get(1).get("line").asInt());
        assertTrue(lines.get(1).get("error").asText().contains("not valid UTF-8"), lines.get(1).toString());
        assertEquals("c", lines.get(2).get("id").asText());
        assertFalse(run.err().contains("Exception"), run.err());

        Run decoded = run("sla", "--input", input.toString(), "--encoding", "windows-1252");
        assertEquals(Main.OK, decoded.code(), decoded.out());
        assertEquals("\u00a3b", decoded.jsonLines().get(1).get("id").asText());
        assertTrue(decoded.err().contains("windows-1252"), "the encoding is stated: " + decoded.err());
    }

    @Test
    void classifyReadsAnExcelTsvWithBomAndAnswersAWindows1252LineWithAnError() throws Exception {
        Path input = file("records.tsv", BOM, utf8("id\tsource\ttext\r\n"),
                utf8("r1\tcontact\tThe boiler is still broken and nobody came\r\n"),
                "r2\tcontact\tI don\u2019t want \u00a3250, I want the mould fixed\r\n".getBytes(CP1252),
                utf8("r3\tsurvey\tThanks, all sorted\r\n"));
        Run run = run("classify", "--input", input.toString());
        assertEquals(Main.BAD_INPUT, run.code(), run.err());
        List<JsonNode> lines = run.jsonLines();
        assertEquals(3, lines.size(), run.out());
        assertEquals("r1", lines.get(0).get("id").asText());
        assertEquals(3, lines.get(1).get("line").asInt());
        assertTrue(lines.get(1).get("error").asText().contains("not valid UTF-8"));
        assertEquals("r3", lines.get(2).get("id").asText());

        Run decoded = run("classify", "--input", input.toString(), "--encoding", "windows-1252");
        assertEquals(Main.OK, decoded.code(), decoded.out());
        assertEquals("r2", decoded.jsonLines().get(1).get("id").asText());
    }

    @Test
    void classifyReadsJsonLinesWithBom() throws Exception {
        Path input = file("records.jsonl", BOM, utf8("{\"id\":\"r1\",\"source\":\"contact\",\"text\":\"Still no repair\"}\r\n"));
        Run run = run("classify", "--input", input.toString());
        assertEquals(Main.OK, run.code(), run.out());
        assertEquals("r1", run.jsonLines().get(0).get("id").asText());
    }

    @Test
    void reportInputSkipsBomAndRefusesAnUndecodableLineNamingIt() throws Exception {
        String event = "{\"complaintId\":\"C-1\",\"landlordId\":\"L1\",\"residentId\":\"R1\",\"type\":\"RECEIVED\",\"stage\":1,"
                + "\"occurredAt\":\"2025-06-02T09:15:00.000+0100\",\"reason\":\"%s\"}\r\n";
        Path good = file("good.jsonl", BOM, utf8(String.format(event, "leak")));
        Run run = run("report", "tsm", "--period", "2025-26", "--input", good.toString(), "--homes", "L1=100");
        assertEquals(Main.OK, run.code(), run.err());
        assertEquals(1, JSON.readTree(run.out()).get("stage1Complaints").asInt(), run.out());

        Path bad = file("bad.jsonl", String.format(event, "\u00a3250").getBytes(CP1252));
        Run refused = run("report", "tsm", "--period", "2025-26", "--input", bad.toString(), "--homes", "L1=100");
        assertEquals(Main.BAD_INPUT, refused.code());
        assertTrue(refused.err().contains("line 1") && refused.err().contains("not valid UTF-8"), refused.err());
        Run decoded = run("report", "tsm", "--period", "2025-26", "--input", bad.toString(), "--homes", "L1=100", "--encoding", "windows-1252");
        assertEquals(Main.OK, decoded.code(), decoded.err());
    }

    @Test
    void anUnknownEncodingIsBadInput() throws Exception {
        Path input = file("sla.jsonl", utf8("{}\n"));
        Run run = run("sla", "--input", input.toString(), "--encoding", "klingon");
        assertEquals(Main.BAD_INPUT, run.code());
        assertTrue(run.err().contains("klingon"), run.err());
    }

    private record Run(int code, String out, String err) {
        List<JsonNode> jsonLines() throws Exception {
            List<JsonNode> nodes = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (!line.isBlank()) {
                    nodes.add(JSON.readTree(line));
                }
            }
            return nodes;
        }
    }

    private static Run run(String... args) {
        CliRun r = CliRun.of(args);
        return new Run(r.code(), r.out(), r.err());
    }
}
