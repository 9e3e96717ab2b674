package io.complaintstreams.classifier;

import io.complaintstreams.classifier.corpus.CorpusGenerator;

import java.util.List;

/**
 * Measures single-thread classification throughput on texts from the corpus generator (seeded, so the
 * same texts each run). For the {@code bench} command: {@link #recordsPerSecond(int)}.
 */
public final class ClassifierThroughput {
    private ClassifierThroughput() {
    }

    /** Records per second on one thread, classifying {@code n} generated records after a warm-up. */
    public static double recordsPerSecond(int n) {
        Classifier classifier = Classifier.defaultModel();
        List<LabelledRecord> texts = CorpusGenerator.fromResource().generate(7L);
        long sink = 0;
        for (int i = 0; i < Math.min(n, 20_000); i++) {
            sink += classify(classifier, texts.get(i % texts.size()));
        }
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            sink += classify(classifier, texts.get(i % texts.size()));
        }
        long elapsed = System.nanoTime() - start;
        if (sink == 42) {
            System.out.print("");
        }
        return n / (elapsed / 1e9);
    }

    private static int classify(Classifier classifier, LabelledRecord r) {
        return classifier.classify(r.source(), r.text()).themes().size();
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        System.out.printf(java.util.Locale.ROOT, "{\"classifierRecordsPerSecPerCore\": %.0f}%n", recordsPerSecond(n));
    }
}
