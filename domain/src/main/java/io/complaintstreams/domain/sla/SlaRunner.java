package io.complaintstreams.domain.sla;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.complaintstreams.domain.deadline.DeadlineCalculator;
import io.complaintstreams.domain.deadline.Deadlines;
import io.complaintstreams.domain.io.LineReader;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The {@code sla} command's work: one output JSON line per non-blank input line, in order. Returns 0, or 2 when
 * any line could not be read (its output line is then {@code {"line": N, "error": "field: ..."}}).
 */
public final class SlaRunner {
    public static final int EXIT_OK = 0;
    public static final int EXIT_BAD_INPUT = 2;

    private final DeadlineCalculator calculator;
    private final SlaLineParser parser = new SlaLineParser();
    private final ObjectMapper mapper = new ObjectMapper();
    private final ObjectWriter writer = mapper.writer(new SpacedPrinter());

    public SlaRunner(DeadlineCalculator calculator) {
        this.calculator = Objects.requireNonNull(calculator, "calculator");
    }

    /** Text already decoded (tests, callers holding a string): read as its UTF-8 bytes by the same line reader. */
    public int run(Reader in, PrintStream out) {
        try {
            String all = new BufferedReader(in).lines().collect(java.util.stream.Collectors.joining("\n"));
            return run(new LineReader(new ByteArrayInputStream(all.getBytes(StandardCharsets.UTF_8))), out);
        } catch (UncheckedIOException e) {
            throw e;
        }
    }

    /**
     * Answers every line of {@code in} ({@link LineReader}: BOM skipped, CRLF handled); a line not valid in the input's
     * encoding is answered {@code {"line": N, "error": "line is not valid UTF-8 ..."}} and the others still are.
     */
    public int run(LineReader in, PrintStream out) {
        boolean anyBad = false;
        try {
            for (LineReader.Line line = in.next(); line != null; line = in.next()) {
                if (line.isBlank()) {
                    continue;
                }
                int lineNumber = (int) line.number();
                ObjectNode answer = line.undecodable() ? error(lineNumber, "line " + line.error()) : answer(line.text(), lineNumber);
                anyBad |= answer.has("error");
                out.println(writer.writeValueAsString(answer));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
        return anyBad ? EXIT_BAD_INPUT : EXIT_OK;
    }

    /** The output object for one line: the deadlines, or the error naming the bad field. */
    public ObjectNode answer(String line, int lineNumber) {
        try {
            SlaRequest request = parser.parse(line);
            return toJson(request.id(), calculator.calculate(request.toDeadlineInput(), request.asOf()));
        } catch (SlaInputException e) {
            return error(lineNumber, e.getMessage());
        } catch (RuntimeException e) {
            return error(lineNumber, "cannot compute deadlines: " + e.getMessage());
        }
    }

    private ObjectNode toJson(String id, Deadlines d) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", id);
        node.put("acknowledgeBy", iso(d.acknowledgeBy()));
        node.put("respondBy", iso(d.respondBy()));
        node.put("acknowledgedOnTime", d.acknowledgedOnTime());
        node.put("respondedOnTime", d.respondedOnTime());
        node.put("extensionCompliant", d.extensionCompliant());
        node.put("status", d.status().name());
        return node;
    }

    private ObjectNode error(int lineNumber, String message) {
        ObjectNode node = mapper.createObjectNode();
        node.put("line", lineNumber);
        node.put("error", message);
        return node;
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** One line, with ", " and ": " separators (the layout of the golden files). */
    private static final class SpacedPrinter extends MinimalPrettyPrinter {
        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }
    }
}
