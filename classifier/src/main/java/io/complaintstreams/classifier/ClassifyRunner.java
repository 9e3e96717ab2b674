package io.complaintstreams.classifier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.complaintstreams.domain.io.LineReader;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The {@code classify} command's engine. Input is TSV with a header row (columns id, source, text; others
 * ignored) or JSON lines (fields id, source, text; others ignored), detected from the first non-blank line.
 * Output is one JSON line per record: {@code {"id","dissatisfied","themes","action","confidence","needsReview",
 * "reviewReason","reasons"}} (reviewReason is null unless needsReview);
 * a bad line gives {@code {"line":N,"error":"...","field":"..."}} and the run ends with exit code 2.
 */
public final class ClassifyRunner {
    public static final int OK = 0;
    public static final int BAD_INPUT = 2;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Classifier classifier;

    public ClassifyRunner(Classifier classifier) {
        this.classifier = classifier;
    }

    public ClassifyRunner() {
        this(Classifier.defaultModel());
    }

    /** Text already decoded (tests, callers holding a string): read as its UTF-8 bytes by the same line reader. */
    public int run(Reader in, PrintStream out) {
        try (BufferedReader reader = new BufferedReader(in)) {
            String all = reader.lines().collect(Collectors.joining("\n"));
            return run(new LineReader(new ByteArrayInputStream(all.getBytes(StandardCharsets.UTF_8))), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Classifies every line of {@code in} ({@link LineReader}: BOM skipped, CRLF handled) to {@code out}; returns 0,
     * or 2 if any line was bad. A line not valid in the input's encoding gets an error line naming the encoding and
     * field {@code line}; the other lines are still classified.
     */
    public int run(LineReader in, PrintStream out) {
        try (in) {
            LineReader.Line first;
            do {
                first = in.next();
            } while (first != null && first.isBlank());
            if (first == null) {
                return OK;
            }
            boolean bad = false;
            while (first != null && first.undecodable()) {
                out.println(error(first.number(), "line " + first.error(), "line"));
                bad = true;
                first = in.next();
            }
            if (first == null) {
                return BAD_INPUT;
            }
            LineParser parser;
            if (first.text().stripLeading().startsWith("{")) {
                parser = new JsonLineParser();
            } else {
                TsvLineParser tsv = TsvLineParser.fromHeader(first.text());
                if (tsv.missingColumn() != null) {
                    out.println(error(first.number(), "header lacks column '" + tsv.missingColumn() + "'", tsv.missingColumn()));
                    return BAD_INPUT;
                }
                parser = tsv;
                first = in.next();
            }
            for (LineReader.Line line = first; line != null; line = in.next()) {
                if (line.undecodable()) {
                    out.println(error(line.number(), "line " + line.error(), "line"));
                    bad = true;
                    continue;
                }
                if (line.isBlank()) {
                    continue;
                }
                bad |= !handle(parser.parse(line.text()), line.number(), out);
            }
            return bad ? BAD_INPUT : OK;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean handle(InputRecord.Result result, long lineNo, PrintStream out) {
        if (result.error() != null) {
            out.println(error(lineNo, result.error(), result.field()));
            return false;
        }
        InputRecord r = result.record();
        Classification c = classifier.classify(r.source(), r.text());
        ObjectNode node = JSON.createObjectNode();
        node.put("id", r.id());
        node.put("dissatisfied", c.dissatisfied());
        node.putArray("themes").addAll(c.themes().stream().map(JSON.getNodeFactory()::textNode).toList());
        node.put("action", c.action().name());
        node.put("confidence", Math.round(c.confidence() * 1000) / 1000.0);
        node.put("needsReview", c.needsReview());
        node.put("reviewReason", c.reviewReason());
        node.putArray("reasons").addAll(c.reasons().stream().map(JSON.getNodeFactory()::textNode).toList());
        out.println(node);
        return true;
    }

    private static String error(long lineNo, String message, String field) {
        ObjectNode node = JSON.createObjectNode();
        node.put("line", lineNo);
        node.put("error", message);
        node.put("field", field);
        return node.toString();
    }

    /** Parses one input line. */
    interface LineParser {
        InputRecord.Result parse(String line);
    }

    static final class JsonLineParser implements LineParser {
        @Override
        public InputRecord.Result parse(String line) {
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (IOException e) {
                return InputRecord.Result.failure("not valid JSON: " + e.getMessage().lines().findFirst().orElse(""), "line");
            }
            if (node == null || !node.isObject()) {
                return InputRecord.Result.failure("expected a JSON object", "line");
            }
            return InputRecord.validate(text(node, "id"), text(node, "source"), text(node, "text"));
        }

        private static String text(JsonNode node, String field) {
            JsonNode v = node.get(field);
            return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
        }
    }

    /**
     * A TSV line in the header's columns. A line with more tab-separated columns than the header is refused (field
     * {@code line}), as the CSV import refuses such a row: TSV cannot quote a tab, so a tab typed inside the text would
     * otherwise cut it short or shift it into another column without a word. A short line is refused naming the
     * first required field it lacks.
     */
    static final class TsvLineParser implements LineParser {
        private static final List<String> REQUIRED = List.of("id", "source", "text");
        private final int id;
        private final int source;
        private final int text;
        private final int columns;

        private TsvLineParser(int id, int source, int text, int columns) {
            this.id = id;
            this.source = source;
            this.text = text;
            this.columns = columns;
        }

        static TsvLineParser fromHeader(String header) {
            List<String> cols = java.util.Arrays.stream(header.split("\t", -1)).map(String::trim).toList();
            return new TsvLineParser(cols.indexOf("id"), cols.indexOf("source"), cols.indexOf("text"), cols.size());
        }

        String missingColumn() {
            int[] idx = {id, source, text};
            for (int i = 0; i < idx.length; i++) {
                if (idx[i] < 0) {
                    return REQUIRED.get(i);
                }
            }
            return null;
        }

        @Override
        public InputRecord.Result parse(String line) {
            String[] f = line.split("\t", -1);
            if (f.length > columns) {
                return InputRecord.Result.failure("has " + f.length + " tab-separated columns but the header has " + columns
                        + " (a tab inside a field? TSV cannot quote one: replace it with a space)", "line");
            }
            return InputRecord.validate(at(f, id), at(f, source), at(f, text));
        }

        private static String at(String[] f, int i) {
            return i < f.length ? f[i] : null;
        }
    }
}
