package io.complaintstreams.classifier;

import java.util.List;

/**
 * The classifier's answer for one record.
 *
 * @param dissatisfied whether the text expresses dissatisfaction with the landlord (Code 1.2)
 * @param confidence   calibrated probability (0 to 1) that the {@code dissatisfied} answer is right, by Platt scaling
 *                     fitted on the real-style calibration split; about 0.5 means "cannot tell"
 * @param themes       themes from {@link Themes#ALL}, sorted alphabetically, possibly empty
 * @param action       what to do with it, from the source and {@code dissatisfied}
 * @param reasons      short human-readable strings: rules that fired and the words that weighed most
 * @param needsReview  whether a person should read the record before acting on the answer
 * @param reviewReason why ({@code "other language: Polish"}, {@code "low confidence: 0.58"}, {@code "conflicting
 *                     evidence: ..."}, several joined by "; "), or null when {@code needsReview} is false
 */
public record Classification(boolean dissatisfied, double confidence, List<String> themes, Action action,
                             List<String> reasons, boolean needsReview, String reviewReason) {
    public Classification {
        themes = List.copyOf(themes);
        reasons = List.copyOf(reasons);
        if (needsReview != (reviewReason != null)) {
            throw new IllegalArgumentException("reviewReason must be given exactly when needsReview");
        }
    }

    /** Probability that the record is dissatisfied (what {@code Signal.confidence} carries). */
    public double pDissatisfied() {
        return dissatisfied ? confidence : 1 - confidence;
    }
}
