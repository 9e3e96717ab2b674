package io.complaintstreams.classifier;

import io.complaintstreams.classifier.corpus.CorpusGenerator;
import io.complaintstreams.classifier.corpus.TrainingCorpus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReproducibleTrainingTest {

    @Test
    void shouldTrainIdenticalWeightsFromTheSameCorpus() {
        List<LabelledRecord> corpus = TrainingCorpus.load();
        Classifier first = Classifier.train(corpus);
        Classifier second = Classifier.train(corpus);
        assertTrue(first.sameWeightsAs(second));
        assertEquals(first.fingerprint(), second.fingerprint());
        assertEquals(first.fingerprint(), Classifier.defaultModel().fingerprint());
    }

    @Test
    void shouldRegenerateTheCommittedCorpusFromTemplatesAndSeed() throws IOException {
        String expected;
        try (InputStream in = TrainingCorpus.class.getResourceAsStream("generated.tsv")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(expected, CorpusGenerator.toTsv(CorpusGenerator.fromResource().generate(CorpusGenerator.SEED)));
    }

    @Test
    void shouldTrainOnMoreThanFifteenHundredRecordsCoveringEverySourceAndTheme() {
        List<LabelledRecord> corpus = TrainingCorpus.load();
        assertTrue(corpus.size() >= 1500, "corpus size " + corpus.size());
        for (Source s : Source.values()) {
            for (boolean d : new boolean[] {true, false}) {
                long n = corpus.stream().filter(r -> r.source() == s && r.dissatisfied() == d).count();
                assertTrue(n >= 50, s + " dissatisfied=" + d + ": " + n);
            }
        }
        for (String theme : Themes.ALL) {
            long n = corpus.stream().filter(r -> r.themes().contains(theme)).count();
            assertTrue(n >= 50, theme + ": " + n);
        }
    }
}
