package io.complaintstreams.classifier;

import io.complaintstreams.classifier.corpus.CorpusGenerator;

import java.util.List;

/**
 * Measures single-thread classification throughput on texts from the corpus generator (seeded, so the
 * same texts each run). For the {@code bench} command: {@link #recordsPerSecond(int)}. {@code main} also measures
 * text in other languages (the Lingua path) and what building the language detector costs.
 */
public final class ClassifierThroughput {
    private ClassifierThroughput() {
    }

    /** Records per second on one thread, classifying {@code n} generated records after a warm-up. */
    public static double recordsPerSecond(int n) {
        Classifier classifier = Classifier.defaultModel();
        List<LabelledRecord> texts = CorpusGenerator.fromResource().generate(7L);
        long sink = 0;
        for (int i = 0; i < Math.min(n, 20_000); i++) {
            sink += classify(classifier, texts.get(i % texts.size()));
        }
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            sink += classify(classifier, texts.get(i % texts.size()));
        }
        long elapsed = System.nanoTime() - start;
        if (sink == 42) {
            System.out.print("");
        }
        return n / (elapsed / 1e9);
    }

    /**
     * The default model with sentence-embedding theme evidence on {@code n} generated records never seen before (so
     * none comes from the embedding cache), then on the same records again (all from the cache). Returns {records/s
     * wall uncached, records per CPU-second of the whole process uncached (ONNX Runtime uses threads of its own), share
     * of records that ran the embedding model, records/s wall cached}.
     */
    public static double[] embeddingRecordsPerSecond(int n) {
        Classifier classifier = Classifier.defaultModel().withNewEmbeddingThemes(); // an empty cache: uncached first
        return embeddingRecordsPerSecond(n, classifier,
                ((io.complaintstreams.classifier.internal.EmbeddingThemes) classifier.themeEvidence()).embedder());
    }

    /**
     * As {@link #embeddingRecordsPerSecond(int)}, with sentence-embedding evidence for the dissatisfied output only
     * (themes the linear model's): the model runs only on the texts the linear model is unsure of.
     */
    public static double[] gatedDissatisfactionRecordsPerSecond(int n) {
        Classifier classifier = Classifier.defaultModel().withNewEmbeddingDissatisfactionOnly();
        return embeddingRecordsPerSecond(n, classifier,
                ((io.complaintstreams.classifier.internal.EmbeddingDissatisfaction) classifier.dissatisfactionEvidence()).embedder());
    }

    private static double[] embeddingRecordsPerSecond(int n, Classifier classifier,
                                                      io.complaintstreams.classifier.internal.SentenceEmbedder embedder) {
        List<LabelledRecord> texts = CorpusGenerator.fromResource().generate(11L).stream()
                .collect(java.util.stream.Collectors.toMap(LabelledRecord::text, r -> r, (a, b) -> a,
                        java.util.LinkedHashMap::new)).values().stream().toList();
        int warm = Math.min(100, texts.size() / 4);
        int m = Math.min(n, texts.size() - warm);
        long sink = 0;
        for (int i = 0; i < warm; i++) {
            sink += classify(classifier, texts.get(texts.size() - 1 - i));
        }
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long computedBefore = embedder.computed();
        long c0 = os.getProcessCpuTime(), t0 = System.nanoTime();
        for (int i = 0; i < m; i++) {
            sink += classify(classifier, texts.get(i));
        }
        long c1 = os.getProcessCpuTime(), t1 = System.nanoTime();
        long ran = embedder.computed() - computedBefore;
        for (int i = 0; i < m; i++) {
            sink += classify(classifier, texts.get(i));
        }
        long t2 = System.nanoTime();
        if (sink == 42) {
            System.out.print("");
        }
        return new double[] {m / ((t1 - t0) / 1e9), m / ((c1 - c0) / 1e9), (double) ran / m, m / ((t2 - t1) / 1e9)};
    }

    /** Texts in other languages, as a resident might write them: these take the Lingua path. */
    static final List<String> OTHER_LANGUAGE_TEXTS = List.of(
            "Dzień dobry, od trzech tygodni nie mam ciepłej wody i nikt nie przyszedł. Proszę o pomoc.",
            "W łazience jest pleśń na suficie, zgłaszałam to już dwa razy.",
            "Mae'r boeler wedi torri ers wythnos a does neb wedi dod i'w drwsio.",
            "Bore da, hoffwn newid fy rhif ffôn os gwelwch yn dda.",
            "Ainda estou à espera que venham reparar a janela da cozinha.",
            "Vecinii de sus fac zgomot în fiecare noapte și nimeni nu face nimic.");

    /**
     * Records per second on one thread for text in other languages (Lingua, then the evidence words), after a warm-up
     * that also builds the language detector.
     */
    public static double otherLanguageRecordsPerSecond(int n) {
        Classifier classifier = Classifier.defaultModel();
        long sink = 0;
        for (int i = 0; i < Math.min(n, 2_000); i++) {
            sink += classifier.classify(Source.CONTACT, OTHER_LANGUAGE_TEXTS.get(i % OTHER_LANGUAGE_TEXTS.size())).themes().size();
        }
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            sink += classifier.classify(Source.CONTACT, OTHER_LANGUAGE_TEXTS.get(i % OTHER_LANGUAGE_TEXTS.size())).themes().size();
        }
        long elapsed = System.nanoTime() - start;
        if (sink == 42) {
            System.out.print("");
        }
        return n / (elapsed / 1e9);
    }

    /** Heap (MB, after a full GC) and wall time (ms) that building the language detector on first use adds. */
    static double[] languageDetectorCost() {
        Classifier classifier = Classifier.defaultModel();
        classifier.classify(Source.CONTACT, "warm up the English path");
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long start = System.nanoTime();
        classifier.classify(Source.CONTACT, OTHER_LANGUAGE_TEXTS.get(0));
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        return new double[] {(after - before) / 1e6, ms};
    }

    private static int classify(Classifier classifier, LabelledRecord r) {
        return classifier.classify(r.source(), r.text()).themes().size();
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        double[] lingua = languageDetectorCost();
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = cpu.getCurrentThreadCpuTime();
        double english = recordsPerSecond(n);
        long c1 = cpu.getCurrentThreadCpuTime();
        int m = Math.max(1_000, n / 50);
        double other = otherLanguageRecordsPerSecond(m);
        long c2 = cpu.getCurrentThreadCpuTime();
        // CPU-time rates count the timed loops plus their warm-ups (n + min(n, 20000), m + min(m, 2000) records).
        System.out.printf(java.util.Locale.ROOT, "{\"classifierRecordsPerSecPerCore\": %.0f, \"classifierRecordsPerCpuSec\": %.0f, "
                + "\"classifierOtherLanguageRecordsPerSec\": %.0f, \"classifierOtherLanguageRecordsPerCpuSec\": %.0f, "
                + "\"languageDetectorHeapMb\": %.1f, \"languageDetectorFirstUseMs\": %.0f}%n",
                english, (n + Math.min(n, 20_000)) / ((c1 - c0) / 1e9), other, (m + Math.min(m, 2_000)) / ((c2 - c1) / 1e9),
                lingua[0], lingua[1]);
        if (args.length > 1 && args[1].equals("--embeddings")) {
            double[] e = embeddingRecordsPerSecond(Math.min(n, 1_000));
            System.out.printf(java.util.Locale.ROOT, "{\"embeddingRecordsPerSecUncached\": %.1f, "
                    + "\"embeddingRecordsPerProcessCpuSecUncached\": %.1f, \"embeddingModelRanShare\": %.3f, "
                    + "\"embeddingRecordsPerSecCached\": %.0f}%n", e[0], e[1], e[2], e[3]);
            double[] g = gatedDissatisfactionRecordsPerSecond(Math.min(n, 1_000));
            System.out.printf(java.util.Locale.ROOT, "{\"gatedDissatisfactionRecordsPerSecUncached\": %.1f, "
                    + "\"gatedDissatisfactionRecordsPerProcessCpuSecUncached\": %.1f, \"gatedDissatisfactionModelRanShare\": %.3f}%n",
                    g[0], g[1], g[2]);
        }
    }
}
