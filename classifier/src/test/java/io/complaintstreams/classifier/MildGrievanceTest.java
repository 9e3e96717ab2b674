package io.complaintstreams.classifier;

import io.complaintstreams.classifier.corpus.TrainingCorpus;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12's third round: mild or formal dissatisfaction ("I had expected better", "far from ideal") is
 * dissatisfaction (Code 1.2 asks for no strong words). Fresh examples written for this test: none is a record of the
 * real development file, of a held-out split or of the training corpus, nor a paraphrase of one.
 */
class MildGrievanceTest {
    private final Classifier classifier = Classifier.defaultModel();

    private static boolean hasReason(Classification c, String prefix) {
        return c.reasons().stream().anyMatch(r -> r.startsWith(prefix));
    }

    @Test
    void shouldReadUnderstatementAsDissatisfaction() {
        List<String[]> mild = List.of(
                new String[]{"survey", "I had expected better after waiting so long for the new bathroom."},
                new String[]{"contact", "I'm not entirely happy with the explanation in your letter of the 4th."},
                new String[]{"survey", "Far from ideal having no kitchen for a fortnight."},
                new String[]{"survey", "Not overly impressed with the contractor, to put it mildly."},
                new String[]{"contact", "Dear Sir, I would not say the matter has been handled as well as it might have been."},
                new String[]{"survey", "It wasn't the quickest of jobs."});
        for (String[] r : mild) {
            Classification c = classifier.classify(Source.fromWire(r[0]).orElseThrow(), r[1]);
            assertTrue(hasReason(c, "mild grievance"), r[1] + " " + c.reasons());
            assertTrue(c.dissatisfied(), r[1] + " " + c.reasons());
        }
    }

    @Test
    void shouldNotReadPraiseWithTheSameWordsAsAGrievance() {
        Classification c = classifier.classify(Source.CONTACT,
                "I am writing to say how pleased I was with the new windows, the fitters could not have been better.");
        assertFalse(hasReason(c, "mild grievance"), c.reasons().toString());
        assertFalse(c.dissatisfied(), c.reasons().toString());
    }

    @Test
    void shouldFireTheRuleEvenWhereWordWeightsStillWin() {
        // Still answered "not dissatisfied" (confidence 0.64): 'a good deal' counts as praise. The rule names it.
        Classification c = classifier.classify(Source.CONTACT,
                "The way the surveyor's visit was organised left a good deal to be desired, I'm afraid.");
        assertTrue(hasReason(c, "mild grievance: 'to be desired'"), c.reasons().toString());
    }

    /**
     * Rows whose themes are not labelled ({@code ?}) train the dissatisfied output only, and leave every theme output
     * exactly as it was: a theme output never sees them and sees the other records in the same order.
     */
    @Test
    void shouldLeaveEveryThemeWeightAsItWasWhenDissatisfactionOnlyRowsAreAdded() {
        List<LabelledRecord> corpus = TrainingCorpus.load();
        List<LabelledRecord> more = new ArrayList<>(corpus);
        more.add(new LabelledRecord("T1", Source.CONTACT, true, List.of(),
                "Frankly the whole business has been less than ideal from start to finish.", false));
        more.add(new LabelledRecord("T2", Source.SURVEY, true, List.of(), "Could have been handled better.", false));
        more.add(new LabelledRecord("T3", Source.CONTACT, false, List.of(),
                "Away at my son's for the summer holidays, the rent goes out as normal.", false));
        Classifier before = Classifier.train(corpus);
        Classifier after = Classifier.train(more);
        boolean dissatisfiedMoved = false;
        for (String text : List.of("Frankly the repair has been less than ideal.", "The bins in the bin store are overflowing.",
                "Mould is back in the bathroom and nobody has rung me.", "Could you send me a rent statement?")) {
            double[] a = before.scores(Source.CONTACT, text);
            double[] b = after.scores(Source.CONTACT, text);
            assertArrayEquals(java.util.Arrays.copyOfRange(a, 1, a.length), java.util.Arrays.copyOfRange(b, 1, b.length), text);
            dissatisfiedMoved |= a[0] != b[0];
        }
        assertTrue(dissatisfiedMoved, "the dissatisfied output learned nothing from the added rows");
        assertNotEquals(before.fingerprint(), after.fingerprint());
    }
}
