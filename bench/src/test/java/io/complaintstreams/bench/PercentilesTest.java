package io.complaintstreams.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PercentilesTest {
    @Test
    void shouldTakeTheNearestRankWithoutInterpolating() {
        Percentiles p = Percentiles.of(new double[] {5, 1, 4, 2, 3});
        assertEquals(3, p.at(50));
        assertEquals(1, p.at(20));
        assertEquals(2, p.at(20.1));
        assertEquals(5, p.at(99));
        assertEquals(5, p.at(100));
        assertEquals(5, p.max());
    }

    @Test
    void shouldPutP99OfAHundredAtTheNinetyNinthValue() {
        double[] values = new double[100];
        for (int i = 0; i < 100; i++) {
            values[i] = 100 - i;
        }
        assertEquals(99, Percentiles.of(values).at(99));
        assertEquals(50, Percentiles.of(values).at(50));
    }

    @Test
    void shouldAnswerNaNForAnEmptySampleAndRejectAPercentileOutOfRange() {
        assertTrue(Double.isNaN(Percentiles.of(List.<Double>of()).at(50)));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(new double[] {1}).at(0));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(new double[] {1}).at(101));
    }
}
