package io.complaintstreams.classifier;

import io.complaintstreams.classifier.corpus.DevSplit;
import io.complaintstreams.classifier.corpus.LabelledTsv;
import io.complaintstreams.classifier.corpus.TrainingCorpus;
import org.junit.jupiter.api.Test;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scores the default model on the held-out half of the development set, which it never trained on. */
class HeldOutEvaluationTest {
    static List<LabelledRecord> dev() {
        return LabelledTsv.read(new InputStreamReader(
                HeldOutEvaluationTest.class.getResourceAsStream("/golden/classify_dev.tsv"), StandardCharsets.UTF_8));
    }

    static List<LabelledRecord> heldOut() {
        return dev().stream().filter(r -> DevSplit.isHeldOut(r.id())).toList();
    }

    @Test
    void shouldReachTheMeasuredFiguresOnTheHeldOutHalf() {
        Evaluation e = Evaluation.of(Classifier.defaultModel(), heldOut());
        System.out.println("HELD-OUT " + e.summary());
        assertTrue(e.records() >= 100);
        assertTrue(e.dissatisfiedF1() >= 0.96, e.summary());
        assertTrue(e.themeMicroF1() >= 0.90, e.summary());
        assertTrue(e.actionAccuracy() >= 0.95, e.summary());
    }

    @Test
    void shouldNeverTrainOnHeldOutRecords() {
        Set<String> heldIds = heldOut().stream().map(LabelledRecord::id).collect(Collectors.toSet());
        for (LabelledRecord r : TrainingCorpus.load()) {
            assertFalse(heldIds.contains(r.id()), r.id());
        }
    }

    @Test
    void shouldHaveNoCorpusTextCloseToAHeldOutText() {
        List<Set<String>> corpus = TrainingCorpus.load().stream().map(r -> words(r.text())).toList();
        for (LabelledRecord h : heldOut()) {
            Set<String> hw = words(h.text());
            for (Set<String> cw : corpus) {
                Set<String> union = new HashSet<>(hw);
                union.addAll(cw);
                Set<String> both = new HashSet<>(hw);
                both.retainAll(cw);
                assertTrue(both.size() < 0.5 * union.size(), h.id() + " is too close to a corpus text");
            }
        }
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z']+")).filter(w -> !w.isEmpty())
                .collect(Collectors.toSet());
    }
}
