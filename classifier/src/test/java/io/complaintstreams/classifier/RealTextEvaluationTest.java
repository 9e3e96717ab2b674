package io.complaintstreams.classifier;

import io.complaintstreams.classifier.corpus.LabelledTsv;
import io.complaintstreams.classifier.corpus.TrainingCorpus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Figures on real resident text: the shared real development file ({@code ../shared/golden/classify_real_dev.tsv},
 * never trained on) and the held-out split of the project's own real-style text (never trained or tuned on), plus
 * the other-language records and the calibration of the confidence. Prints one line per set for the README.
 */
class RealTextEvaluationTest {
    static List<LabelledRecord> realDev() throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path f = dir.resolveSibling("shared").resolve("golden").resolve("classify_real_dev.tsv");
            if (Files.isRegularFile(f)) {
                try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    return LabelledTsv.read(r);
                }
            }
        }
        throw new IllegalStateException("../shared/golden/classify_real_dev.tsv not found beside the project");
    }

    static List<LabelledRecord> resource(String name) {
        return LabelledTsv.read(new InputStreamReader(RealTextEvaluationTest.class.getResourceAsStream(name),
                StandardCharsets.UTF_8));
    }

    static List<LabelledRecord> realStyleHeldOut() {
        return resource("/real_style/real_style_heldout.tsv");
    }

    @Test
    void shouldReachTheMeasuredFiguresOnTheRealDevelopmentRecords() throws IOException {
        Evaluation e = Evaluation.of(Classifier.defaultModel(), realDev());
        System.out.println("REAL-DEV " + e.summary());
        assertTrue(e.records() == 50, e.summary());
        assertTrue(e.dissatisfiedF1() >= 0.86, e.summary());
        assertTrue(e.themeMicroF1() >= 0.74, e.summary());
        assertTrue(e.actionAccuracy() >= 0.85, e.summary());
    }

    @Test
    void shouldReachTheMeasuredFiguresOnTheRealStyleHeldOutSplit() {
        Evaluation e = Evaluation.of(Classifier.defaultModel(), realStyleHeldOut());
        System.out.println("REAL-STYLE-HELD-OUT " + e.summary());
        assertTrue(e.records() >= 60, e.summary());
        assertTrue(e.dissatisfiedF1() >= 0.92, e.summary());
        assertTrue(e.themeMicroF1() >= 0.78, e.summary());
        assertTrue(e.actionAccuracy() >= 0.90, e.summary());
    }

    /**
     * A second real-style split (32 records, W501-W626 with CRC-32 of the id divisible by 4), written in the same batch
     * as {@code classifier/experiments/real-style-2/real_style_train_2.tsv}; neither is in the corpus (adding the 94
     * training rows made the held-out splits worse, README-classifier "Generalisation on real text").
     */
    @Test
    void shouldReachTheMeasuredFiguresOnTheSecondRealStyleHeldOutSplit() {
        Evaluation e = Evaluation.of(Classifier.defaultModel(), resource("/real_style/real_style_heldout_2.tsv"));
        System.out.println("REAL-STYLE-HELD-OUT-2 " + e.summary());
        assertTrue(e.records() == 32, e.summary());
        assertTrue(e.dissatisfiedF1() >= 0.98, e.summary());
        assertTrue(e.themeMicroF1() >= 0.87, e.summary());
        assertTrue(e.actionAccuracy() >= 0.98, e.summary());
    }

    /**
     * A third real-style split (40 records, W701-W740: letters, an MP, a support worker, terse texts, survey comments,
     * agent notes, a Polish and a Welsh line), written for issue 12's fault-kind round before any tuning, and never
     * tuned on: only its summary is read.
     */
    @Test
    void shouldReachTheMeasuredFiguresOnTheThirdRealStyleHeldOutSplit() {
        Evaluation e = Evaluation.of(Classifier.defaultModel(), resource("/real_style/real_style_heldout_3.tsv"));
        System.out.println("REAL-STYLE-HELD-OUT-3 " + e.summary());
        assertTrue(e.records() == 40, e.summary());
        assertTrue(e.dissatisfiedF1() >= 0.90, e.summary());
        assertTrue(e.themeMicroF1() >= 0.72, e.summary());
        assertTrue(e.actionAccuracy() >= 0.88, e.summary());
    }

    /**
     * A fourth real-style split (40 records, W801-W840: formal letters, an MP, a solicitor, a support worker, other
     * landlords' and managing agents, very short chasers, mixed issues, implied themes, absence notes, neutral
     * enquiries, surveys), written for issue 12's third round before any tuning, and never tuned on: only its summary
     * is read.
     */
    @Test
    void shouldReachTheMeasuredFiguresOnTheFourthRealStyleHeldOutSplit() {
        Evaluation e = Evaluation.of(Classifier.defaultModel(), resource("/real_style/real_style_heldout_4.tsv"));
        System.out.println("REAL-STYLE-HELD-OUT-4 " + e.summary());
        assertTrue(e.records() == 40, e.summary());
        assertTrue(e.dissatisfiedF1() >= 0.90, e.summary());
        assertTrue(e.themeMicroF1() >= 0.83, e.summary());
        assertTrue(e.actionAccuracy() >= 0.88, e.summary());
    }

    /**
     * A fifth real-style split (40 records, W901-W940: formal letters, an MP, a solicitor, an occupational therapist,
     * very short chasers, mixed issues, implied themes, irony and understatement, a Polish and a Welsh line, neighbours,
     * DWP and admin requests not about the landlord), written for issue 12's fourth round and committed before any
     * tuning, and never tuned on: only its summary is read.
     */
    @Test
    void shouldReachTheMeasuredFiguresOnTheFifthRealStyleHeldOutSplit() {
        Evaluation e = Evaluation.of(Classifier.defaultModel(), resource("/real_style/real_style_heldout_5.tsv"));
        System.out.println("REAL-STYLE-HELD-OUT-5 " + e.summary());
        assertTrue(e.records() == 40, e.summary());
        assertTrue(e.dissatisfiedF1() >= 0.89, e.summary());
        assertTrue(e.themeMicroF1() >= 0.72, e.summary());
        assertTrue(e.actionAccuracy() >= 0.88, e.summary());
    }

    /**
     * A sixth real-style split (40 records, W1001-W1040: letters, an MP, a daughter writing for her mother, agent notes,
     * chasers of one to six words, mixed issues, implied communication and complaint handling, irony, neighbours,
     * Universal Credit and the council, admin requests, surveys), written for issue 12's fifth round and committed
     * before any tuning, and never tuned on: only its summary is read.
     */
    @Test
    void shouldReachTheMeasuredFiguresOnTheSixthRealStyleHeldOutSplit() {
        Evaluation e = Evaluation.of(Classifier.defaultModel(), resource("/real_style/real_style_heldout_6.tsv"));
        System.out.println("REAL-STYLE-HELD-OUT-6 " + e.summary());
        assertTrue(e.records() == 40, e.summary());
        assertTrue(e.dissatisfiedF1() >= 0.90, e.summary());
        assertTrue(e.themeMicroF1() >= 0.70, e.summary());
        assertTrue(e.actionAccuracy() >= 0.90, e.summary());
    }

    /**
     * A seventh real-style split (40 records, W1201-W1240: formal letters, an MP, a daughter for her father, agent
     * notes, chasers of two to seven words, mixed issues, implied communication, complaint handling, safety and staff
     * conduct, irony, a neighbour's first report, Universal Credit and an energy company, admin requests, surveys),
     * written for issue 12's sixth round and committed before any tuning: measured once before and once after.
     */
    @Test
    void shouldReachTheMeasuredFiguresOnTheSeventhRealStyleHeldOutSplit() {
        Evaluation e = Evaluation.of(Classifier.defaultModel(), resource("/real_style/real_style_heldout_7.tsv"));
        System.out.println("REAL-STYLE-HELD-OUT-7 " + e.summary());
        assertTrue(e.records() == 40, e.summary());
        assertTrue(e.dissatisfiedF1() >= 0.92, e.summary());
        assertTrue(e.themeMicroF1() >= 0.81, e.summary());
        assertTrue(e.actionAccuracy() >= 0.90, e.summary());
    }

    @Test
    void shouldAnswerEveryOtherLanguageRecordMarkedForReview() {
        List<LabelledRecord> other = resource("/real_style/other_languages.tsv");
        Evaluation e = Evaluation.of(Classifier.defaultModel(), other);
        System.out.println("OTHER-LANGUAGES " + e.summary());
        for (LabelledRecord r : other) {
            Classification c = Classifier.defaultModel().classify(r.source(), r.text());
            boolean letters = r.text().codePoints().anyMatch(Character::isLetter);
            assertTrue(!letters || c.needsReview(), r.id() + " " + c.reviewReason());
            assertTrue(c.themes().size() <= 2, r.id() + " " + c.themes());
        }
    }

    @Test
    void shouldPrintTheReliabilityOfTheConfidenceOnHeldOutText() throws IOException {
        List<LabelledRecord> heldOut = new ArrayList<>(realStyleHeldOut());
        heldOut.addAll(realDev());
        Reliability rel = Reliability.of(Classifier.defaultModel(), heldOut, 5);
        System.out.println("RELIABILITY real-style held-out + real dev (" + heldOut.size() + " records)\n" + rel.table());
        Reliability synthetic = Reliability.of(Classifier.defaultModel(), HeldOutEvaluationTest.heldOut(), 5);
        System.out.println("RELIABILITY synthetic held-out (" + HeldOutEvaluationTest.heldOut().size() + " records)\n"
                + synthetic.table());
        assertTrue(rel.ece() < 0.15, rel.table());
    }

    @Test
    void shouldKeepTheCalibrationAndHeldOutSplitsOutOfTraining() throws IOException {
        Set<String> trained = TrainingCorpus.load().stream().map(LabelledRecord::id).collect(Collectors.toSet());
        Set<String> trainedTexts = TrainingCorpus.load().stream().map(LabelledRecord::text).collect(Collectors.toSet());
        List<LabelledRecord> kept = new ArrayList<>(TrainingCorpus.calibration());
        kept.addAll(realStyleHeldOut());
        kept.addAll(resource("/real_style/real_style_heldout_2.tsv"));
        kept.addAll(resource("/real_style/real_style_heldout_3.tsv"));
        kept.addAll(resource("/real_style/real_style_heldout_4.tsv"));
        kept.addAll(resource("/real_style/real_style_heldout_5.tsv"));
        kept.addAll(resource("/real_style/real_style_heldout_6.tsv"));
        kept.addAll(resource("/real_style/real_style_heldout_7.tsv"));
        kept.addAll(realDev());
        for (LabelledRecord r : kept) {
            assertFalse(trained.contains(r.id()), r.id());
            assertFalse(trainedTexts.contains(r.text()), r.id());
        }
        Set<String> calibrationIds = TrainingCorpus.calibration().stream().map(LabelledRecord::id).collect(Collectors.toSet());
        for (LabelledRecord r : realStyleHeldOut()) {
            assertFalse(calibrationIds.contains(r.id()), r.id());
        }
    }

    @Test
    void shouldHaveNoTrainingOrCalibrationTextCloseToARealHeldOutText() throws IOException {
        List<LabelledRecord> own = new ArrayList<>(TrainingCorpus.resource("real_style_train.tsv"));
        own.addAll(TrainingCorpus.calibration());
        List<Set<String>> ownWords = own.stream().map(r -> words(r.text())).toList();
        List<LabelledRecord> heldOut = new ArrayList<>(realStyleHeldOut());
        heldOut.addAll(resource("/real_style/real_style_heldout_3.tsv"));
        heldOut.addAll(resource("/real_style/real_style_heldout_4.tsv"));
        heldOut.addAll(resource("/real_style/real_style_heldout_5.tsv"));
        heldOut.addAll(resource("/real_style/real_style_heldout_6.tsv"));
        heldOut.addAll(resource("/real_style/real_style_heldout_7.tsv"));
        heldOut.addAll(realDev());
        for (LabelledRecord h : heldOut) {
            Set<String> hw = words(h.text());
            for (int i = 0; i < ownWords.size(); i++) {
                Set<String> union = new HashSet<>(hw);
                union.addAll(ownWords.get(i));
                Set<String> both = new HashSet<>(hw);
                both.retainAll(ownWords.get(i));
                assertTrue(union.size() < 4 || both.size() < 0.5 * union.size(),
                        h.id() + " is too close to " + own.get(i).id());
            }
        }
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z']+")).filter(w -> !w.isEmpty())
                .collect(Collectors.toSet());
    }
}
