package io.complaintstreams.classifier;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.complaintstreams.classifier.corpus.*;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;

/**
 * Issue 12 fifth round: sentence-embedding evidence for the dissatisfied output too, gated to texts the linear model is
 * unsure of. In package io.complaintstreams.classifier (compiled against classifier/target/classes) to reach the
 * calibration. Prints d/t/a per set for each mode; the sixth own split is measured only with -Dsplit6=true;
 * -DheadExtra=classifier/experiments/fifth-round/real_style_train_5.tsv adds rows to the heads only; -Derrors=true prints
 * the misses. Run from the project root:
 *   mvn -B -ntp -q -pl classifier -am compile && mvn -B -ntp -q -pl classifier dependency:build-classpath -Dmdep.outputFile=cp.txt
 *   javac -d /tmp/fifth -cp classifier/target/classes:domain/target/classes:$(cat classifier/cp.txt) classifier/experiments/fifth-round/Fifth.java
 *   java -cp /tmp/fifth:classifier/target/classes:domain/target/classes:$(cat classifier/cp.txt) io.complaintstreams.classifier.Fifth [MODE_REGEX]
 */
public class Fifth {
    static final int D = 384, T = 12;
    static boolean REFIT = true;
    static final Path CACHE = Path.of("classifier/experiments/fourth-round/target/embeddings.tsv");
    static final Map<String, float[]> EMB = new HashMap<>();
    static List<LabelledRecord> f(String p) throws Exception { return LabelledTsv.read(Files.newBufferedReader(Path.of(p))); }

    public static void main(String[] a) throws Exception {
        String W = "classifier/src/test/resources/";
        List<LabelledRecord> train = TrainingCorpus.load();
        Map<String, List<LabelledRecord>> sets = new LinkedHashMap<>();
        sets.put("synthetic", f(W + "golden/classify_dev.tsv").stream().filter(r -> DevSplit.isHeldOut(r.id())).toList());
        sets.put("calib", TrainingCorpus.calibration());
        sets.put("realdev", f("../shared/golden/classify_real_dev.tsv"));
        for (int i = 1; i <= 5; i++) sets.put("own" + i, f(W + "real_style/real_style_heldout" + (i == 1 ? "" : "_" + i) + ".tsv"));
        if (Boolean.getBoolean("split6")) sets.put("own6", f(W + "real_style/real_style_heldout_6.tsv"));
        List<LabelledRecord> all = new ArrayList<>(train);
        sets.values().forEach(all::addAll);
        embedAll(all);
        Classifier base = Classifier.defaultModel();
        List<LabelledRecord> hand = new ArrayList<>(train.stream().filter(r -> !r.id().startsWith("G")).toList());
        if (System.getProperty("headExtra") != null) {
            List<LabelledRecord> extra = LabelledTsv.read(Files.newBufferedReader(Path.of(System.getProperty("headExtra"))));
            embedAll(extra);
            hand.addAll(extra);
        }
        double[][] themeHead = trainThemeHead(hand.stream().filter(LabelledRecord::themesLabelled).toList());
        ThemeEvidence themes = avg(themeHead, 0.5);
        Classifier withThemes = base.withThemeEvidence(themes);
        String only = a.length > 0 ? a[0] : "";
        for (double shift : new double[] {0, 0.25, 0.5, 0.75, 1.0}) {
            for (double vouch : new double[] {99, 2, 1, 0}) {
                run("t-shift" + shift + "-vouch" + vouch, base.withThemeEvidence(avgVouch(themeHead, 0.5, shift, vouch)), null, 0, 0, sets, only);
            }
        }
        if (only.startsWith("s-")) {
            List<LabelledRecord> sentences = new ArrayList<>();
            for (List<LabelledRecord> set : sets.values()) for (LabelledRecord r : set) for (String snt : Sentences.split(r.text())) sentences.add(new LabelledRecord("S", r.source(), false, List.of(), snt));
            embedAll(sentences);
        }
        for (double margin : new double[] {1, 1.5, 2, 3}) {
            for (double w : new double[] {0.4, 0.5}) {
                run("s-m" + margin + "-w" + w, base.withThemeEvidence(sent(themeHead, margin, w)), null, 0, 0, sets, only);
            }
        }
        Map<String, double[]> dheads = new LinkedHashMap<>();
        dheads.put("hand", trainDissHead(hand, 40, 0.05, 1e-4, 6));
        dheads.put("hand-w3", trainDissHead(hand, 40, 0.05, 1e-4, 3));
        dheads.put("all", trainDissHead(train, 20, 0.05, 1e-4, 6));
        System.out.println("mode | " + String.join(" | ", sets.keySet()));
        run("linear", base, null, 0, 0, sets, only);
        run("themes", withThemes, null, 0, 0, sets, only);
        for (var h : dheads.entrySet()) {
            if (!h.getKey().equals("hand")) continue;
            double[] dh = h.getValue();
            double lo = 1e9, hi = -1e9;
            for (LabelledRecord r : hand) { double z = dot(dh, EMB.get(r.text()), r.source()); lo = Math.min(lo, z); hi = Math.max(hi, z); }
            System.out.printf(Locale.ROOT, "head range on its training rows: %.2f .. %.2f%n", lo, hi);
            for (double w : new double[] {0.2, 0.25, 0.3, 0.35}) {
                REFIT = false;
                run("norefit-" + h.getKey() + "-w" + w + "-g99", withThemes, dh, w, 99, sets, only);
                REFIT = true;
            }
            int gated = 0; int total = 0;
            for (LabelledRecord r : train) {
                if (!r.id().startsWith("G")) continue;
                total++;
                double z0 = base.scores(r.source(), r.text())[0];
                double p = base.calibration().probability(z0);
                if (Math.abs(Math.log(p / (1 - p))) <= 3.5) gated++;
            }
            System.out.printf("generated texts within |calibrated log-odds| <= 3.5: %d of %d%n", gated, total);
        }
        for (var h : dheads.entrySet()) {
            for (double w : new double[] {0.3, 0.5}) {
                for (double gate : new double[] {99, 3, 2}) {
                    run("d-" + h.getKey() + "-w" + w + "-g" + gate, withThemes, h.getValue(), w, gate, sets, only);
                }
            }
        }
        if (Boolean.getBoolean("errors")) {
            for (String s : List.of("realdev", "own1", "own3", "own5", "calib")) errors(s, withThemes, sets.get(s));
        }
    }

    static void run(String name, Classifier c, double[] dhead, double w, double gate, Map<String, List<LabelledRecord>> sets, String only) {
        if (!only.isEmpty() && !name.matches(only)) return;
        Calibration cal = c.calibration();
        if (dhead != null && REFIT) {
            List<LabelledRecord> calib = sets.get("calib");
            cal = Calibration.fit(calib, r -> combined(c, dhead, w, gate, r.source(), r.text()));
        }
        StringBuilder sb = new StringBuilder(String.format("%-24s", name));
        int gated = 0, n = 0;
        for (var s : sets.entrySet()) {
            int tp = 0, fp = 0, fn = 0, ttp = 0, tfp = 0, tfn = 0, act = 0;
            for (LabelledRecord r : s.getValue()) {
                Classification k = c.classify(r.source(), r.text());
                boolean d = k.dissatisfied();
                if (dhead != null && !(k.reviewReason() != null && k.reviewReason().startsWith("other language"))) {
                    double z = combined(c, dhead, w, gate, r.source(), r.text());
                    d = (REFIT ? cal.probability(z) : 1 / (1 + Math.exp(-z))) >= 0.5;
                }
                if (d && r.dissatisfied()) tp++; else if (d) fp++; else if (r.dissatisfied()) fn++;
                if (Action.of(r.source(), d) == Action.of(r.source(), r.dissatisfied())) act++;
                if (r.themesLabelled()) {
                    for (String t : k.themes()) if (r.themes().contains(t)) ttp++; else tfp++;
                    for (String t : r.themes()) if (!k.themes().contains(t)) tfn++;
                }
            }
            sb.append(String.format(Locale.ROOT, " | %s %.3f/%.3f/%.3f", s.getKey(), 2.0 * tp / (2 * tp + fp + fn),
                    2.0 * ttp / (2 * ttp + tfp + tfn), act / (double) s.getValue().size()));
        }
        System.out.println(sb);
    }

    static double combined(Classifier c, double[] dhead, double w, double gate, Source source, String text) {
        double z0 = c.scores(source, text)[0];
        double p = c.calibration().probability(z0);
        double zc = Math.log(p / (1 - p));
        if (Math.abs(zc) > gate) return z0 * c.calibration().a() + c.calibration().b();
        float[] x = EMB.get(text);
        double ze = dot(dhead, x, source);
        return (1 - w) * zc + w * ze;
    }

    static void errors(String set, Classifier c, List<LabelledRecord> records) {
        for (LabelledRecord r : records) {
            Classification k = c.classify(r.source(), r.text());
            List<String> miss = new ArrayList<>(), extra = new ArrayList<>();
            if (r.themesLabelled()) {
                for (String t : r.themes()) if (!k.themes().contains(t)) miss.add(t);
                for (String t : k.themes()) if (!r.themes().contains(t)) extra.add(t);
            }
            if (k.dissatisfied() != r.dissatisfied() || !miss.isEmpty() || !extra.isEmpty()) {
                System.out.printf(Locale.ROOT, "ERR %s %s %s d=%s/%s conf=%.2f miss=%s extra=%s :: %s%n", set, r.id(), r.source(),
                        r.dissatisfied() ? 1 : 0, k.dissatisfied() ? 1 : 0, k.confidence(), miss, extra, r.text());
            }
        }
    }

    static ThemeEvidence avg(double[][] head, double w) {
        return (source, text, z, vouched) -> {
            float[] x = EMB.get(text);
            if (x == null) return null;
            for (int k = 1; k <= T; k++) z[k] = (1 - w) * z[k] + w * dot(head[k - 1], x, source);
            return null;
        };
    }

    /** Average with the head, then add {@code shift} to every theme; vouch for a theme whose head log-odds reach {@code vouch}. */
    static ThemeEvidence avgVouch(double[][] head, double w, double shift, double vouch) {
        return (source, text, z, vouched) -> {
            float[] x = EMB.get(text);
            if (x == null) return null;
            for (int k = 1; k <= T; k++) {
                double ze = dot(head[k - 1], x, source);
                z[k] = (1 - w) * z[k] + w * ze + shift;
                if (ze >= vouch) vouched[k] = true;
            }
            return null;
        };
    }

    static ThemeEvidence sent(double[][] head, double margin, double w) {
        return (source, text, z, vouched) -> {
            float[] x = EMB.get(text);
            if (x == null) return null;
            double[] ze = new double[T];
            for (int k = 1; k <= T; k++) ze[k - 1] = dot(head[k - 1], x, source);
            String[] ss = Sentences.split(text);
            if (ss.length > 1) {
                for (String snt : ss) {
                    float[] xs = EMB.get(snt);
                    if (xs == null) throw new IllegalStateException("no sentence embedding: " + snt);
                    for (int k = 1; k <= T; k++) ze[k - 1] = Math.max(ze[k - 1], dot(head[k - 1], xs, source) - margin);
                }
            }
            for (int k = 1; k <= T; k++) z[k] = (1 - w) * z[k] + w * ze[k - 1];
            return null;
        };
    }

    static double dot(double[] w, float[] x, Source source) {
        double z = w[D + 3];
        for (int j = 0; j < D; j++) z += w[j] * x[j];
        return z + w[D + source.ordinal()];
    }

    static double[] trainDissHead(List<LabelledRecord> train, int epochs, double lr, double l2, double realWeight) {
        double[] w = new double[D + 4];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) order.add(i);
        Random random = new Random(1);
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (int i : order) {
                LabelledRecord r = train.get(i);
                float[] x = EMB.get(r.text());
                double weight = r.id().startsWith("W") || r.id().startsWith("M") ? realWeight : 1;
                double g = (1 / (1 + Math.exp(-dot(w, x, r.source()))) - (r.dissatisfied() ? 1 : 0)) * weight;
                for (int j = 0; j < D; j++) w[j] -= lr * (g * x[j] + l2 * w[j]);
                w[D + r.source().ordinal()] -= lr * g;
                w[D + 3] -= lr * g;
            }
        }
        return w;
    }

    static double[][] trainThemeHead(List<LabelledRecord> train) {
        double[][] w = new double[T][D + 4];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) order.add(i);
        Random random = new Random(1);
        for (int epoch = 0; epoch < 40; epoch++) {
            Collections.shuffle(order, random);
            for (int i : order) {
                LabelledRecord r = train.get(i);
                float[] x = EMB.get(r.text());
                double weight = r.id().startsWith("W") ? 6 : 1;
                for (int k = 0; k < T; k++) {
                    boolean y = r.themes().contains(Themes.ALL.get(k));
                    double g = (1 / (1 + Math.exp(-dot(w[k], x, r.source()))) - (y ? 1 : 0)) * weight * (y ? 1.5 : 1);
                    for (int j = 0; j < D; j++) w[k][j] -= 0.05 * (g * x[j] + 1e-4 * w[k][j]);
                    w[k][D + r.source().ordinal()] -= 0.05 * g;
                    w[k][D + 3] -= 0.05 * g;
                }
            }
        }
        return w;
    }

    static void embedAll(List<LabelledRecord> records) throws Exception {
        if (Files.exists(CACHE)) {
            for (String l : Files.readAllLines(CACHE, StandardCharsets.UTF_8)) {
                String[] p = l.split("\t");
                float[] v = new float[D];
                for (int i = 0; i < D; i++) v[i] = Float.parseFloat(p[i + 1]);
                EMB.put(p[0], v);
            }
        }
        List<String> todo = records.stream().map(LabelledRecord::text).distinct().filter(t -> !EMB.containsKey(t)).toList();
        if (todo.isEmpty()) return;
        var model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(CACHE, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND))) {
            for (int i = 0; i < todo.size(); i += 32) {
                List<String> batch = todo.subList(i, Math.min(todo.size(), i + 32));
                var vectors = model.embedAll(batch.stream().map(TextSegment::from).toList()).content();
                for (int j = 0; j < batch.size(); j++) {
                    float[] v = vectors.get(j).vector();
                    EMB.put(batch.get(j), v);
                    StringBuilder sb = new StringBuilder(batch.get(j).replace('\t', ' ').replace('\n', ' '));
                    for (float x : v) sb.append('\t').append(x);
                    out.println(sb);
                }
            }
        }
        System.err.printf("embedded %d texts%n", todo.size());
    }
}
