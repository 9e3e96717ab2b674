package io.complaintstreams.classifier;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The hand-written weight formatting in reasons must print exactly what String.format("%+.2f") prints. */
class FastFormatTest {
    @Test
    void shouldFormatWeightsExactlyLikeStringFormat() {
        Random random = new Random(7);
        double[] fixed = {0.05, 0.005, 0.015, 0.125, 1.005, 2.675, -0.001, -0.0, 0.0, 0.995, 9.995, 123.455, -3.14159,
                1e7, Double.NaN, Double.POSITIVE_INFINITY};
        for (double v : fixed) {
            check(v);
        }
        for (int i = 0; i < 200_000; i++) {
            check((random.nextDouble() - 0.3) * (i % 3 == 0 ? 10 : 3));
            check(Math.round(random.nextDouble() * 100_000) / 1000.0);  // many exact ties like 1.235
        }
    }

    @Test
    void shouldFormatConfidencesExactlyLikeStringFormat() {
        Random random = new Random(11);
        double[] fixed = {0.5, 0.505, 0.515, 0.555, 0.595, 0.599999, 0.0, -0.0, 1.0, 0.125, Double.NaN};
        for (double v : fixed) {
            assertEquals(String.format(Locale.ROOT, "%.2f", v), Classifier.format2(v), "value " + v);
        }
        for (int i = 0; i < 200_000; i++) {
            double v = i % 2 == 0 ? random.nextDouble() : Math.round(random.nextDouble() * 1000) / 1000.0;
            assertEquals(String.format(Locale.ROOT, "%.2f", v), Classifier.format2(v), "value " + v);
        }
    }

    private static void check(double v) {
        StringBuilder sb = new StringBuilder();
        Classifier.appendSigned2(sb, v);
        assertEquals(String.format(Locale.ROOT, "%+.2f", v), sb.toString(), "value " + v);
    }
}
