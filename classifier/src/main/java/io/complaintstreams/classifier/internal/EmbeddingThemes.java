package io.complaintstreams.classifier.internal;

import io.complaintstreams.classifier.LabelledRecord;
import io.complaintstreams.classifier.Source;
import io.complaintstreams.classifier.ThemeEvidence;
import io.complaintstreams.classifier.Themes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Theme evidence from sentence embeddings (issue 12, fourth round): one logistic regression per theme over the
 * text's all-MiniLM-L6-v2 embedding and its source, trained on the corpus's hand-written labelled texts only (hard
 * cases, the dev set's training half, real-style rows; not the rows generated from templates, which made the head add
 * themes to project-style text), real-style rows weighing 6 and positives 1.5 as in the linear model; 40 epochs of SGD,
 * rate 0.05, L2 1e-4, order by {@code Random(1)}. Each theme's log-odds become the average of the model's and the
 * head's ({@link #DOWN} of the gap when the head says less, {@link #UP} when it says more; both 0.5). Only
 * consulted when some theme's log-odds lie where these weights could move it across the threshold (see
 * {@link #matters}); answers are cached by text. The dissatisfied output is never touched. Immutable, thread-safe.
 */
public final class EmbeddingThemes implements ThemeEvidence {
    /**
     * Share of the gap taken when the head's log-odds are above the model's (chosen on the calibration split and the
     * real development file, README-classifier "Fourth round").
     */
    static final double UP = 0.5;
    /** Share of the gap taken when the head's log-odds are below the model's. */
    static final double DOWN = 0.5;
    private static final int FEATURES = SentenceEmbedder.DIMENSIONS + Source.values().length + 1;
    private static final int T = Themes.ALL.size();

    private final double[][] head;
    private final double[] lowest;
    private final double[] highest;
    private final SentenceEmbedder embedder;
    private final double threshold;

    private EmbeddingThemes(double[][] head, double[] lowest, double[] highest, SentenceEmbedder embedder, double threshold) {
        this.head = head;
        this.lowest = lowest;
        this.highest = highest;
        this.embedder = embedder;
        this.threshold = threshold;
    }

    /**
     * Trains the head on {@code corpus} from the stored corpus embeddings, skipping records without labelled themes and
     * generated ones (ids starting with {@code G}); {@code threshold} is the theme threshold of the model it helps
     * (log-odds).
     */
    public static EmbeddingThemes train(List<LabelledRecord> corpus, CorpusEmbeddings stored, double threshold) {
        List<LabelledRecord> rows = new ArrayList<>();
        List<float[]> x = new ArrayList<>();
        for (LabelledRecord r : corpus) {
            if (!r.themesLabelled() || r.id().startsWith("G")) {
                continue;
            }
            float[] v = stored.of(r.text());
            if (v == null) {
                throw new IllegalStateException("no stored embedding for corpus record " + r.id()
                        + ": regenerate " + CorpusEmbeddings.RESOURCE + " with CorpusEmbeddingsWriter");
            }
            rows.add(r);
            x.add(v);
        }
        double[][] w = new double[T][FEATURES];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            order.add(i);
        }
        Random random = new Random(1);
        for (int epoch = 0; epoch < 40; epoch++) {
            Collections.shuffle(order, random);
            for (int i : order) {
                LabelledRecord r = rows.get(i);
                float[] v = x.get(i);
                double weight = r.id().startsWith("W") ? 6 : 1;
                for (int k = 0; k < T; k++) {
                    boolean y = r.themes().contains(Themes.ALL.get(k));
                    double g = (1 / (1 + Math.exp(-logit(w[k], v, r.source()))) - (y ? 1 : 0)) * weight * (y ? 1.5 : 1);
                    for (int j = 0; j < v.length; j++) {
                        w[k][j] -= 0.05 * (g * v[j] + 1e-4 * w[k][j]);
                    }
                    w[k][SentenceEmbedder.DIMENSIONS + r.source().ordinal()] -= 0.05 * g;
                    w[k][FEATURES - 1] -= 0.05 * g;
                }
            }
        }
        double[] lowest = new double[T];
        double[] highest = new double[T];
        java.util.Arrays.fill(lowest, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(highest, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < rows.size(); i++) {
            for (int k = 0; k < T; k++) {
                double z = logit(w[k], x.get(i), rows.get(i).source());
                lowest[k] = Math.min(lowest[k], z - RANGE_MARGIN);
                highest[k] = Math.max(highest[k], z + RANGE_MARGIN);
            }
        }
        return new EmbeddingThemes(w, lowest, highest, new SentenceEmbedder(), threshold);
    }

    private static double logit(double[] w, float[] v, Source source) {
        double z = w[FEATURES - 1] + w[SentenceEmbedder.DIMENSIONS + source.ordinal()];
        for (int j = 0; j < v.length; j++) {
            z += w[j] * v[j];
        }
        return z;
    }

    /** The embedder (its counters say how often the model ran). */
    public SentenceEmbedder embedder() {
        return embedder;
    }

    /** The head's theme log-odds for an embedding, in {@link Themes#ALL} order. */
    double[] headLogits(float[] v, Source source) {
        double[] z = new double[T];
        for (int k = 0; k < T; k++) {
            z[k] = logit(head[k], v, source);
        }
        return z;
    }

    @Override
    public String adjust(Source source, String text, double[] z, boolean[] vouched) {
        if (text.isBlank() || !matters(z)) {
            return null;
        }
        double[] ze = headLogits(embedder.embed(text), source);
        int changed = 0;
        for (int k = 1; k <= T; k++) {
            double w = ze[k - 1] > z[k] ? UP : DOWN;
            double moved = (1 - w) * z[k] + w * ze[k - 1];
            changed += (moved >= threshold) != (z[k] >= threshold) ? 1 : 0;
            z[k] = moved;
        }
        return changed == 0 ? null : "themes weighed with sentence embeddings (" + changed + " changed)";
    }

    /**
     * Whether the head could move some theme across the threshold: a theme below it rises by at most UP of the gap,
     * one above it falls by at most DOWN of the gap, and each theme's head log-odds are taken to lie within those it
     * gave the corpus's texts widened by {@link #RANGE_MARGIN} (about -14 to 11 at the widest). A text whose head
     * log-odds fall further out could, rarely, have had a theme changed that the gate skips.
     */
    boolean matters(double[] z) {
        for (int k = 1; k <= T; k++) {
            double gap = z[k] - threshold;
            if (gap < 0 && -gap * (1 - UP) <= UP * (highest[k - 1] - threshold)) {
                return true;
            }
            if (gap >= 0 && gap * (1 - DOWN) < DOWN * (threshold - lowest[k - 1])) {
                return true;
            }
        }
        return false;
    }

    /** Margin added to each side of a theme's head log-odds range on the corpus (see {@link #matters}). */
    static final double RANGE_MARGIN = 1.0;
}
