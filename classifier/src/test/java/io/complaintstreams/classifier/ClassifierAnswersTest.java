package io.complaintstreams.classifier;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Pins every answer of the classifier: on each text of {@link AnswerCorpus} (17,373 records) the whole
 * {@link Classification} (dissatisfied, the confidence's exact bits, themes, action, every reason, review flag and
 * reason) and the raw log-odds of {@link Classifier#scores} (exact bits) are hashed in blocks of
 * {@value #BLOCK} records and compared with {@code answers/classifier-answers.txt}, made by the classifier as it
 * was before its per-record cost was cut (issue 11); with sentence embeddings, on the labelled files. A change of
 * speed must leave every hash as it is; a change of answers must say so and write the file again.
 *
 * <p>{@code -Dclassifier.answers.write=FILE} writes the snapshot instead of comparing; {@code
 * -Dclassifier.answers.dump=FILE} also writes every answer in full, one a line, for a diff between two builds.
 */
class ClassifierAnswersTest {
    static final int BLOCK = 100;
    static final String SNAPSHOT = "/answers/classifier-answers.txt";
    private static final String EMBEDDINGS_PART = "labelled-with-embeddings";

    @Test
    void shouldGiveExactlyTheAnswersOfTheSnapshot() throws IOException {
        Map<String, List<AnswerCorpus.Item>> parts = AnswerCorpus.parts();
        Map<String, PartHashes> now = new LinkedHashMap<>();
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (Map.Entry<String, List<AnswerCorpus.Item>> part : parts.entrySet()) {
            answers.put(part.getKey(), answersOf(Classifier.defaultModel(), part.getValue()));
        }
        parts.put(EMBEDDINGS_PART, AnswerCorpus.labelledOwnSource());
        answers.put(EMBEDDINGS_PART, answersOf(Classifier.defaultModelWithEmbeddings(), parts.get(EMBEDDINGS_PART)));
        for (String name : parts.keySet()) {
            now.put(name, PartHashes.of(name, parts.get(name), answers.get(name)));
        }
        String dump = System.getProperty("classifier.answers.dump");
        if (dump != null) {
            writeDump(Path.of(dump), parts, answers);
        }
        String write = System.getProperty("classifier.answers.write");
        if (write != null) {
            StringBuilder sb = new StringBuilder("# ClassifierAnswersTest: part, records, hash of the inputs, hash of each "
                    + "block of " + BLOCK + " answers\n");
            now.values().forEach(p -> sb.append(p.line()).append('\n'));
            Files.writeString(Path.of(write), sb.toString(), StandardCharsets.UTF_8);
            return;
        }
        Map<String, PartHashes> pinned = readSnapshot();
        assertEquals(pinned.keySet(), now.keySet(), "parts of the answer corpus");
        StringBuilder failures = new StringBuilder();
        for (String name : pinned.keySet()) {
            PartHashes was = pinned.get(name);
            PartHashes is = now.get(name);
            if (was.records() != is.records() || !was.inputs().equals(is.inputs())) {
                failures.append(name).append(": the inputs are not those of the snapshot (").append(is.records())
                        .append(" records, was ").append(was.records()).append(")\n");
                continue;
            }
            for (int b = 0; b < was.blocks().size(); b++) {
                if (!was.blocks().get(b).equals(is.blocks().get(b))) {
                    failures.append(name).append(", block ").append(b).append(" (records ").append(b * BLOCK)
                            .append('-').append(Math.min(is.records(), (b + 1) * BLOCK) - 1).append(") answers changed; ")
                            .append("first record of the block now: ").append(show(parts.get(name).get(b * BLOCK),
                                    answers.get(name).get(b * BLOCK))).append('\n');
                }
            }
        }
        if (failures.length() > 0) {
            fail("answers differ from " + SNAPSHOT + " (dump both builds with -Dclassifier.answers.dump=FILE and diff):\n"
                    + failures);
        }
        assertTrue(now.values().stream().mapToInt(PartHashes::records).sum() > 15_000, "corpus size");
    }

    static List<String> answersOf(Classifier classifier, List<AnswerCorpus.Item> items) {
        List<String> out = new ArrayList<>(items.size());
        for (AnswerCorpus.Item item : items) {
            out.add(answer(classifier, item.source(), item.text()));
        }
        return out;
    }

    /** Everything the answer carries, doubles as their exact bits. */
    static String answer(Classifier classifier, Source source, String text) {
        Classification c = classifier.classify(source, text);
        StringBuilder sb = new StringBuilder();
        sb.append(c.dissatisfied()).append('|').append(Long.toHexString(Double.doubleToRawLongBits(c.confidence())))
                .append('|').append(String.join(",", c.themes())).append('|').append(c.action()).append('|')
                .append(c.needsReview()).append('|').append(c.reviewReason()).append('|');
        for (double z : classifier.scores(source, text)) {
            sb.append(Long.toHexString(Double.doubleToRawLongBits(z))).append(',');
        }
        sb.append('|').append(String.join(" \u00a6 ", c.reasons()));
        return sb.toString();
    }

    private static String show(AnswerCorpus.Item item, String answer) {
        return item.source().wire() + " '" + item.text().replace("\n", "\\n") + "' -> " + answer;
    }

    private static void writeDump(Path file, Map<String, List<AnswerCorpus.Item>> parts,
                                  Map<String, List<String>> answers) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String name : parts.keySet()) {
            for (int i = 0; i < parts.get(name).size(); i++) {
                sb.append(name).append(' ').append(i).append(' ')
                        .append(show(parts.get(name).get(i), answers.get(name).get(i))).append('\n');
            }
        }
        Files.write(file, sb.toString().getBytes(StandardCharsets.UTF_8));  // a cut text may end in half an emoji
    }

    private static Map<String, PartHashes> readSnapshot() throws IOException {
        Map<String, PartHashes> out = new LinkedHashMap<>();
        try (InputStream in = ClassifierAnswersTest.class.getResourceAsStream(SNAPSHOT)) {
            assertTrue(in != null, "missing " + SNAPSHOT);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split(" ");
                    out.put(f[0], new PartHashes(f[0], Integer.parseInt(f[1]), f[2], List.of(f[3].split(","))));
                }
            }
        }
        return out;
    }

    /** One part's record count, the hash of its inputs and the hash of each block of answers. */
    record PartHashes(String name, int records, String inputs, List<String> blocks) {
        static PartHashes of(String name, List<AnswerCorpus.Item> items, List<String> answers) {
            MessageDigest in = sha256();
            List<String> blocks = new ArrayList<>();
            MessageDigest block = sha256();
            for (int i = 0; i < items.size(); i++) {
                in.update((items.get(i).source().wire() + '\u0001' + items.get(i).text() + '\u0002')
                        .getBytes(StandardCharsets.UTF_8));
                block.update((answers.get(i) + '\n').getBytes(StandardCharsets.UTF_8));
                if ((i + 1) % BLOCK == 0 || i + 1 == items.size()) {
                    blocks.add(shortHex(block.digest()));
                }
            }
            return new PartHashes(name, items.size(), shortHex(in.digest()), blocks);
        }

        String line() {
            return name + ' ' + records + ' ' + inputs + ' ' + String.join(",", blocks);
        }

        private static MessageDigest sha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        private static String shortHex(byte[] digest) {
            return HexFormat.of().formatHex(digest, 0, 8);
        }
    }
}
