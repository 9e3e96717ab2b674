package io.complaintstreams.classifier.internal;

import io.complaintstreams.classifier.LabelledRecord;
import io.complaintstreams.classifier.corpus.TrainingCorpus;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stored corpus embeddings are those of today's corpus and today's model: one per labelled training text, and a
 * sample re-embedded by the model matches what is stored up to the storage's rounding. When this fails after a corpus
 * change, regenerate the resource with {@link CorpusEmbeddingsWriter}.
 */
class CorpusEmbeddingsTest {
    private static final String REGENERATE = " (regenerate with CorpusEmbeddingsWriter, README-classifier 'Sentence embeddings')";

    @Test
    void shouldStoreOneEmbeddingPerTrainingText() {
        CorpusEmbeddings stored = CorpusEmbeddings.fromResource();
        Set<String> texts = TrainingCorpus.load().stream()
                .map(LabelledRecord::text).collect(Collectors.toSet());
        for (String t : texts) {
            assertNotNull(stored.of(t), "no stored embedding for '" + t + "'" + REGENERATE);
        }
        assertEquals(texts.size(), stored.size(), "stored embeddings of texts no longer in the corpus" + REGENERATE);
    }

    @Test
    void shouldMatchTheModelOnASampleOfTheCorpus() {
        CorpusEmbeddings stored = CorpusEmbeddings.fromResource();
        SentenceEmbedder embedder = new SentenceEmbedder();
        List<LabelledRecord> corpus = TrainingCorpus.load().stream().filter(LabelledRecord::themesLabelled).toList();
        for (int i = 0; i < corpus.size(); i += corpus.size() / 12) {
            String text = corpus.get(i).text();
            float[] fresh = embedder.embed(text);
            double norm = 0;
            for (float x : fresh) {
                norm += x * x;
            }
            assertEquals(1.0, norm, 1e-3, "embeddings are of unit length");
            // int8 storage: at most half a step of (largest component / 127), and components are below 1; another
            // text's embedding differs by 0.05 or more somewhere
            assertTrue(CorpusEmbeddings.maxDifference(fresh, stored.of(text)) < 0.5 / 127 + 1e-3,
                    corpus.get(i).id() + " differs from its stored embedding" + REGENERATE);
        }
    }
}
