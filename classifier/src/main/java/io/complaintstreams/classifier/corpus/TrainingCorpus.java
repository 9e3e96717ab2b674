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
    public static final List<String> FILES = List.of("generated.tsv", "hard_cases.tsv", "dev_train_half.tsv");

    private TrainingCorpus() {
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
