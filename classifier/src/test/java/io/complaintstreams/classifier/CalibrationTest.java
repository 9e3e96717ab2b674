package io.complaintstreams.classifier;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Platt scaling converges to a finite fit even on a split the model nearly separates. */
class CalibrationTest {
    @Test
    void shouldFitAFiniteSlopeOnANearlySeparableSplit() {
        // log-odds spread wide, all but one on the right side: plain Newton from a = 1 (the fit before issue 12's
        // second round) diverges here, a reaching 3e10
        double[] z = {-9, -7.5, -6, -4, -2.5, -0.2, 0.3, 2, 3.5, 5, 6.5, 8, 11, 14};
        boolean[] y = {false, false, false, false, false, true, false, true, true, true, true, true, true, true};
        Calibration c = Calibration.fit(z, y);
        assertTrue(Double.isFinite(c.a()) && c.a() > 0 && c.a() < 10, c.toString());
        assertTrue(Double.isFinite(c.b()) && Math.abs(c.b()) < 10, c.toString());
        double lowest = c.probability(-9);
        double highest = c.probability(14);
        assertTrue(lowest > 0.001 && lowest < 0.2, c + " " + lowest);
        assertTrue(highest < 0.999 && highest > 0.8, c + " " + highest);
    }

    @Test
    void shouldReachTheMinimumOfTheCrossEntropy() {
        double[] z = {-3, -2, -1, -0.5, 0, 0.5, 1, 2, 3, 4};
        boolean[] y = {false, false, true, false, false, true, true, false, true, true};
        Calibration c = Calibration.fit(z, y);
        double here = crossEntropy(z, y, c.a(), c.b());
        for (double da : new double[]{-0.05, 0.05}) {
            for (double db : new double[]{-0.05, 0.05}) {
                assertTrue(here <= crossEntropy(z, y, c.a() + da, c.b() + db) + 1e-12, c.toString());
            }
        }
    }

    private static double crossEntropy(double[] z, boolean[] y, double a, double b) {
        int pos = 0;
        for (boolean v : y) {
            pos += v ? 1 : 0;
        }
        double hi = (pos + 1.0) / (pos + 2.0);
        double lo = 1.0 / (y.length - pos + 2.0);
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            double p = 1 / (1 + Math.exp(-(a * z[i] + b)));
            double t = y[i] ? hi : lo;
            sum -= t * Math.log(p) + (1 - t) * Math.log(1 - p);
        }
        return sum;
    }
}
