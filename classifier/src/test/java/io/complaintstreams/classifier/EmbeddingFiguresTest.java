package io.complaintstreams.classifier;

import io.complaintstreams.classifier.corpus.TrainingCorpus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Figures of {@link Classifier#defaultModelWithEmbeddings()} (what {@code classify} answers with, and the topology
 * with {@code classifier.theme-embeddings=true}) on every set the default model is measured on, printed as
 * {@code <SET>-EMBEDDINGS} lines for the README. The embeddings weigh the themes and, where the linear model is unsure,
 * the dissatisfied output (so the action); the floors are just under the measured theme figures, the real development
 * file's dissatisfaction and action stay at issue 12's targets, and the synthetic floors of the project's own style
 * hold.
 */
class EmbeddingFiguresTest {
    private final Classifier hybrid = Classifier.defaultModelWithEmbeddings();

    @Test
    void shouldReachTheMeasuredFiguresWithSentenceEmbeddings() throws IOException {
        Map<String, List<LabelledRecord>> sets = new LinkedHashMap<>();
        sets.put("HELD-OUT", HeldOutEvaluationTest.heldOut());
        sets.put("CALIBRATION", TrainingCorpus.calibration());
        sets.put("REAL-DEV", RealTextEvaluationTest.realDev());
        sets.put("REAL-STYLE-HELD-OUT", RealTextEvaluationTest.realStyleHeldOut());
        for (int i = 2; i <= 7; i++) {
            sets.put("REAL-STYLE-HELD-OUT-" + i, RealTextEvaluationTest.resource("/real_style/real_style_heldout_" + i + ".tsv"));
        }
        Map<String, Double> themeFloor = Map.of("HELD-OUT", 0.90, "CALIBRATION", 0.77, "REAL-DEV", 0.80,
                "REAL-STYLE-HELD-OUT", 0.84, "REAL-STYLE-HELD-OUT-2", 0.88, "REAL-STYLE-HELD-OUT-3", 0.77,
                "REAL-STYLE-HELD-OUT-4", 0.84, "REAL-STYLE-HELD-OUT-5", 0.74, "REAL-STYLE-HELD-OUT-6", 0.77,
                "REAL-STYLE-HELD-OUT-7", 0.86);
        StringBuilder failures = new StringBuilder();
        for (Map.Entry<String, List<LabelledRecord>> s : sets.entrySet()) {
            Evaluation e = Evaluation.of(hybrid, s.getValue());
            System.out.println(s.getKey() + "-EMBEDDINGS " + e.summary());
            if (e.themeMicroF1() < themeFloor.get(s.getKey())) {
                failures.append(s.getKey()).append(' ').append(e.summary()).append('\n');
            }
            if (s.getKey().equals("REAL-DEV") && (e.dissatisfiedF1() < 0.92 || e.actionAccuracy() < 0.91)) {
                failures.append("real-text dissatisfaction and action targets: ").append(e.summary()).append('\n');
            }
            if (s.getKey().equals("HELD-OUT") && (e.dissatisfiedF1() < 0.96 || e.actionAccuracy() < 0.95)) {
                failures.append("synthetic floors: ").append(e.summary()).append('\n');
            }
        }
        assertTrue(failures.length() == 0, failures.toString());
    }

    /** The weighed confidence is not re-fitted: its reliability on held-out real text, for the README. */
    @Test
    void shouldPrintTheReliabilityOfTheWeighedConfidenceOnHeldOutText() throws IOException {
        List<LabelledRecord> heldOut = new java.util.ArrayList<>(RealTextEvaluationTest.realStyleHeldOut());
        heldOut.addAll(RealTextEvaluationTest.realDev());
        Reliability rel = Reliability.of(hybrid, heldOut, 5);
        System.out.println("RELIABILITY-EMBEDDINGS real-style held-out + real dev (" + heldOut.size() + " records)\n" + rel.table());
        assertTrue(rel.ece() < 0.15, rel.table());
    }
}
