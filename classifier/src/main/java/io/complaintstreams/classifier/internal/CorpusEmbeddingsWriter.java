package io.complaintstreams.classifier.internal;

import io.complaintstreams.classifier.LabelledRecord;
import io.complaintstreams.classifier.corpus.TrainingCorpus;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the corpus embeddings resource: every training text (the theme head reads those whose themes are labelled, the
 * dissatisfaction head all hand-written ones), embedded by
 * {@link SentenceEmbedder}, in corpus order. Run after any change to the corpus files (CorpusEmbeddingsTest says so):
 * {@code java -cp <classpath> io.complaintstreams.classifier.internal.CorpusEmbeddingsWriter
 * classifier/src/main/resources/io/complaintstreams/classifier/corpus/corpus_embeddings.bin.gz}.
 */
public final class CorpusEmbeddingsWriter {
    private CorpusEmbeddingsWriter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: CorpusEmbeddingsWriter OUTPUT_FILE");
            System.exit(2);
        }
        SentenceEmbedder embedder = new SentenceEmbedder();
        Map<String, float[]> all = new LinkedHashMap<>();
        long start = System.nanoTime();
        for (LabelledRecord r : TrainingCorpus.load()) {
            if (!all.containsKey(r.text())) {
                all.put(r.text(), embedder.embed(r.text()));
            }
        }
        try (OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
            CorpusEmbeddings.write(all, SentenceEmbedder.DIMENSIONS, out);
        }
        System.out.printf("%d texts embedded in %.1f s into %s%n", all.size(), (System.nanoTime() - start) / 1e9, args[0]);
    }
}
