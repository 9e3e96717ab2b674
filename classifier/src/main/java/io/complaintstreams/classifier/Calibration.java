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

    /** The calibrated log-odds a z + b, log(p / (1 - p)) of {@link #probability}. */
    double logOdds(double z) {
        return a * z + b;
    }

    /**
     * Fits a and b on raw log-odds {@code z} with labels {@code y}: Newton's method with a backtracking line search on
     * the cross-entropy (Lin, Lin and Weng 2007, "A note on Platt's probabilistic outputs"), so that a split the model
     * separates almost perfectly does not send a to infinity. Starts from a = 1, b = 0.
     */
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
        double loss = loss(z, y, hi, lo, a, b);
        for (int iter = 0; iter < 100; iter++) {
            double g0 = 0, g1 = 0, h00 = 1e-12, h01 = 0, h11 = 1e-12;
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
            if (Math.abs(g0) < 1e-9 && Math.abs(g1) < 1e-9) {
                break;
            }
            double det = h00 * h11 - h01 * h01;
            double da = (h11 * g0 - h01 * g1) / det;
            double db = (h00 * g1 - h01 * g0) / det;
            double step = 1;
            double next = loss(z, y, hi, lo, a - da, b - db);
            while (next > loss - 1e-4 * step * (g0 * da + g1 * db) && step > 1e-10) {
                step /= 2;
                next = loss(z, y, hi, lo, a - step * da, b - step * db);
            }
            if (step <= 1e-10) {
                break;
            }
            a -= step * da;
            b -= step * db;
            boolean converged = Math.abs(step * da) + Math.abs(step * db) < 1e-10;
            loss = next;
            if (converged) {
                break;
            }
        }
        return new Calibration(a, b);
    }

    /** Cross-entropy of sigmoid(a z + b) against the smoothed targets, computed without overflow. */
    private static double loss(double[] z, boolean[] y, double hi, double lo, double a, double b) {
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            double t = y[i] ? hi : lo;
            double f = a * z[i] + b;
            // -(t log p + (1 - t) log(1 - p)) with p = sigmoid(f)
            sum += f >= 0 ? t * Math.log1p(Math.exp(-f)) + (1 - t) * (f + Math.log1p(Math.exp(-f)))
                    : t * (-f + Math.log1p(Math.exp(f))) + (1 - t) * Math.log1p(Math.exp(f));
        }
        return sum;
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
