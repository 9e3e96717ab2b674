package io.complaintstreams.classifier;

import io.complaintstreams.classifier.corpus.TrainingCorpus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12's fourth round: the sentence-embedding theme evidence changes themes only. With it alone the dissatisfied
 * answer, its confidence and the review flag are the default model's on every record (the fifth round's
 * dissatisfaction evidence is {@link EmbeddingDissatisfactionTest}'s); other languages and emoji are untouched; and
 * where the embeddings change a theme, the reasons say so.
 */
class EmbeddingThemesTest {
    private final Classifier plain = Classifier.defaultModel();
    private final Classifier hybrid = Classifier.defaultModelWithEmbeddings();
    private final Classifier themesOnly = plain.withThemeEvidence(hybrid.themeEvidence());

    @Test
    void shouldLeaveDissatisfactionConfidenceAndReviewAsTheDefaultModelGivesThemWithThemeEvidenceOnly() throws IOException {
        List<LabelledRecord> records = new ArrayList<>(RealTextEvaluationTest.realDev());
        records.addAll(TrainingCorpus.calibration());
        for (LabelledRecord r : records) {
            Classification a = plain.classify(r.source(), r.text());
            Classification b = themesOnly.classify(r.source(), r.text());
            assertEquals(a.dissatisfied(), b.dissatisfied(), r.id());
            assertEquals(a.confidence(), b.confidence(), 0.0, r.id());
            assertEquals(a.action(), b.action(), r.id());
            assertEquals(a.needsReview(), b.needsReview(), r.id());
            assertEquals(a.reviewReason(), b.reviewReason(), r.id());
        }
    }

    @Test
    void shouldAnswerOtherLanguagesAndEmojiExactlyAsWithoutEmbeddings() {
        for (LabelledRecord r : RealTextEvaluationTest.resource("/real_style/other_languages.tsv")) {
            assertEquals(plain.classify(r.source(), r.text()), hybrid.classify(r.source(), r.text()), r.id());
        }
        assertEquals(List.of(), hybrid.classify(Source.CONTACT, "").themes());
    }

    @Test
    void shouldSayInTheReasonsWhenTheEmbeddingsChangeATheme() {
        int changed = 0;
        for (LabelledRecord r : TrainingCorpus.calibration()) {
            Classification a = plain.classify(r.source(), r.text());
            Classification b = themesOnly.classify(r.source(), r.text());
            boolean said = b.reasons().stream().anyMatch(s -> s.startsWith("themes weighed with sentence embeddings"));
            boolean differ = !a.themes().equals(b.themes());
            assertTrue(!differ || said, r.id() + " " + a.themes() + " " + b.themes() + " " + b.reasons());
            changed += differ ? 1 : 0;
        }
        assertTrue(changed > 0, "the embeddings changed no theme of the calibration split");
    }
}
