package io.complaintstreams.classifier;

import io.complaintstreams.classifier.corpus.TrainingCorpus;
import io.complaintstreams.classifier.internal.FeatureExtractor;
import io.complaintstreams.classifier.internal.FeatureVector;
import io.complaintstreams.classifier.internal.Lexicons;
import io.complaintstreams.classifier.internal.LinearModel;
import io.complaintstreams.classifier.internal.Trainer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Dissatisfaction and theme classifier: lexicon rules plus logistic regression over words, word pairs and
 * rule features, trained deterministically from the corpus on the classpath. Immutable and thread-safe.
 */
public final class Classifier {
    static final double THRESHOLD = 0.5;
    /** Log-odds above which a theme is tagged (chosen by cross-validation on the training half, not the held-out half). */
    static final double THEME_LOGIT_THRESHOLD = -1.0;
    private static final int TOP_WORDS = 3;

    private final FeatureExtractor extractor;
    private final LinearModel model;
    private final double themeThreshold;

    private Classifier(FeatureExtractor extractor, LinearModel model, double themeThreshold) {
        this.extractor = extractor;
        this.model = model;
        this.themeThreshold = themeThreshold;
    }

    private static final class DefaultHolder {
        static final Classifier INSTANCE = train(TrainingCorpus.load());
    }

    /** The model trained from the project's corpus; trained once, on first use (about a second). */
    public static Classifier defaultModel() {
        return DefaultHolder.INSTANCE;
    }

    /** Trains a new model on {@code corpus} with the default settings (deterministic). */
    public static Classifier train(List<LabelledRecord> corpus) {
        return train(corpus, Trainer.Config.defaults(), THEME_LOGIT_THRESHOLD);
    }

    static Classifier train(List<LabelledRecord> corpus, Trainer.Config config, double themeThreshold) {
        FeatureExtractor extractor = new FeatureExtractor(Lexicons.fromResource());
        return new Classifier(extractor, new Trainer(extractor, config).train(corpus), themeThreshold);
    }

    public Classification classify(Source source, String text) {
        Objects.requireNonNull(source, "source");
        FeatureVector fv = extractor.extract(source, text == null ? "" : text, false);
        int[] idx = model.indices(fv);
        double[] z = model.logits(fv, idx);
        double p = 1.0 / (1.0 + Math.exp(-z[0]));
        boolean dissatisfied = p >= THRESHOLD;
        List<String> themes = new ArrayList<>(2);
        List<String> reasons = new ArrayList<>(fv.ruleReasons());
        reasons.add((dissatisfied ? "dissatisfied" : "not dissatisfied") + ", weighed most: "
                + topFeatures(fv, idx, 0, dissatisfied ? 1 : -1, TOP_WORDS));
        for (int k = 1; k < z.length; k++) {
            if (z[k] >= themeThreshold) {
                String theme = Themes.ALL.get(k - 1);
                themes.add(theme);
                reasons.add("theme " + theme + ": " + topFeatures(fv, idx, k, 1, 1));
            }
        }
        themes.sort(null);
        return new Classification(dissatisfied, dissatisfied ? p : 1 - p, themes,
                Action.of(source, dissatisfied), reasons);
    }

    private String topFeatures(FeatureVector fv, int[] idx, int output, int sign, int howMany) {
        StringBuilder sb = new StringBuilder();
        boolean[] used = new boolean[idx.length];
        for (int n = 0; n < howMany; n++) {
            int best = -1;
            double bestValue = 0.05;
            for (int i = 0; i < idx.length; i++) {
                if (idx[i] >= 0 && !used[i]) {
                    double c = sign * model.weight(idx[i], output) * fv.value(i);
                    if (c > bestValue) {
                        best = i;
                        bestValue = c;
                    }
                }
            }
            if (best < 0) {
                break;
            }
            used[best] = true;
            for (int i = 0; i < idx.length; i++) {
                used[i] |= idx[i] == idx[best];
            }
            sb.append(n == 0 ? "" : ", ").append('\'').append(model.featureName(idx[best])).append("' ");
            appendSigned2(sb, sign * bestValue);
        }
        return sb.length() == 0 ? "(no strong feature)" : sb.toString();
    }

    /**
     * Appends {@code v} exactly as {@code String.format(Locale.ROOT, "%+.2f", v)} would, without the cost of a
     * Formatter: directly for the usual case, through the Formatter when {@code v} sits (within 1e-6 of a cent)
     * on a rounding tie or is out of the plain range.
     */
    static void appendSigned2(StringBuilder sb, double v) {
        double a = Math.abs(v);
        double cents = a * 100.0;
        double frac = cents - Math.floor(cents);
        if (!(a < 1e6) || Math.abs(frac - 0.5) < 1e-6 || v == 0.0) {
            sb.append(String.format(java.util.Locale.ROOT, "%+.2f", v));
            return;
        }
        long c = (long) Math.floor(cents + 0.5);
        sb.append(v < 0 ? '-' : '+');
        sb.append(c / 100).append('.');
        long r = c % 100;
        if (r < 10) {
            sb.append('0');
        }
        sb.append(r);
    }

    /** Whether this and {@code other} have identical features and weights. */
    public boolean sameWeightsAs(Classifier other) {
        return model.sameWeightsAs(other.model);
    }

    /** A fingerprint of the trained weights: the same corpus always gives the same number. */
    public long fingerprint() {
        return model.fingerprint();
    }

    /** Number of features in the trained dictionary. */
    public int featureCount() {
        return model.features();
    }
}
