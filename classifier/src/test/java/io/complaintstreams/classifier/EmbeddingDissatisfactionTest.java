package io.complaintstreams.classifier;

import io.complaintstreams.classifier.corpus.TrainingCorpus;
import io.complaintstreams.classifier.internal.RuleEvidence;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12's fifth round: sentence embeddings also weigh the dissatisfied output, only where the linear model is
 * unsure, and never against the rules for irony, understatement and feeling aimed elsewhere. The examples are fresh
 * (not in any corpus or evaluation file).
 */
class EmbeddingDissatisfactionTest {
    private final Classifier plain = Classifier.defaultModel();
    private final Classifier hybrid = Classifier.defaultModelWithEmbeddings();

    /** Kind: a neutral first report or enquiry in a resident's own words, which the linear model reads as a grievance. */
    @Test
    void shouldReadNeutralReportsAndEnquiriesAsLessLikelyDissatisfiedThanTheLinearModelAlone() {
        List<String[]> neutral = List.of(
                new String[] {"SERVICE_REQUEST", "The bathroom light flickers whenever the shower is running and there's a brown mark spreading on the ceiling round it. My daughter uses that room."},
                new String[] {"SURVEY", "We were shown round by the lettings officer and given the keys the same week. The kids chose their rooms straight away."},
                new String[] {"CONTACT", "Our stairwell window has a crack right across it and one of the panes is loose in the frame. We're on the fifth floor and children play on the landing."},
                new String[] {"SURVEY", "Since the loft insulation was done the bedrooms stay warmer in the evenings, though I can't tell yet whether the gas bill has come down."},
                new String[] {"CONTACT", "What happens to the money from the communal laundry machines? Someone at the residents' meeting said it goes towards the garden."});
        for (String[] n : neutral) {
            Source s = Source.valueOf(n[0]);
            double before = pDissatisfied(plain.classify(s, n[1]));
            double after = pDissatisfied(hybrid.classify(s, n[1]));
            assertTrue(after < before, n[1] + ": " + before + " -> " + after);
        }
    }

    /** Kind: the shortest chasers, which name no grievance word. */
    @Test
    void shouldReadAShortChaserAsDissatisfied() {
        Classification c = hybrid.classify(Source.CONTACT, "Any news on my fence?");
        assertTrue(c.dissatisfied(), c.reasons().toString());
        assertEquals(Action.OFFER_COMPLAINT, c.action());
        assertTrue(c.reasons().stream().anyMatch(r -> r.startsWith("dissatisfaction weighed with sentence embeddings")),
                c.reasons().toString());
    }

    @Test
    void shouldKeepTheWeighedAnswerOnTheSideTheRulesPointTo() {
        RuleEvidence irony = new RuleEvidence(true, false, false, false, false, false);
        RuleEvidence understated = new RuleEvidence(false, false, false, false, false, true);
        RuleEvidence elsewhere = new RuleEvidence(false, true, false, false, false, false);
        RuleEvidence none = new RuleEvidence(false, false, false, false, false, false);
        assertEquals(0.4, Classifier.ruledDirection(irony, 0.4, -0.6), 0.0);
        assertEquals(0.9, Classifier.ruledDirection(irony, 0.4, 0.9), 0.0);
        assertEquals(-0.2, Classifier.ruledDirection(understated, -0.5, -0.2), 0.0);
        assertEquals(-0.5, Classifier.ruledDirection(understated, -0.5, -1.5), 0.0);
        assertEquals(-0.3, Classifier.ruledDirection(elsewhere, 0.2, -0.3), 0.0);
        assertEquals(0.2, Classifier.ruledDirection(elsewhere, 0.2, 1.3), 0.0);
        assertEquals(-0.6, Classifier.ruledDirection(none, 0.4, -0.6), 0.0);
    }

    /** The model runs only where the linear model is unsure: a confident answer is the linear model's, bit for bit. */
    @Test
    void shouldLeaveConfidentAnswersExactlyAsTheLinearModelGivesThem() throws IOException {
        List<LabelledRecord> records = new ArrayList<>(RealTextEvaluationTest.realDev());
        records.addAll(TrainingCorpus.calibration());
        int weighed = 0;
        int confident = 0;
        for (LabelledRecord r : records) {
            Classification a = plain.classify(r.source(), r.text());
            Classification b = hybrid.classify(r.source(), r.text());
            boolean said = b.reasons().stream().anyMatch(s -> s.startsWith("dissatisfaction weighed with sentence embeddings"));
            if (a.confidence() >= 0.99) {
                confident++;
                assertEquals(a.dissatisfied(), b.dissatisfied(), r.id());
                assertEquals(a.confidence(), b.confidence(), 0.0, r.id());
                assertFalse(said, r.id());
            }
            assertTrue(a.dissatisfied() == b.dissatisfied() || said, r.id() + " " + b.reasons());
            assertEquals(Action.of(r.source(), b.dissatisfied()), b.action(), r.id());
            weighed += said ? 1 : 0;
        }
        assertTrue(confident > 10 && weighed > 10, confident + " confident, " + weighed + " weighed");
    }

    private static double pDissatisfied(Classification c) {
        return c.dissatisfied() ? c.confidence() : 1 - c.confidence();
    }
}
