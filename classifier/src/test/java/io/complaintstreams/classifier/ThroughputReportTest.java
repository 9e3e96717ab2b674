package io.complaintstreams.classifier;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Prints the classifier's speed both ways for the README ({@code SPEED} lines): the linear model alone (what the
 * topology uses by default) and with sentence-embedding theme evidence, uncached and from the cache. Nothing here is
 * timed against a limit (the build machine is shared); {@code bench} reports the same figures.
 */
class ThroughputReportTest {
    @Test
    void shouldPrintRecordsPerSecondWithAndWithoutEmbeddings() {
        var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        int n = 20_000;
        long c0 = cpu.getCurrentThreadCpuTime();
        double linear = ClassifierThroughput.recordsPerSecond(n);
        long c1 = cpu.getCurrentThreadCpuTime();
        double[] e = ClassifierThroughput.embeddingRecordsPerSecond(300);
        System.out.printf(Locale.ROOT, "SPEED linear model: %.0f records/s wall, %.0f per CPU-second of the thread%n",
                linear, (n + Math.min(n, 20_000)) / ((c1 - c0) / 1e9));
        System.out.printf(Locale.ROOT, "SPEED with embeddings: %.0f records/s wall uncached, %.0f per process CPU-second "
                + "uncached, model ran on %.1f%% of records, %.0f records/s wall cached%n", e[0], e[1], 100 * e[2], e[3]);
        double[] g = ClassifierThroughput.gatedDissatisfactionRecordsPerSecond(300);
        System.out.printf(Locale.ROOT, "SPEED with embeddings for dissatisfaction only, gated: %.0f records/s wall uncached, "
                + "%.0f per process CPU-second uncached, model ran on %.1f%% of records%n", g[0], g[1], 100 * g[2]);
        assertTrue(g[2] < e[2], "the gate saved nothing: " + g[2] + " against " + e[2]);
        assertTrue(linear > 0 && e[0] > 0 && e[3] > 0);
        assertTrue(e[2] > 0 && e[2] <= 1, "share of records the embedding model ran on: " + e[2]);
    }
}
