package io.complaintstreams.classifier.internal;

import io.complaintstreams.classifier.DissatisfactionEvidence;
import io.complaintstreams.classifier.LabelledRecord;
import io.complaintstreams.classifier.Source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Dissatisfaction evidence from sentence embeddings (issue 12, fifth round): one logistic regression over the text's
 * all-MiniLM-L6-v2 embedding and its source, trained on the corpus's hand-written rows only (hard cases, the dev set's
 * training half, real-style rows including the mild-grievance rows whose themes are not labelled; not the rows
 * generated from templates), real-style rows ({@code W}, {@code M}) weighing 6; 40 epochs of SGD, rate 0.05, L2 1e-4,
 * order by {@code Random(1)}, as {@link EmbeddingThemes}. The answer's calibrated log-odds become
 * {@code (1 - WEIGHT) * linear + WEIGHT * head}. <b>Gated:</b> the model runs only when that could change the answer,
 * that is when {@code (1 - WEIGHT) * |linear| <= WEIGHT * reach}, where reach is the largest |log-odds| the head gave
 * its training texts plus 1. A text without a letter (emoji only, blank) is left to the rules: the model's tokenizer
 * has no words for it. Immutable and thread-safe; shares the embedder (and its cache) it is given.
 */
public final class EmbeddingDissatisfaction implements DissatisfactionEvidence {
    /** Share of the head's log-odds in the answer (chosen on the calibration split and the real development file). */
    static final double WEIGHT = 0.3;
    private static final int FEATURES = SentenceEmbedder.DIMENSIONS + Source.values().length + 1;

    private final double[] head;
    private final double reach;
    private final SentenceEmbedder embedder;

    private EmbeddingDissatisfaction(double[] head, double reach, SentenceEmbedder embedder) {
        this.head = head;
        this.reach = reach;
        this.embedder = embedder;
    }

    /**
     * Trains the head on the hand-written rows of {@code corpus} (ids not starting with {@code G}) from the stored
     * corpus embeddings; {@code embedder} embeds the texts classified later.
     */
    public static EmbeddingDissatisfaction train(List<LabelledRecord> corpus, CorpusEmbeddings stored, SentenceEmbedder embedder) {
        List<LabelledRecord> rows = new ArrayList<>();
        List<float[]> x = new ArrayList<>();
        for (LabelledRecord r : corpus) {
            if (r.id().startsWith("G")) {
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
        double[] w = new double[FEATURES];
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
                double weight = r.id().startsWith("W") || r.id().startsWith("M") ? 6 : 1;
                double g = (1 / (1 + Math.exp(-logit(w, v, r.source()))) - (r.dissatisfied() ? 1 : 0)) * weight;
                for (int j = 0; j < v.length; j++) {
                    w[j] -= 0.05 * (g * v[j] + 1e-4 * w[j]);
                }
                w[SentenceEmbedder.DIMENSIONS + r.source().ordinal()] -= 0.05 * g;
                w[FEATURES - 1] -= 0.05 * g;
            }
        }
        double reach = 0;
        for (int i = 0; i < rows.size(); i++) {
            reach = Math.max(reach, Math.abs(logit(w, x.get(i), rows.get(i).source())));
        }
        return new EmbeddingDissatisfaction(w, reach + 1, embedder);
    }

    private static double logit(double[] w, float[] v, Source source) {
        double z = w[FEATURES - 1] + w[SentenceEmbedder.DIMENSIONS + source.ordinal()];
        for (int j = 0; j < v.length; j++) {
            z += w[j] * v[j];
        }
        return z;
    }

    @Override
    public double logOdds(Source source, String text, double linear) {
        if (!matters(linear) || text.codePoints().noneMatch(Character::isLetter)) {
            return linear;
        }
        return (1 - WEIGHT) * linear + WEIGHT * logit(head, embedder.embed(text), source);
    }

    /** Whether the head could move calibrated log-odds {@code linear} across 0 (see the class comment). */
    public boolean matters(double linear) {
        return (1 - WEIGHT) * Math.abs(linear) <= WEIGHT * reach;
    }

    /** The embedder (its counters say how often the model ran). */
    public SentenceEmbedder embedder() {
        return embedder;
    }

    /** The largest |log-odds| the head is taken to give (its training texts' widest, plus 1). */
    double reach() {
        return reach;
    }
}
