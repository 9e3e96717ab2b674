package io.complaintstreams.classifier;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hard cases, each phrased differently from every record of the training corpus. */
class HardCasesTest {
    private final Classifier classifier = Classifier.defaultModel();

    private Classification contact(String text) {
        return classifier.classify(Source.CONTACT, text);
    }

    @Test
    void shouldReadNegatedNegativeWordsAsNotDissatisfied() {
        Classification c = contact("Mr J is not unhappy with the plastering, he only wanted to check when the decorator is due.");
        assertFalse(c.dissatisfied(), c.reasons().toString());
        assertEquals(Action.NONE, c.action());
        assertTrue(c.reasons().stream().anyMatch(r -> r.startsWith("negated negative")), c.reasons().toString());
    }

    @Test
    void shouldReadNegatedPositiveWordsAsDissatisfied() {
        Classification c = contact("I am not happy with how the plastering was left, it is cracking already.");
        assertTrue(c.dissatisfied(), c.reasons().toString());
    }

    @Test
    void shouldFindDissatisfactionWithoutNegativeWords() {
        assertTrue(contact("This is the third time I have rung about the bedroom radiator.").dissatisfied());
        assertTrue(contact("Still waiting for the loft hatch to be fixed.").dissatisfied());
        assertTrue(classifier.classify(Source.SERVICE_REQUEST,
                "Fourth request for the same kitchen extractor, previous jobs closed without anyone attending.").dissatisfied());
    }

    @Test
    void shouldReadSarcasmAsDissatisfied() {
        Classification c = contact("Oh great, no hot water again this weekend.");
        assertTrue(c.dissatisfied(), c.reasons().toString());
        assertTrue(c.themes().contains("heating_hot_water"), c.themes().toString());
        assertTrue(c.reasons().stream().anyMatch(r -> r.startsWith("sarcasm")), c.reasons().toString());
        assertTrue(classifier.classify(Source.SURVEY, "Brilliant, the boiler broke again two days after your visit.").dissatisfied());
    }

    @Test
    void shouldNotCallGenuinePraiseSarcasm() {
        Classification c = classifier.classify(Source.SURVEY, "Brilliant job on the new bathroom, the fitters were tidy.");
        assertFalse(c.dissatisfied(), c.reasons().toString());
    }

    @Test
    void shouldTreatThirdPartiesWritingForAResidentLikeTheResident() {
        Classification councillor = contact("Cllr Shah writing for a resident of Poplar Row. The damp in her kitchen was reported in the spring and nothing has been done. Asks for a date.");
        assertTrue(councillor.dissatisfied(), councillor.reasons().toString());
        assertTrue(councillor.themes().contains("damp_mould"), councillor.themes().toString());
        Classification daughter = contact("Daughter calling for her dad to book a repair for a dripping bath tap. Appointment made for Monday.");
        assertFalse(daughter.dissatisfied(), daughter.reasons().toString());
    }

    @Test
    void shouldNotCallARoutineProblemReportDissatisfaction() {
        Classification c = classifier.classify(Source.SERVICE_REQUEST, "Bathroom sink tap loose. Tenant in on Thursday.");
        assertFalse(c.dissatisfied(), c.reasons().toString());
        assertEquals(Action.NONE, c.action());
        assertTrue(c.themes().contains("repairs"), c.themes().toString());
        assertFalse(contact("Tenant reports the loft hatch will not close. Job raised for next week.").dissatisfied());
    }

    @Test
    void shouldNotCountDissatisfactionAimedAtSomeoneElse() {
        Classification dwp = contact("Resident fed up with the DWP, her benefit has been delayed again. She says it is nothing to do with us, she wanted us to know.");
        assertFalse(dwp.dissatisfied(), dwp.reasons().toString());
        Classification dog = contact("Tenant upset that the dog next door barks all night. First report, case opened.");
        assertFalse(dog.dissatisfied(), dog.reasons().toString());
        assertTrue(dog.themes().contains("anti_social_behaviour"), dog.themes().toString());
    }

    @Test
    void shouldCountDissatisfactionWithTheLandlordsHandlingOfANeighbour() {
        assertTrue(contact("I have reported the dog next door five times and your housing officer has done nothing.").dissatisfied());
    }

    @Test
    void shouldGiveEachSourceItsAction() {
        String text = "Still waiting for the fence to be repaired, reported twice.";
        assertEquals(Action.RAISE_COMPLAINT, classifier.classify(Source.SERVICE_REQUEST, text).action());
        assertEquals(Action.OFFER_COMPLAINT, classifier.classify(Source.CONTACT, text).action());
        assertEquals(Action.SIGNPOST, classifier.classify(Source.SURVEY, text).action());
    }

    @Test
    void shouldGiveNoThemesToAPurelyAdministrativeRecord() {
        Classification c = contact("Tenant gave her new mobile number. Contact details updated.");
        assertFalse(c.dissatisfied());
        assertTrue(c.themes().isEmpty(), c.themes().toString());
    }

    @Test
    void shouldExplainEveryDecision() {
        Classification c = contact("Still waiting for the boiler engineer, nobody has rung me back.");
        assertTrue(c.reasons().stream().anyMatch(r -> r.contains("weighed most")), c.reasons().toString());
        assertTrue(c.confidence() >= 0.5 && c.confidence() <= 1.0);
    }
}
