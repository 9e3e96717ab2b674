package io.complaintstreams.classifier.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The sentence embeddings of the training corpus's texts, stored as a resource so that the embedding theme head trains
 * at class-load in about a second instead of embedding some 3,000 texts (a minute or more). Format (gzip): magic
 * {@code CSE1}, dimensions, count, then per text its 64-bit {@link Hashing#of} hash, a scale and one signed byte per
 * dimension (value = byte * scale; at most half a step of 1/127 of the largest component lost). Made by
 * {@code CorpusEmbeddingsWriter}; {@code CorpusEmbeddingsTest} checks it still matches the corpus and the model.
 */
public final class CorpusEmbeddings {
    /** Classpath resource beside the corpus files. */
    public static final String RESOURCE = "/io/complaintstreams/classifier/corpus/corpus_embeddings.bin.gz";
    private static final int MAGIC = 0x43534531;

    private final Map<Long, float[]> byHash;

    private CorpusEmbeddings(Map<Long, float[]> byHash) {
        this.byHash = byHash;
    }

    /** The stored embeddings; fails when the resource is missing. */
    public static CorpusEmbeddings fromResource() {
        InputStream in = CorpusEmbeddings.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE + ": make it with CorpusEmbeddingsWriter "
                    + "(README-classifier, 'Sentence embeddings')");
        }
        try (DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)))) {
            if (d.readInt() != MAGIC) {
                throw new IllegalStateException(RESOURCE + " is not a corpus embeddings file");
            }
            int dims = d.readInt();
            int count = d.readInt();
            Map<Long, float[]> map = new HashMap<>(count * 2);
            byte[] q = new byte[dims];
            for (int i = 0; i < count; i++) {
                long hash = d.readLong();
                float scale = d.readFloat();
                d.readFully(q);
                float[] v = new float[dims];
                for (int j = 0; j < dims; j++) {
                    v[j] = q[j] * scale;
                }
                map.put(hash, v);
            }
            return new CorpusEmbeddings(map);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE, e);
        }
    }

    /** The stored embedding of {@code text}, or null when it has none. */
    public float[] of(String text) {
        return byHash.get(Hashing.of(text));
    }

    /** Number of texts stored. */
    public int size() {
        return byHash.size();
    }

    /** Writes {@code embeddings} (text to embedding, all of {@code dims} floats) in the resource's format. */
    public static void write(Map<String, float[]> embeddings, int dims, OutputStream out) throws IOException {
        try (DataOutputStream d = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(out)))) {
            d.writeInt(MAGIC);
            d.writeInt(dims);
            d.writeInt(embeddings.size());
            for (Map.Entry<String, float[]> e : embeddings.entrySet()) {
                float[] v = e.getValue();
                float max = 0;
                for (float x : v) {
                    max = Math.max(max, Math.abs(x));
                }
                float scale = max == 0 ? 1 : max / 127f;
                d.writeLong(Hashing.of(e.getKey()));
                d.writeFloat(scale);
                for (float x : v) {
                    d.writeByte(Math.round(x / scale));
                }
            }
        }
    }

    /** Largest absolute difference between two embeddings of equal length. */
    public static double maxDifference(float[] a, float[] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }
}
