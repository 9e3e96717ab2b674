package io.complaintstreams.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProducerPerformanceSummaryTest {
    @Test
    void shouldReadTheWholeRunSummaryNotTheIntervalOrSteadyStateLines() {
        String output = """
                99345 records sent, 19869.0 records/sec (3.26 MB/sec), 120.3 ms avg latency, 410.0 ms max latency.
                200000 records sent, 65432.123456 records/sec (10.73 MB/sec), 95.12 ms avg latency, 410.00 ms max latency, 80 ms 50th, 200 ms 95th, 300 ms 99th, 400 ms 99.9th.
                150000 steady state records sent, 70000.000000 records/sec (11.48 MB/sec), 90.00 ms avg latency, 400.00 ms max latency, 78 ms 50th, 190 ms 95th, 290 ms 99th, 390 ms 99.9th.
                """;
        assertEquals(65432.123456, ProducerPhase.summaryRate(output).getAsDouble(), 1e-6);
    }

    @Test
    void shouldAnswerEmptyWithoutASummary() {
        assertTrue(ProducerPhase.summaryRate("12 records sent, 1.0 records/sec (0.00 MB/sec), 1.0 ms avg latency, 1.0 ms max latency.")
                .isEmpty());
    }
}
