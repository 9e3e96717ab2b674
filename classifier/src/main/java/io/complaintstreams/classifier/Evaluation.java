package io.complaintstreams.classifier;

import java.util.List;

/**
 * Scores a classifier against labelled records: F1 of "dissatisfied", micro-averaged F1 over all theme
 * labels (records whose themes are not labelled count for dissatisfaction and action only), and accuracy of the action (whose expected value follows from source and the gold label).
 */
public record Evaluation(int records, double dissatisfiedF1, double themeMicroF1, double actionAccuracy,
                         int themeTruePositives, int themeFalsePositives, int themeFalseNegatives) {

    public static Evaluation of(Classifier classifier, List<LabelledRecord> gold) {
        int tp = 0, fp = 0, fn = 0, ttp = 0, tfp = 0, tfn = 0, actionsRight = 0;
        for (LabelledRecord r : gold) {
            Classification c = classifier.classify(r.source(), r.text());
            if (c.dissatisfied() && r.dissatisfied()) {
                tp++;
            } else if (c.dissatisfied()) {
                fp++;
            } else if (r.dissatisfied()) {
                fn++;
            }
            for (String t : r.themesLabelled() ? c.themes() : List.<String>of()) {
                if (r.themes().contains(t)) {
                    ttp++;
                } else {
                    tfp++;
                }
            }
            for (String t : r.themes()) {
                if (!c.themes().contains(t)) {
                    tfn++;
                }
            }
            if (c.action() == Action.of(r.source(), r.dissatisfied())) {
                actionsRight++;
            }
        }
        return new Evaluation(gold.size(), f1(tp, fp, fn), f1(ttp, tfp, tfn),
                gold.isEmpty() ? 0 : (double) actionsRight / gold.size(), ttp, tfp, tfn);
    }

    static double f1(int tp, int fp, int fn) {
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    public String summary() {
        return String.format(java.util.Locale.ROOT,
                "records=%d dissatisfiedF1=%.3f themeMicroF1=%.3f actionAccuracy=%.3f (themes tp=%d fp=%d fn=%d)",
                records, dissatisfiedF1, themeMicroF1, actionAccuracy, themeTruePositives, themeFalsePositives,
                themeFalseNegatives);
    }
}
