package io.complaintstreams.classifier;

/**
 * More evidence for the dissatisfied output of an English text, beside the linear model's (for example sentence
 * embeddings), weighed only where the linear model is unsure. Must be thread-safe.
 */
public interface DissatisfactionEvidence {
    /**
     * The calibrated log-odds that {@code text} expresses dissatisfaction, given the linear model's calibrated log-odds
     * {@code linear} (log(p / (1 - p)) of its calibrated probability): {@code linear} itself when this evidence could
     * not move the answer across 0 (the text is dissatisfied at 0 or above), otherwise the weighed log-odds.
     */
    double logOdds(Source source, String text, double linear);
}
