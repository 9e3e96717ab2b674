package io.complaintstreams.classifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How well the confidence is calibrated on labelled records: records are put in bins of equal width by their
 * confidence (0.5 to 1, the probability of the answer given), and each bin's mean confidence is set beside the share of
 * its answers that were right. Expected calibration error (ECE) is the record-weighted mean gap between the two
 * (Guo et al. 2017).
 *
 * @param bins one row per bin that holds records
 * @param ece  expected calibration error, 0 (perfect) to 1
 */
public record Reliability(List<Bin> bins, double ece) {

    /** One bin: its confidence range, how many records, their mean confidence and the share answered right. */
    public record Bin(double from, double to, int records, double meanConfidence, double accuracy) {
    }

    /** Scores the dissatisfied answer's confidence on {@code gold} in {@code binCount} bins between 0.5 and 1. */
    public static Reliability of(Classifier classifier, List<LabelledRecord> gold, int binCount) {
        int[] n = new int[binCount];
        double[] conf = new double[binCount];
        int[] right = new int[binCount];
        for (LabelledRecord r : gold) {
            Classification c = classifier.classify(r.source(), r.text());
            int b = Math.min(binCount - 1, (int) Math.floor((c.confidence() - 0.5) * 2 * binCount));
            b = Math.max(0, b);
            n[b]++;
            conf[b] += c.confidence();
            right[b] += c.dissatisfied() == r.dissatisfied() ? 1 : 0;
        }
        List<Bin> bins = new ArrayList<>();
        double ece = 0;
        for (int b = 0; b < binCount; b++) {
            if (n[b] == 0) {
                continue;
            }
            double mean = conf[b] / n[b];
            double acc = (double) right[b] / n[b];
            ece += (double) n[b] / gold.size() * Math.abs(mean - acc);
            bins.add(new Bin(0.5 + 0.5 * b / binCount, 0.5 + 0.5 * (b + 1) / binCount, n[b], mean, acc));
        }
        return new Reliability(List.copyOf(bins), ece);
    }

    /** A Markdown table (confidence range, records, mean confidence, share right) and the ECE. */
    public String table() {
        StringBuilder sb = new StringBuilder("| confidence | records | mean confidence | share right |\n|---|---|---|---|\n");
        for (Bin b : bins) {
            sb.append(String.format(Locale.ROOT, "| %.2f-%.2f | %d | %.3f | %.3f |%n", b.from(), b.to(), b.records(),
                    b.meanConfidence(), b.accuracy()));
        }
        return sb.append(String.format(Locale.ROOT, "ECE %.3f%n", ece)).toString();
    }
}
