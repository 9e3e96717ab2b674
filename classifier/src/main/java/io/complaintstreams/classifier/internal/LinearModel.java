package io.complaintstreams.classifier.internal;

import java.util.Arrays;

/**
 * Logistic-regression weights for {@link #outputs()} binary outputs over one shared feature dictionary.
 * Output 0 is "dissatisfied"; outputs 1.. are the themes. Immutable after training.
 */
public final class LinearModel {
    private final LongIntMap dictionary;
    private final String[] featureNames;
    private final double[] weights;
    private final double[] bias;
    private final int outputs;
    private final boolean[] sourceOnly;

    LinearModel(LongIntMap dictionary, String[] featureNames, double[] weights, double[] bias) {
        this.dictionary = dictionary;
        this.featureNames = featureNames;
        this.weights = weights;
        this.bias = bias;
        this.outputs = bias.length;
        this.sourceOnly = new boolean[featureNames.length];
        for (int i = 0; i < featureNames.length; i++) {
            String n = featureNames[i];
            sourceOnly[i] = n.startsWith("src:") || n.endsWith("rule:short");
        }
    }

    /** Whether a feature says only where the record came from or that it is short: no evidence about its content. */
    public boolean isSourceOnly(int feature) {
        return sourceOnly[feature];
    }

    public int outputs() {
        return outputs;
    }

    public int features() {
        return featureNames.length;
    }

    /** Dictionary index of each feature of {@code fv}, -1 where the feature was never seen in training. */
    public int[] indices(FeatureVector fv) {
        int[] idx = new int[fv.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = dictionary.get(fv.key(i));
        }
        return idx;
    }

    /** Log-odds of every output. */
    public double[] logits(FeatureVector fv, int[] idx) {
        double[] z = bias.clone();
        for (int i = 0; i < idx.length; i++) {
            int f = idx[i];
            if (f >= 0) {
                double v = fv.value(i);
                int base = f * outputs;
                for (int k = 0; k < outputs; k++) {
                    z[k] += weights[base + k] * v;
                }
            }
        }
        return z;
    }

    public double weight(int feature, int output) {
        return weights[feature * outputs + output];
    }

    public String featureName(int feature) {
        return featureNames[feature];
    }

    /** Whether two models have exactly the same features and weights (reproducibility checks). */
    public boolean sameWeightsAs(LinearModel other) {
        return Arrays.equals(featureNames, other.featureNames) && Arrays.equals(weights, other.weights)
                && Arrays.equals(bias, other.bias);
    }

    /** A compact fingerprint of all weights, for logs and the README. */
    public long fingerprint() {
        long h = 17;
        for (double w : weights) {
            h = Hashing.combine(h, Double.doubleToLongBits(w));
        }
        for (double b : bias) {
            h = Hashing.combine(h, Double.doubleToLongBits(b));
        }
        return h;
    }

    static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }
}
