package io.complaintstreams.classifier;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fault kinds fixed in issue 12's second classifier round, each with fresh examples written for this test (none
 * is a record of the real development file or of a held-out split, nor a paraphrase of one).
 */
class IssueTwelveKindsTest {
    private final Classifier classifier = Classifier.defaultModel();

    private static boolean hasReason(Classification c, String prefix) {
        return c.reasons().stream().anyMatch(r -> r.startsWith(prefix));
    }

    @Test
    void shouldReadAPlainFirstReportOrNeutralEnquiryAsNoDissatisfaction() {
        List<String[]> neutral = List.of(
                new String[]{"service_request", "The kitchen extractor has stopped working and the light on it flickers."},
                new String[]{"contact", "Could you tell me which day the bulky waste collection is on our estate? I have an old sofa to get rid of."},
                new String[]{"contact", "We've had a baby and would like to go on the list for a bigger place. What do we need to send you?"},
                new String[]{"contact", "The back bedroom radiator is only warm at the bottom. Can someone bleed it or have a look?"});
        for (String[] r : neutral) {
            Classification c = classifier.classify(Source.fromWire(r[0]).orElseThrow(), r[1]);
            assertFalse(c.dissatisfied(), r[1] + " " + c.reasons());
            assertEquals(Action.NONE, c.action(), r[1]);
            assertTrue(hasReason(c, "no grievance words"), r[1] + " " + c.reasons());
        }
    }

    @Test
    void shouldNotFireTheNoGrievanceRuleWhenThereIsAGrievance() {
        Classification c = classifier.classify(Source.CONTACT,
                "The kitchen extractor has stopped working again and nobody has come out.");
        assertFalse(hasReason(c, "no grievance words"), c.reasons().toString());
        assertTrue(c.dissatisfied(), c.reasons().toString());
    }

    @Test
    void shouldReadACancellationWithAnAdministrativeReasonAsNoServiceFailure() {
        Classification admin = classifier.classify(Source.SERVICE_REQUEST, "Cancelled: duplicate of an existing job.");
        assertFalse(admin.dissatisfied(), admin.reasons().toString());
        assertFalse(hasReason(admin, "service failure"), admin.reasons().toString());
        Classification failed = classifier.classify(Source.SERVICE_REQUEST, "Cancelled again, third time this month.");
        assertTrue(hasReason(failed, "service failure"), failed.reasons().toString());
    }

    @Test
    void shouldNotReadStillAfterWillAsPersistence() {
        Classification c = classifier.classify(Source.CONTACT,
                "Just so you know I am changing banks, the rent will still be paid on the first of the month.");
        assertFalse(hasReason(c, "persistence"), c.reasons().toString());
        Classification chaser = classifier.classify(Source.CONTACT, "The rent account is still wrong after my call.");
        assertTrue(hasReason(chaser, "persistence"), chaser.reasons().toString());
    }

    @Test
    void shouldReadUnderstatementAsDissatisfied() {
        for (String text : List.of("Could be better.", "The repairs service has gone downhill since last year.",
                "It was good when I moved in. Not any more.")) {
            Classification c = classifier.classify(Source.SURVEY, text);
            assertTrue(c.dissatisfied(), text + " " + c.reasons());
            assertEquals(Action.SIGNPOST, c.action(), text);
        }
    }

    @Test
    void shouldReadSarcasticThanksForAJobLeftUndoneAsDissatisfied() {
        for (String text : List.of("Thanks a bunch for pulling the bath panel off and never coming back to put it on.",
                "Cheers for the visit, the leak was not done properly and it's dripping again.")) {
            Classification c = classifier.classify(Source.CONTACT, text);
            assertTrue(c.dissatisfied(), text + " " + c.reasons());
            assertTrue(hasReason(c, "sarcasm"), text + " " + c.reasons());
        }
    }

    @Test
    void shouldFindCommunicationWhenItIsOnlyImplied() {
        for (String text : List.of(
                "The gas engineer capped off the fire last week and nobody explained what happens next.",
                "Scaffolding has been up since June. We hear nothing from anyone about when it comes down.",
                "Your communication about the window replacements has been non-existent, I found out from a neighbour.")) {
            Classification c = classifier.classify(Source.CONTACT, text);
            assertTrue(c.themes().contains("communication"), text + " " + c.themes());
        }
    }
}
