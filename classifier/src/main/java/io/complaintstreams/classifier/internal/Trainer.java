package io.complaintstreams.classifier.internal;

import io.complaintstreams.classifier.LabelledRecord;
import io.complaintstreams.classifier.Themes;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Trains {@link LinearModel} by AdaGrad stochastic gradient descent on the logistic loss with L2, visiting
 * records in an order shuffled by a seeded generator. Same corpus and config give the same weights. A record whose
 * themes are not labelled ({@link LabelledRecord#themesLabelled()}) trains the dissatisfied output only.
 */
public final class Trainer {
    /**
     * Training settings. {@code realStyleWeight} multiplies the gradient of records written in real residents'
     * registers (ids starting {@link #REAL_STYLE_ID_PREFIX}): there are 180 of them beside about 2,900 template and
     * hand-written records, and 6 was chosen on the real-style calibration split.
     */
    public record Config(int epochs, double learningRate, double l2, long seed, double themePositiveWeight,
                         double realStyleWeight) {
        public static Config defaults() {
            return new Config(30, 0.2, 1e-3, 42L, 1.5, 6.0);
        }
    }

    /** Ids of records written in real residents' registers ({@code real_style_train.tsv}) start with this. */
    public static final String REAL_STYLE_ID_PREFIX = "W";

    private record Example(int[] idx, float[] val, boolean[] labels, double weight, boolean themesLabelled,
                           boolean[] dissatisfactionOnly) {
    }

    private final FeatureExtractor extractor;
    private final Config config;

    public Trainer(FeatureExtractor extractor, Config config) {
        this.extractor = extractor;
        this.config = config;
    }

    public LinearModel train(List<LabelledRecord> corpus) {
        int outputs = 1 + Themes.ALL.size();
        LongIntMap dictionary = new LongIntMap(1 << 15);
        List<String> names = new ArrayList<>();
        List<Long> keys = new ArrayList<>();
        List<Example> examples = new ArrayList<>(corpus.size());
        for (LabelledRecord r : corpus) {
            FeatureVector fv = extractor.extract(r.source(), r.text(), true);
            int[] idx = new int[fv.size()];
            float[] val = new float[fv.size()];
            boolean[] only = new boolean[fv.size()];
            for (int i = 0; i < fv.size(); i++) {
                only[i] = extractor.dissatisfactionOnly(fv.key(i));
                int f = dictionary.get(fv.key(i));
                if (f < 0) {
                    f = names.size();
                    dictionary.put(fv.key(i), f);
                    names.add(fv.name(i));
                    keys.add(fv.key(i));
                }
                idx[i] = f;
                val[i] = fv.value(i);
            }
            boolean[] labels = new boolean[outputs];
            labels[0] = r.dissatisfied();
            for (int k = 0; k < Themes.ALL.size(); k++) {
                labels[k + 1] = r.themes().contains(Themes.ALL.get(k));
            }
            examples.add(new Example(idx, val, labels,
                    r.id().startsWith(REAL_STYLE_ID_PREFIX) ? config.realStyleWeight() : 1.0, r.themesLabelled(), only));
        }
        double[] w = new double[names.size() * outputs];
        double[] g2 = new double[w.length];
        double[] bias = new double[outputs];
        double[] b2 = new double[outputs];
        // Records with labelled themes are visited in the order Random(seed) gives them; records that train the
        // dissatisfied output only are slotted in by a second generator, so adding them leaves every theme weight as it
        // was (a theme output never sees them, and sees the others in the same order).
        Random random = new Random(config.seed());
        Random slots = new Random(config.seed() + 1);
        int[] order = IntStream.range(0, examples.size()).filter(i -> examples.get(i).themesLabelled()).toArray();
        int[] dissatisfiedOnly = IntStream.range(0, examples.size()).filter(i -> !examples.get(i).themesLabelled()).toArray();
        for (int epoch = 0; epoch < config.epochs(); epoch++) {
            shuffle(order, random);
            shuffle(dissatisfiedOnly, slots);
            for (int e : interleave(order, dissatisfiedOnly, slots)) {
                step(examples.get(e), w, g2, bias, b2, outputs);
            }
        }
        return new LinearModel(dictionary, keys.stream().mapToLong(Long::longValue).toArray(), names.toArray(new String[0]),
                w, bias);
    }

    private void step(Example ex, double[] w, double[] g2, double[] bias, double[] b2, int outputs) {
        double[] z = bias.clone();
        for (int i = 0; i < ex.idx().length; i++) {
            int base = ex.idx()[i] * outputs;
            for (int k = 0; k < outputs; k++) {
                z[k] += w[base + k] * ex.val()[i];
            }
        }
        double lr = config.learningRate();
        int trained = ex.themesLabelled() ? outputs : 1;
        for (int k = 0; k < trained; k++) {
            double y = ex.labels()[k] ? 1 : 0;
            double weight = k > 0 && ex.labels()[k] ? config.themePositiveWeight() : 1.0;
            double grad = (LinearModel.sigmoid(z[k]) - y) * weight * ex.weight();
            b2[k] += grad * grad;
            bias[k] -= lr * grad / Math.sqrt(b2[k] + 1e-8);
            for (int i = 0; i < ex.idx().length; i++) {
                if (k > 0 && ex.dissatisfactionOnly()[i]) {
                    continue;
                }
                int j = ex.idx()[i] * outputs + k;
                double g = grad * ex.val()[i] + config.l2() * w[j];
                g2[j] += g * g;
                w[j] -= lr * g / Math.sqrt(g2[j] + 1e-8);
            }
        }
    }

    /** {@code main} in its order with each of {@code extra} (in its order) at a position drawn from {@code random}. */
    private static int[] interleave(int[] main, int[] extra, Random random) {
        if (extra.length == 0) {
            return main;
        }
        int n = main.length + extra.length;
        boolean[] isExtra = new boolean[n];
        int placed = 0;
        while (placed < extra.length) {
            int at = random.nextInt(n);
            if (!isExtra[at]) {
                isExtra[at] = true;
                placed++;
            }
        }
        int[] out = new int[n];
        for (int i = 0, m = 0, x = 0; i < n; i++) {
            out[i] = isExtra[i] ? extra[x++] : main[m++];
        }
        return out;
    }

    private static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
