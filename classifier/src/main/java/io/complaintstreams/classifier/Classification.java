package io.complaintstreams.classifier;

import java.util.List;

/**
 * The classifier's answer for one record.
 *
 * @param dissatisfied whether the text expresses dissatisfaction with the landlord (Code 1.2)
 * @param confidence   probability of the chosen dissatisfied/not answer, 0.5 to 1
 * @param themes       themes from {@link Themes#ALL}, sorted alphabetically, possibly empty
 * @param action       what to do with it, from the source and {@code dissatisfied}
 * @param reasons      short human-readable strings: rules that fired and the words that weighed most
 */
public record Classification(boolean dissatisfied, double confidence, List<String> themes, Action action,
                             List<String> reasons) {
    public Classification {
        themes = List.copyOf(themes);
        reasons = List.copyOf(reasons);
    }
}
