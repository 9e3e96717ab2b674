package io.complaintstreams.classifier.internal;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * Logistic-regression weights for {@link #outputs()} binary outputs over one shared feature dictionary.
 * Output 0 is "dissatisfied"; outputs 1.. are the themes. Immutable after training.
 */
public final class LinearModel {
    private final LongIntMap dictionary;
    private final long[] featureKeys;
    private final String[] featureNames;
    private final double[] weights;
    private final double[] bias;
    private final int outputs;
    private final boolean[] sourceOnly;

    LinearModel(LongIntMap dictionary, long[] featureKeys, String[] featureNames, double[] weights, double[] bias) {
        this.dictionary = dictionary;
        this.featureKeys = featureKeys;
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

    /**
     * Writes the dictionary (feature key and name), the weights and the biases: {@code int outputs, int features},
     * then per feature {@code long key, UTF name, double[outputs] weights}, then {@code double[outputs]} biases.
     */
    public void writeTo(DataOutput out) throws IOException {
        out.writeInt(outputs);
        out.writeInt(featureNames.length);
        for (int f = 0; f < featureNames.length; f++) {
            out.writeLong(featureKeys[f]);
            out.writeUTF(featureNames[f]);
            for (int k = 0; k < outputs; k++) {
                out.writeDouble(weights[f * outputs + k]);
            }
        }
        for (double b : bias) {
            out.writeDouble(b);
        }
    }

    /** Reads what {@link #writeTo} wrote. @throws IOException on a truncated or inconsistent stream */
    public static LinearModel readFrom(DataInput in) throws IOException {
        int outputs = in.readInt();
        int features = in.readInt();
        if (outputs < 1 || outputs > 1000 || features < 0 || features > 50_000_000) {
            throw new IOException("not a model: " + outputs + " outputs, " + features + " features");
        }
        LongIntMap dictionary = new LongIntMap(Math.max(16, features));
        long[] keys = new long[features];
        String[] names = new String[features];
        double[] w = new double[features * outputs];
        for (int f = 0; f < features; f++) {
            keys[f] = in.readLong();
            names[f] = in.readUTF();
            dictionary.put(keys[f], f);
            for (int k = 0; k < outputs; k++) {
                w[f * outputs + k] = in.readDouble();
            }
        }
        double[] bias = new double[outputs];
        for (int k = 0; k < outputs; k++) {
            bias[k] = in.readDouble();
        }
        return new LinearModel(dictionary, keys, names, w, bias);
    }

    static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }
}
