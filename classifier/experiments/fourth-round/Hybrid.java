import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.complaintstreams.classifier.*;
import io.complaintstreams.classifier.corpus.*;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.function.Function;

/**
 * Issue 12 fourth round: sentence embeddings (all-MiniLM-L6-v2, quantized) as theme evidence only, beside the shipped
 * classifier (dissatisfaction unchanged), measured on every split in one JVM. Modes are ThemeEvidence implementations:
 * avg (log-odds averaged with an embedding head's, weight w; band: only themes within 1.5 of the threshold; up/down:
 * only raising/lowering; min20: texts of 20 words or more; novel: only texts no training text is within cosine 0.85 of),
 * up/down (asymmetric weights; the first increment, up 0.1, down 0.4), handhead (a head trained on the hand-written rows only; shipped as EmbeddingThemes with average weight 0.5), knn (k nearest labelled training rows),
 * sent (the head also on each sentence, less a margin). Optional argument: a regex of mode names; -Dbge=true uses
 * bge-small-en-v1.5 (quantized) instead of all-MiniLM-L6-v2. See README-classifier "Fourth round".
 */
public class Hybrid {
    static final int D = 384, T = 12;
    static final boolean BGE = Boolean.getBoolean("bge");
    static final Path CACHE = Path.of("classifier/experiments/fourth-round/target/embeddings" + (BGE ? "-bge" : "") + ".tsv");
    static final Map<String, float[]> EMB = new HashMap<>();
    static List<LabelledRecord> f(String p) throws Exception { return LabelledTsv.read(Files.newBufferedReader(Path.of(p))); }

    public static void main(String[] a) throws Exception {
        String W = "classifier/src/test/resources/";
        List<LabelledRecord> train = TrainingCorpus.load();
        Map<String, List<LabelledRecord>> sets = new LinkedHashMap<>();
        sets.put("synthetic", f(W + "golden/classify_dev.tsv").stream().filter(r -> DevSplit.isHeldOut(r.id())).toList());
        sets.put("calib", TrainingCorpus.calibration());
        sets.put("realdev", f("../shared/golden/classify_real_dev.tsv"));
        for (int i = 1; i <= 5; i++) {
            sets.put("own" + i, f(W + "real_style/real_style_heldout" + (i == 1 ? "" : "_" + i) + ".tsv"));
        }
        List<LabelledRecord> all = new ArrayList<>(train);
        sets.values().forEach(all::addAll);
        embedAll(all);
        List<LabelledRecord> sentences = new ArrayList<>();
        for (List<LabelledRecord> set : sets.values()) {
            for (LabelledRecord r : set) {
                for (String snt : split(r.text())) sentences.add(new LabelledRecord("S", r.source(), false, List.of(), snt));
            }
        }
        embedAll(sentences);
        Classifier base = Classifier.defaultModel();
        List<LabelledRecord> themed = train.stream().filter(LabelledRecord::themesLabelled).toList();
        double[][] head = trainHead(themed, 40, 0.05, 1e-4);
        float[][] X = new float[themed.size()][];
        for (int i = 0; i < X.length; i++) X[i] = EMB.get(themed.get(i).text());
        Map<String, ThemeEvidence> modes = new LinkedHashMap<>();
        modes.put("linear", null);
        String only = a.length > 0 ? a[0] : "";
        for (double w : new double[] {0.3, 0.4, 0.5}) {
            modes.put("avg" + w, avg(head, w, 0, 99, 0));
            modes.put("avg" + w + "band1.5", avg(head, w, 0, 1.5, 0));
            modes.put("avg" + w + "up", avg(head, w, 0, 99, 1));
            modes.put("avg" + w + "down", avg(head, w, 0, 99, -1));
            modes.put("avg" + w + "min20", avg(head, w, 20, 99, 0));
            modes.put("avg" + w + "novel0.85", novel(avg(head, w, 0, 99, 0), X, 0.85));
        }
        for (double up : new double[] {0.1, 0.2, 0.3}) {
            for (double down : new double[] {0.4, 0.5, 0.6}) {
                modes.put("up" + up + "down" + down, asym(head, up, down));
            }
        }
        List<LabelledRecord> handWritten = themed.stream().filter(r -> !r.id().startsWith("G")).toList();
        double[][] realHead = trainHead(handWritten, 40, 0.05, 1e-4);
        modes.put("handhead-up0.1down0.4", asym(realHead, 0.1, 0.4));
        modes.put("handhead-avg0.3", avg(realHead, 0.3, 0, 99, 0));
        modes.put("handhead-avg0.4", avg(realHead, 0.4, 0, 99, 0));
        modes.put("handhead-avg0.5", avg(realHead, 0.5, 0, 99, 0));
        modes.put("handhead-up0.2down0.4", asym(realHead, 0.2, 0.4));
        modes.put("handhead-up0.3down0.5", asym(realHead, 0.3, 0.5));
        modes.put("handhead-up0.4down0.6", asym(realHead, 0.4, 0.6));
        for (int k : new int[] {10, 25}) {
            for (double w : new double[] {1.0, 2.0}) {
                modes.put("knn" + k + "x" + w, knn(themed, X, k, w, false, 0));
                modes.put("knn" + k + "x" + w + "+long", knn(themed, X, k, w, false, 12));
            }
        }
        for (double margin : new double[] {1.0, 2.0, 3.0}) {
            for (double w : new double[] {0.3, 0.4, 0.5}) {
                modes.put("sent" + margin + "avg" + w, sent(head, margin, w, w));
            }
            modes.put("sent" + margin + "up0.1down0.4", sent(head, margin, 0.1, 0.4));
        }
        for (var m : modes.entrySet()) {
            if (!only.isEmpty() && !m.getKey().matches(only)) continue;
            Classifier c = m.getValue() == null ? base : base.withThemeEvidence(m.getValue());
            StringBuilder sb = new StringBuilder(String.format("%-20s", m.getKey()));
            for (var s : sets.entrySet()) {
                Evaluation e = Evaluation.of(c, s.getValue());
                sb.append(String.format(Locale.ROOT, " | %s %.3f/%.3f/%.3f", s.getKey(), e.dissatisfiedF1(), e.themeMicroF1(), e.actionAccuracy()));
                if (s.getKey().equals("synthetic")) sb.append(String.format(" (%d,%d,%d)", e.themeTruePositives(), e.themeFalsePositives(), e.themeFalseNegatives()));
            }
            System.out.println(sb);
        }
    }

    /** Applies {@code inner} only when no training row's embedding is within cosine {@code sim} of the text's. */
    static ThemeEvidence novel(ThemeEvidence inner, float[][] X, double sim) {
        return (source, text, z, vouched) -> {
            float[] x = EMB.get(text);
            if (x == null) return null;
            double best = -1;
            for (float[] r : X) { double d = 0; for (int j = 0; j < D; j++) d += r[j] * x[j]; best = Math.max(best, d); }
            return best >= sim ? null : inner.adjust(source, text, z, vouched);
        };
    }

    static ThemeEvidence asym(double[][] head, double up, double down) {
        return (source, text, z, vouched) -> {
            float[] x = EMB.get(text);
            if (x == null) return null;
            for (int k = 1; k <= T; k++) {
                double ze = dot(head[k - 1], x, source);
                double w = ze > z[k] ? up : down;
                z[k] = (1 - w) * z[k] + w * ze;
            }
            return "similar to labelled examples";
        };
    }

    static String[] split(String t) { return t.trim().split("(?<=[.!?])\\s+"); }

    static ThemeEvidence sent(double[][] head, double margin, double up, double down) {
        return (source, text, z, vouched) -> {
            float[] x = EMB.get(text);
            if (x == null) return null;
            double[] ze = new double[T];
            for (int k = 1; k <= T; k++) ze[k - 1] = dot(head[k - 1], x, source);
            String[] ss = split(text);
            if (ss.length > 1) {
                for (String snt : ss) {
                    float[] xs = EMB.get(snt);
                    if (xs == null) continue;
                    for (int k = 1; k <= T; k++) ze[k - 1] = Math.max(ze[k - 1], dot(head[k - 1], xs, source) - margin);
                }
            }
            for (int k = 1; k <= T; k++) {
                double w = ze[k - 1] > z[k] ? up : down;
                z[k] = (1 - w) * z[k] + w * ze[k - 1];
            }
            return null;
        };
    }

    static int words(String t) { return t.isBlank() ? 0 : t.trim().split("\\s+").length; }

    /** Averages each theme's log-odds with the embedding head's: z = (1-w) z + w ze. */
    static ThemeEvidence avg(double[][] head, double w, int minWords, double band, int direction) {
        return (source, text, z, vouched) -> {
            float[] x = EMB.get(text);
            if (x == null || words(text) < minWords) return null;
            for (int k = 1; k <= T; k++) {
                if (Math.abs(z[k] + 1.0) > band) continue;
                double ze = dot(head[k - 1], x, source);
                double n = (1 - w) * z[k] + w * ze;
                if (direction == 0 || (direction > 0 && n > z[k]) || (direction < 0 && n < z[k])) z[k] = n;
            }
            return "similar to labelled examples";
        };
    }

    /** k nearest labelled training rows by cosine: log-odds of the smoothed share with the theme, added times w. */
    static ThemeEvidence knn(List<LabelledRecord> rows, float[][] X, int kn, double w, boolean vouch, int minWords) {
        return (source, text, z, vouched) -> {
            float[] x = EMB.get(text);
            if (x == null || words(text) < minWords) return null;
            int[] best = topK(X, x, kn);
            double[] base = new double[T];
            for (int i : best) for (String th : rows.get(i).themes()) base[Themes.ALL.indexOf(th)]++;
            for (int k = 1; k <= T; k++) {
                double p = (base[k - 1] + 0.5) / (kn + 1.0);
                double prior = 0.1;
                z[k] += w * (Math.log(p / (1 - p)) - Math.log(prior / (1 - prior))) / 2;
                if (vouch && p > 0.5) vouched[k] = true;
            }
            return "similar to labelled examples";
        };
    }

    static int[] topK(float[][] X, float[] x, int k) {
        double[] s = new double[X.length];
        for (int i = 0; i < X.length; i++) { double d = 0; for (int j = 0; j < D; j++) d += X[i][j] * x[j]; s[i] = d; }
        Integer[] idx = new Integer[X.length];
        for (int i = 0; i < idx.length; i++) idx[i] = i;
        Arrays.sort(idx, (p, q) -> Double.compare(s[q], s[p]));
        int[] r = new int[k];
        for (int i = 0; i < k; i++) r[i] = idx[i];
        return r;
    }

    static double dot(double[] w, float[] x, Source source) {
        double z = w[D + 3];
        for (int j = 0; j < D; j++) z += w[j] * x[j];
        return z + w[D + source.ordinal()];
    }

    static double[][] trainHead(List<LabelledRecord> train, int epochs, double lr, double l2) {
        int n = train.size();
        double[][] w = new double[T][D + 4];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) order.add(i);
        Random random = new Random(1);
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (int i : order) {
                LabelledRecord r = train.get(i);
                float[] x = EMB.get(r.text());
                double weight = r.id().startsWith("W") ? 6 : 1;
                for (int k = 0; k < T; k++) {
                    boolean y = r.themes().contains(Themes.ALL.get(k));
                    double g = (1 / (1 + Math.exp(-dot(w[k], x, r.source()))) - (y ? 1 : 0)) * weight * (y ? 1.5 : 1);
                    for (int j = 0; j < D; j++) w[k][j] -= lr * (g * x[j] + l2 * w[k][j]);
                    w[k][D + r.source().ordinal()] -= lr * g;
                    w[k][D + 3] -= lr * g;
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
        dev.langchain4j.model.embedding.EmbeddingModel model = BGE
                ? new dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel()
                : new AllMiniLmL6V2QuantizedEmbeddingModel();
        Files.createDirectories(CACHE.getParent());
        long t0 = System.nanoTime();
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
        System.err.printf("embedded %d texts in %.1f s%n", todo.size(), (System.nanoTime() - t0) / 1e9);
    }
}
