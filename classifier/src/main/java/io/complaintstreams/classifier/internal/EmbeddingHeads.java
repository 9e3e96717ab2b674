package io.complaintstreams.classifier.internal;

import io.complaintstreams.classifier.LabelledRecord;
import io.complaintstreams.classifier.Source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * What the sentence-embedding heads ({@link EmbeddingThemes}, {@link EmbeddingDissatisfaction}) share: each head is a
 * logistic regression over a text's all-MiniLM-L6-v2 embedding ({@link SentenceEmbedder#DIMENSIONS} values), a one-hot
 * of its {@link Source} and a bias ({@link #FEATURES} weights), trained from the stored corpus embeddings by
 * {@link #EPOCHS} epochs of SGD (rate {@link #RATE}, L2 {@link #L2}) over the rows in an order shuffled by
 * {@code Random(1)}, so training is reproducible.
 */
final class EmbeddingHeads {
    static final int FEATURES = SentenceEmbedder.DIMENSIONS + Source.values().length + 1;
    static final int EPOCHS = 40;
    static final double RATE = 0.05;
    static final double L2 = 1e-4;

    /** A corpus record and its stored embedding. */
    record Row(LabelledRecord record, float[] embedding) {}

    private EmbeddingHeads() {}

    /**
     * The records of {@code corpus} that {@code keep} accepts, with their stored embeddings, in corpus order.
     *
     * @throws IllegalStateException when a kept record has no stored embedding (the resource is stale)
     */
    static List<Row> storedRows(List<LabelledRecord> corpus, CorpusEmbeddings stored, Predicate<LabelledRecord> keep) {
        List<Row> rows = new ArrayList<>();
        for (LabelledRecord r : corpus) {
            if (!keep.test(r)) {
                continue;
            }
            float[] v = stored.of(r.text());
            if (v == null) {
                throw new IllegalStateException("no stored embedding for corpus record " + r.id()
                        + ": regenerate " + CorpusEmbeddings.RESOURCE + " with CorpusEmbeddingsWriter");
            }
            rows.add(new Row(r, v));
        }
        return rows;
    }

    /** Calls {@code visit} on every row, {@link #EPOCHS} times, each epoch in a new order from one {@code Random(1)}. */
    static void epochs(List<Row> rows, Consumer<Row> visit) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            order.add(i);
        }
        Random random = new Random(1);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            for (int i : order) {
                visit.accept(rows.get(i));
            }
        }
    }

    /** One SGD step on head {@code w} for an example of embedding {@code v} and {@code source} with loss gradient {@code g}. */
    static void step(double[] w, float[] v, Source source, double g) {
        for (int j = 0; j < v.length; j++) {
            w[j] -= RATE * (g * v[j] + L2 * w[j]);
        }
        w[SentenceEmbedder.DIMENSIONS + source.ordinal()] -= RATE * g;
        w[FEATURES - 1] -= RATE * g;
    }

    /** Head {@code w}'s log-odds for embedding {@code v} of a text from {@code source}. */
    static double logit(double[] w, float[] v, Source source) {
        double z = w[FEATURES - 1] + w[SentenceEmbedder.DIMENSIONS + source.ordinal()];
        for (int j = 0; j < v.length; j++) {
            z += w[j] * v[j];
        }
        return z;
    }

    /** The logistic function. */
    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
