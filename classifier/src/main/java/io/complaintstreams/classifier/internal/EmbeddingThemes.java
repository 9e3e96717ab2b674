package io.complaintstreams.classifier.internal;

import io.complaintstreams.classifier.LabelledRecord;
import io.complaintstreams.classifier.Source;
import io.complaintstreams.classifier.ThemeEvidence;
import io.complaintstreams.classifier.Themes;

import io.complaintstreams.classifier.internal.EmbeddingHeads.Row;
import java.util.Arrays;
import java.util.List;

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
        List<Row> rows = EmbeddingHeads.storedRows(corpus, stored, r -> r.themesLabelled() && !r.id().startsWith("G"));
        double[][] w = new double[T][EmbeddingHeads.FEATURES];
        EmbeddingHeads.epochs(rows, row -> {
            LabelledRecord r = row.record();
            double weight = r.id().startsWith("W") ? 6 : 1;
            for (int k = 0; k < T; k++) {
                boolean y = r.themes().contains(Themes.ALL.get(k));
                double g = (EmbeddingHeads.sigmoid(EmbeddingHeads.logit(w[k], row.embedding(), r.source())) - (y ? 1 : 0)) * weight * (y ? 1.5 : 1);
                EmbeddingHeads.step(w[k], row.embedding(), r.source(), g);
            }
        });
        double[] lowest = new double[T];
        double[] highest = new double[T];
        Arrays.fill(lowest, Double.POSITIVE_INFINITY);
        Arrays.fill(highest, Double.NEGATIVE_INFINITY);
        for (Row row : rows) {
            for (int k = 0; k < T; k++) {
                double z = EmbeddingHeads.logit(w[k], row.embedding(), row.record().source());
                lowest[k] = Math.min(lowest[k], z - RANGE_MARGIN);
                highest[k] = Math.max(highest[k], z + RANGE_MARGIN);
            }
        }
        return new EmbeddingThemes(w, lowest, highest, new SentenceEmbedder(), threshold);
    }

    /** The embedder (its counters say how often the model ran). */
    public SentenceEmbedder embedder() {
        return embedder;
    }

    /** The head's theme log-odds for an embedding, in {@link Themes#ALL} order. */
    double[] headLogits(float[] v, Source source) {
        double[] z = new double[T];
        for (int k = 0; k < T; k++) {
            z[k] = EmbeddingHeads.logit(head[k], v, source);
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
