package io.complaintstreams.classifier;

/**
 * More evidence for the themes of an English text, beside the linear model's (for example sentence embeddings): it may
 * change the theme log-odds and vouch for themes, never the dissatisfied output. Must be thread-safe.
 */
public interface ThemeEvidence {
    /**
     * Adjusts {@code z[1..12]} (theme log-odds in {@link Themes#ALL} order, after the sentence rule; a theme is tagged
     * at -1.0 or above) in place, and sets {@code vouched[k]} for a theme it has its own evidence for (a theme needs
     * some evidence to be tagged). Returns a short reason for the themes it vouched for, or null. {@code z[0]}
     * (dissatisfied) is restored after the call whatever this does.
     */
    String adjust(Source source, String text, double[] z, boolean[] vouched);
}
