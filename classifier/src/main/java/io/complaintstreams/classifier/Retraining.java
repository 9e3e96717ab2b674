package io.complaintstreams.classifier;

import io.complaintstreams.classifier.corpus.LabelledTsv;
import io.complaintstreams.classifier.corpus.TrainingCorpus;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code classify --retrain --with FILE... --model-out MODEL}: trains on the project's corpus plus a landlord's own
 * labelled rows (e.g. officers' resolutions from {@code classify --export-resolutions}), calibrates on the project's
 * calibration split as the default model does, and saves a {@link ModelFile} the app reads with
 * {@code classifier.model-file}. Same files give the same weights (training is deterministic).
 */
public final class Retraining {
    private Retraining() {
    }

    /** What a retraining did. */
    public record Result(int corpusRows, int addedRows, int addedThemesUnlabelled, long fingerprint) {
    }

    /**
     * Reads the labelled TSV files, trains and saves the model; names the files and rows in the model's description.
     *
     * @throws IllegalArgumentException on a bad row (line and reason), or an id already in the corpus or the
     *                                  calibration split, or repeated across the files
     */
    public static Result retrain(List<Path> with, Path modelOut) throws IOException {
        List<LabelledRecord> added = new ArrayList<>();
        for (Path file : with) {
            try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                added.addAll(LabelledTsv.read(reader));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
            }
        }
        Classifier trained = train(added);
        List<LabelledRecord> corpus = TrainingCorpus.load();
        int unlabelled = (int) added.stream().filter(r -> !r.themesLabelled()).count();
        String trainedOn = String.format(Locale.ROOT, "project corpus (%d rows) + %d rows (%d with themes unlabelled) from %s",
                corpus.size(), added.size(), unlabelled, with.stream().map(p -> p.getFileName().toString()).toList());
        ModelFile.save(trained, modelOut, trainedOn);
        return new Result(corpus.size(), added.size(), unlabelled, trained.fingerprint());
    }

    /** Trains on the corpus plus {@code added}, calibrated on the calibration split. */
    public static Classifier train(List<LabelledRecord> added) {
        List<LabelledRecord> corpus = TrainingCorpus.load();
        List<LabelledRecord> calibration = TrainingCorpus.calibration();
        Set<String> ids = new HashSet<>();
        corpus.forEach(r -> ids.add(r.id()));
        calibration.forEach(r -> ids.add(r.id()));
        for (LabelledRecord r : added) {
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException("id " + r.id() + " is already in the corpus, the calibration split "
                        + "or an earlier row: give every added row its own id");
            }
        }
        List<LabelledRecord> all = new ArrayList<>(corpus);
        all.addAll(added);
        return Classifier.train(all, calibration);
    }

    /** Prints one line of figures: dissatisfied F1, theme micro-F1, action accuracy on {@code gold}. */
    public static void printFigures(PrintStream out, String label, Classifier classifier, List<LabelledRecord> gold) {
        Evaluation e = Evaluation.of(classifier, gold);
        out.printf(Locale.ROOT, "%s: %d records, dissatisfaction F1 %.3f, theme micro-F1 %.3f, action accuracy %.3f%n",
                label, e.records(), e.dissatisfiedF1(), e.themeMicroF1(), e.actionAccuracy());
    }
}
