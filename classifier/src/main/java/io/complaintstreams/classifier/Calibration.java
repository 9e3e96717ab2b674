package io.complaintstreams.classifier;

import java.util.List;

/**
 * Platt scaling: P(dissatisfied) = sigmoid(a * z + b) for the model's raw dissatisfied log-odds z, with a and b fitted
 * by Newton's method on a calibration split the model never trained on (Platt 1999, with his smoothed targets
 * (n+ + 1) / (n+ + 2) and 1 / (n- + 2) so that a small split does not give 0 or 1).
 */
record Calibration(double a, double b) {
    static final Calibration IDENTITY = new Calibration(1, 0);

    double probability(double z) {
        return 1.0 / (1.0 + Math.exp(-(a * z + b)));
    }

    /** Fits a and b on raw log-odds {@code z} with labels {@code y}. */
    static Calibration fit(double[] z, boolean[] y) {
        int pos = 0;
        for (boolean v : y) {
            pos += v ? 1 : 0;
        }
        int neg = y.length - pos;
        double hi = (pos + 1.0) / (pos + 2.0);
        double lo = 1.0 / (neg + 2.0);
        double a = 1;
        double b = 0;
        for (int iter = 0; iter < 100; iter++) {
            double g0 = 0, g1 = 0, h00 = 1e-9, h01 = 0, h11 = 1e-9;
            for (int i = 0; i < z.length; i++) {
                double t = y[i] ? hi : lo;
                double p = 1.0 / (1.0 + Math.exp(-(a * z[i] + b)));
                double d = p - t;
                double w = p * (1 - p);
                g0 += d * z[i];
                g1 += d;
                h00 += w * z[i] * z[i];
                h01 += w * z[i];
                h11 += w;
            }
            double det = h00 * h11 - h01 * h01;
            double da = (h11 * g0 - h01 * g1) / det;
            double db = (h00 * g1 - h01 * g0) / det;
            a -= da;
            b -= db;
            if (Math.abs(da) + Math.abs(db) < 1e-10) {
                break;
            }
        }
        return new Calibration(a, b);
    }

    /** Fits on {@code records} scored by {@code scorer} (raw dissatisfied log-odds). */
    static Calibration fit(List<LabelledRecord> records, java.util.function.ToDoubleFunction<LabelledRecord> scorer) {
        double[] z = new double[records.size()];
        boolean[] y = new boolean[records.size()];
        for (int i = 0; i < z.length; i++) {
            z[i] = scorer.applyAsDouble(records.get(i));
            y[i] = records.get(i).dissatisfied();
        }
        return fit(z, y);
    }
}
