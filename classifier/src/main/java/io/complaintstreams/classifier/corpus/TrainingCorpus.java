package io.complaintstreams.classifier.corpus;

import io.complaintstreams.classifier.LabelledRecord;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The project's own labelled corpus, read from the classpath. */
public final class TrainingCorpus {
    /** Resource files, in training order. */
    public static final List<String> FILES = List.of("generated.tsv", "hard_cases.tsv", "dev_train_half.tsv", "real_style_train.tsv");

    private TrainingCorpus() {
    }

    /**
     * Real-style records kept out of training, on which the confidence is calibrated (Platt scaling) and the settings
     * were chosen; the held-out real-style split is elsewhere (test resources) and is used for nothing but measuring.
     */
    public static final String CALIBRATION_FILE = "real_style_calibration.tsv";

    public static List<LabelledRecord> calibration() {
        return resource(CALIBRATION_FILE);
    }

    public static List<LabelledRecord> load() {
        List<LabelledRecord> all = new ArrayList<>();
        for (String f : FILES) {
            all.addAll(resource(f));
        }
        return all;
    }

    public static List<LabelledRecord> resource(String name) {
        InputStream in = TrainingCorpus.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing corpus resource " + name);
        }
        return LabelledTsv.read(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
