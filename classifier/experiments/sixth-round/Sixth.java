package io.complaintstreams.classifier;

import io.complaintstreams.classifier.corpus.*;
import io.complaintstreams.classifier.internal.*;
import java.nio.file.*;
import java.util.*;
import java.util.zip.CRC32;

/**
 * Issue 12 sixth round: per-theme thresholds chosen on out-of-fold predictions of the corpus's hand-written rows
 * (5 folds by CRC-32 of the id; generated rows always train), then measured on the development sets. Split 7 is never
 * read here. Run from the project root (see README-classifier "Sixth round").
 */
public class Sixth {
    static final int T = Themes.ALL.size();
    static final double[] GRID = {-3.0, -2.75, -2.5, -2.25, -2.0, -1.75, -1.5, -1.25, -1.0, -0.75, -0.5, -0.25, 0, 0.5};
    static List<LabelledRecord> f(String p) throws Exception { return LabelledTsv.read(Files.newBufferedReader(Path.of(p))); }
    static int fold(String id) { CRC32 c = new CRC32(); c.update(id.getBytes()); return (int) (c.getValue() % 5); }

    record Scored(LabelledRecord r, double[] z) {}

    public static void main(String[] a) throws Exception {
        String W = "classifier/src/test/resources/";
        List<LabelledRecord> corpus = TrainingCorpus.load();
        CorpusEmbeddings stored = CorpusEmbeddings.fromResource();
        boolean withEmb = !Boolean.getBoolean("linear");
        List<Scored> oof = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int k = 0; k < 5; k++) {
            final int fk = k;
            List<LabelledRecord> train = corpus.stream().filter(r -> r.id().startsWith("G") || fold(r.id()) != fk).toList();
            List<LabelledRecord> test = corpus.stream().filter(r -> !r.id().startsWith("G") && fold(r.id()) == fk && r.themesLabelled()).toList();
            Classifier c = Classifier.train(train, TrainingCorpus.calibration());
            if (withEmb) c = c.withThemeEvidence(EmbeddingThemes.train(train, stored, Classifier.THEME_LOGIT_THRESHOLD));
            for (LabelledRecord r : test) oof.add(new Scored(r, c.themeLogOdds(r.source(), r.text())));
            System.out.printf(Locale.ROOT, "fold %d: %d train, %d scored, %.0fs%n", k, train.size(), test.size(), (System.nanoTime() - t0) / 1e9);
        }
        String sel = System.getProperty("select", "all");
        List<Scored> chooseOn = oof.stream().filter(s -> sel.equals("all") || s.r().id().startsWith("W")).toList();
        double[] global = new double[T + 1];
        Arrays.fill(global, Classifier.THEME_LOGIT_THRESHOLD);
        System.out.println("OOF (" + chooseOn.size() + " rows) at -1.0: " + micro(chooseOn, global));
        double[] th = global.clone();
        for (int round = 0; round < 3; round++) {
            for (int k = 1; k <= T; k++) {
                double best = th[k]; double bestF = -1;
                for (double g : GRID) {
                    double[] tt = th.clone(); tt[k] = g;
                    double fm = f1(chooseOn, tt);
                    if (fm > bestF + 1e-9 || (Math.abs(fm - bestF) < 1e-9 && Math.abs(g + 1) < Math.abs(best + 1))) { bestF = fm; best = g; }
                }
                th[k] = best;
            }
        }
        StringBuilder sb = new StringBuilder("thresholds:");
        for (int k = 1; k <= T; k++) sb.append(' ').append(Themes.ALL.get(k - 1)).append('=').append(th[k]);
        System.out.println(sb);
        System.out.println("OOF tuned: " + micro(chooseOn, th));
        for (int k = 1; k <= T; k++) {
            double[] tt = global.clone(); tt[k] = th[k];
            System.out.println("  per theme " + Themes.ALL.get(k - 1) + " " + perTheme(chooseOn, k, global[k]) + " -> " + perTheme(chooseOn, k, th[k]));
        }
        Classifier full = withEmb ? Classifier.defaultModelWithEmbeddings() : Classifier.defaultModel();
        Map<String, List<LabelledRecord>> sets = new LinkedHashMap<>();
        sets.put("synthetic", f(W + "golden/classify_dev.tsv").stream().filter(r -> DevSplit.isHeldOut(r.id())).toList());
        sets.put("calib", TrainingCorpus.calibration());
        sets.put("realdev", f("../shared/golden/classify_real_dev.tsv"));
        for (int i = 1; i <= 6; i++) sets.put("own" + i, f(W + "real_style/real_style_heldout" + (i == 1 ? "" : "_" + i) + ".tsv"));
        for (var e : sets.entrySet()) {
            List<Scored> sc = e.getValue().stream().filter(LabelledRecord::themesLabelled)
                    .map(r -> new Scored(r, full.themeLogOdds(r.source(), r.text()))).toList();
            System.out.printf(Locale.ROOT, "%-9s global %s | tuned %s%n", e.getKey(), micro(sc, global), micro(sc, th));
        }
    }

    static int[] counts(List<Scored> s, double[] th) {
        int tp = 0, fp = 0, fn = 0;
        for (Scored x : s) for (int k = 1; k <= T; k++) {
            boolean g = x.r().themes().contains(Themes.ALL.get(k - 1)), p = x.z()[k] >= th[k];
            if (g && p) tp++; else if (p) fp++; else if (g) fn++;
        }
        return new int[] {tp, fp, fn};
    }
    static double f1(List<Scored> s, double[] th) { int[] c = counts(s, th); return 2.0 * c[0] / (2.0 * c[0] + c[1] + c[2]); }
    static String micro(List<Scored> s, double[] th) { int[] c = counts(s, th); return String.format(Locale.ROOT, "%.3f (tp %d fp %d fn %d)", f1(s, th), c[0], c[1], c[2]); }
    static String perTheme(List<Scored> s, int k, double t) {
        int tp = 0, fp = 0, fn = 0;
        for (Scored x : s) { boolean g = x.r().themes().contains(Themes.ALL.get(k - 1)), p = x.z()[k] >= t; if (g && p) tp++; else if (p) fp++; else if (g) fn++; }
        return tp + "/" + fp + "/" + fn;
    }
}
