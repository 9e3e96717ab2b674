package io.complaintstreams.classifier.internal;

import io.complaintstreams.classifier.DissatisfactionEvidence;
import io.complaintstreams.classifier.LabelledRecord;
import io.complaintstreams.classifier.Source;

import io.complaintstreams.classifier.internal.EmbeddingHeads.Row;
import java.util.List;

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
        List<Row> rows = EmbeddingHeads.storedRows(corpus, stored, r -> !r.id().startsWith("G"));
        double[] w = new double[EmbeddingHeads.FEATURES];
        EmbeddingHeads.epochs(rows, row -> {
            LabelledRecord r = row.record();
            double weight = r.id().startsWith("W") || r.id().startsWith("M") ? 6 : 1;
            double g = (EmbeddingHeads.sigmoid(EmbeddingHeads.logit(w, row.embedding(), r.source())) - (r.dissatisfied() ? 1 : 0)) * weight;
            EmbeddingHeads.step(w, row.embedding(), r.source(), g);
        });
        double reach = 0;
        for (Row row : rows) {
            reach = Math.max(reach, Math.abs(EmbeddingHeads.logit(w, row.embedding(), row.record().source())));
        }
        return new EmbeddingDissatisfaction(w, reach + 1, embedder);
    }

    @Override
    public double logOdds(Source source, String text, double linear) {
        if (!matters(linear) || text.codePoints().noneMatch(Character::isLetter)) {
            return linear;
        }
        return (1 - WEIGHT) * linear + WEIGHT * EmbeddingHeads.logit(head, embedder.embed(text), source);
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
