import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.complaintstreams.classifier.Classifier;
import io.complaintstreams.classifier.LabelledRecord;
import io.complaintstreams.classifier.Themes;
import io.complaintstreams.classifier.corpus.DevSplit;
import io.complaintstreams.classifier.corpus.LabelledTsv;
import io.complaintstreams.classifier.corpus.TrainingCorpus;

import java.io.FileReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Issue 12 experiment: all-MiniLM-L6-v2 embeddings + logistic regression per output (trained on the classifier's own
 * training corpus, real-style records weighted 6 as in the classifier), alone and averaged with the linear model's
 * log-odds, on the calibration split, the real-style held-out split, the real development file and the synthetic
 * held-out half. Prints one line per (mode, set), then timings of the embedding model, uncached and cached.
 */
public class EmbeddingExperiment {
    static final int D = 384, K = 13;
    static final Path CACHE = Path.of("classifier/experiments/embeddings/target/embeddings.tsv");
    static final Map<String, float[]> EMB = new HashMap<>();

    public static void main(String[] args) throws IOException {
        List<LabelledRecord> train = TrainingCorpus.load();
        Map<String, List<LabelledRecord>> sets = new LinkedHashMap<>();
        sets.put("calibration", TrainingCorpus.calibration());
        sets.put("real-style-held-out", read("classifier/src/test/resources/real_style/real_style_heldout.tsv"));
        sets.put("real-dev", read("../shared/golden/classify_real_dev.tsv"));
        sets.put("synthetic-held-out", read("classifier/src/test/resources/golden/classify_dev.tsv").stream()
                .filter(r -> DevSplit.isHeldOut(r.id())).toList());
        AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        List<LabelledRecord> all = new ArrayList<>(train);
        sets.values().forEach(all::addAll);
        embedAll(model, all);

        double[][] w = trainHead(train);
        Classifier linear = Classifier.defaultModel();
        for (String mode : List.of("linear", "embedding", "average", "average-when-unsure")) {
            for (Map.Entry<String, List<LabelledRecord>> set : sets.entrySet()) {
                System.out.println(mode + " " + set.getKey() + " " + evaluate(mode, set.getValue(), w, linear));
            }
        }
        timings(model, linear, sets.get("real-dev"));
    }

    static List<LabelledRecord> read(String path) throws IOException {
        try (FileReader r = new FileReader(path, StandardCharsets.UTF_8)) {
            return LabelledTsv.read(r);
        }
    }

    static void embedAll(AllMiniLmL6V2QuantizedEmbeddingModel model, List<LabelledRecord> records) throws IOException {
        if (Files.exists(CACHE)) {
            for (String l : Files.readAllLines(CACHE, StandardCharsets.UTF_8)) {
                String[] f = l.split("\t");
                float[] v = new float[D];
                for (int i = 0; i < D; i++) {
                    v[i] = Float.parseFloat(f[i + 1]);
                }
                EMB.put(f[0], v);
            }
        }
        List<String> todo = records.stream().map(LabelledRecord::text).distinct().filter(t -> !EMB.containsKey(t)).toList();
        Files.createDirectories(CACHE.getParent());
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(CACHE, StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND))) {
            for (int i = 0; i < todo.size(); i += 32) {
                List<String> batch = todo.subList(i, Math.min(todo.size(), i + 32));
                var vectors = model.embedAll(batch.stream().map(TextSegment::from).toList()).content();
                for (int j = 0; j < batch.size(); j++) {
                    float[] v = vectors.get(j).vector();
                    EMB.put(batch.get(j), v);
                    StringBuilder sb = new StringBuilder(batch.get(j));
                    for (float x : v) {
                        sb.append('\t').append(x);
                    }
                    out.println(sb);
                }
            }
        }
    }

    static float[] features(LabelledRecord r) {
        float[] v = Arrays.copyOf(EMB.get(r.text()), D + 3);
        v[D + r.source().ordinal()] = 1;
        return v;
    }

    static double[][] trainHead(List<LabelledRecord> train) {
        int n = train.size(), f = D + 3;
        double[][] w = new double[K][f + 1];
        float[][] x = new float[n][];
        boolean[][] y = new boolean[n][K];
        double[] weight = new double[n];
        for (int i = 0; i < n; i++) {
            LabelledRecord r = train.get(i);
            x[i] = features(r);
            y[i][0] = r.dissatisfied();
            for (int k = 1; k < K; k++) {
                y[i][k] = r.themes().contains(Themes.ALL.get(k - 1));
            }
            weight[i] = r.id().startsWith("W") ? 6 : 1;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Random random = new Random(1);
        for (int epoch = 0; epoch < 40; epoch++) {
            Collections.shuffle(order, random);
            for (int i : order) {
                for (int k = 0; k < K; k++) {
                    double z = w[k][f];
                    for (int j = 0; j < f; j++) {
                        z += w[k][j] * x[i][j];
                    }
                    double g = (1 / (1 + Math.exp(-z)) - (y[i][k] ? 1 : 0)) * weight[i] * (k > 0 && y[i][k] ? 1.5 : 1);
                    for (int j = 0; j < f; j++) {
                        w[k][j] -= 0.05 * (g * x[i][j] + 1e-4 * w[k][j]);
                    }
                    w[k][f] -= 0.05 * g;
                }
            }
        }
        return w;
    }

    static double[] head(double[][] w, float[] x) {
        double[] z = new double[K];
        for (int k = 0; k < K; k++) {
            z[k] = w[k][x.length];
            for (int j = 0; j < x.length; j++) {
                z[k] += w[k][j] * x[j];
            }
        }
        return z;
    }

    /** The linear model is unsure when its dissatisfied log-odds or any theme's lies within 1.5 of its threshold. */
    static boolean unsure(double[] zl) {
        if (Math.abs(zl[0]) < 1.5) {
            return true;
        }
        for (int k = 1; k < K; k++) {
            if (Math.abs(zl[k] + 1.0) < 1.5) {
                return true;
            }
        }
        return false;
    }

    static String evaluate(String mode, List<LabelledRecord> gold, double[][] w, Classifier linear) {
        int tp = 0, fp = 0, fn = 0, dtp = 0, dfp = 0, dfn = 0, right = 0, embedded = 0;
        for (LabelledRecord r : gold) {
            double[] zl = linear.scores(r.source(), r.text());
            boolean useEmbedding = mode.equals("embedding") || mode.equals("average")
                    || (mode.equals("average-when-unsure") && unsure(zl));
            double[] ze = useEmbedding ? head(w, features(r)) : null;
            embedded += useEmbedding ? 1 : 0;
            double[] z = new double[K];
            for (int k = 0; k < K; k++) {
                z[k] = ze == null ? zl[k] : mode.equals("embedding") ? ze[k] : (zl[k] + ze[k]) / 2;
            }
            boolean d = z[0] >= 0;
            for (int k = 1; k < K; k++) {
                boolean p = z[k] >= -1.0, g = r.themes().contains(Themes.ALL.get(k - 1));
                tp += p && g ? 1 : 0;
                fp += p && !g ? 1 : 0;
                fn += !p && g ? 1 : 0;
            }
            dtp += d && r.dissatisfied() ? 1 : 0;
            dfp += d && !r.dissatisfied() ? 1 : 0;
            dfn += !d && r.dissatisfied() ? 1 : 0;
            right += d == r.dissatisfied() ? 1 : 0;
        }
        return String.format(Locale.ROOT, "records=%d dissatisfiedF1=%.3f themeMicroF1=%.3f actionAccuracy=%.3f embedded=%d",
                gold.size(), f1(dtp, dfp, dfn), f1(tp, fp, fn), (double) right / gold.size(), embedded);
    }

    static double f1(int tp, int fp, int fn) {
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    static void timings(AllMiniLmL6V2QuantizedEmbeddingModel model, Classifier linear, List<LabelledRecord> texts) {
        var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = cpu.getCurrentThreadCpuTime(), t0 = System.nanoTime();
        for (LabelledRecord r : texts) {
            model.embed(r.text());
        }
        long c1 = cpu.getCurrentThreadCpuTime(), t1 = System.nanoTime();
        Map<Integer, float[]> cache = new HashMap<>();
        texts.forEach(r -> cache.put(r.text().hashCode(), EMB.get(r.text())));
        long hits = 0;
        long t2 = System.nanoTime();
        for (int rep = 0; rep < 1000; rep++) {
            for (LabelledRecord r : texts) {
                hits += cache.get(r.text().hashCode()) != null ? 1 : 0;
            }
        }
        long t3 = System.nanoTime();
        int unsure = 0;
        long t4 = System.nanoTime();
        for (LabelledRecord r : texts) {
            unsure += unsure(linear.scores(r.source(), r.text())) ? 1 : 0;
        }
        long t5 = System.nanoTime();
        double embedPerSec = texts.size() / ((t1 - t0) / 1e9);
        double linearPerSec = texts.size() / ((t5 - t4) / 1e9);
        double share = (double) unsure / texts.size();
        System.out.printf(Locale.ROOT, "timing real-dev texts: embedding uncached %.0f records/s wall (%.0f per CPU-second of the "
                        + "calling thread; ONNX Runtime uses its own threads too), cached lookup %.0f records/s, linear model "
                        + "%.0f records/s wall; unsure share %.2f, so embedding only where unsure about %.0f records/s uncached%n",
                embedPerSec, texts.size() / ((c1 - c0) / 1e9), hits / ((t3 - t2) / 1e9), linearPerSec, share,
                1 / (1 / linearPerSec + share / embedPerSec));
    }
}
