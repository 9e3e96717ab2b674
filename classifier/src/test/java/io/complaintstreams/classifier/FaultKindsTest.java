package io.complaintstreams.classifier;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The kinds of fault of issue 12, each with the issue's own examples (paraphrased there, verbatim here). */
class FaultKindsTest {
    private final Classifier classifier = Classifier.defaultModel();

    private Classification contact(String text) {
        return classifier.classify(Source.CONTACT, text);
    }

    @Test
    void shouldNotCountAFirstReportAboutANeighbourAsDissatisfactionWithTheLandlord() {
        Classification c = contact("The neighbours are at it again every night, can someone speak to them");
        assertFalse(c.dissatisfied(), c.reasons().toString());
        assertEquals(Action.NONE, c.action());
        assertTrue(c.themes().contains("anti_social_behaviour"), c.themes().toString());
    }

    @Test
    void shouldCountDissatisfactionWithTheLandlordsHandlingOfTheNeighbour() {
        Classification c = contact("The noise from next door is unbearable and your officer has done nothing in six months.");
        assertTrue(c.dissatisfied(), c.reasons().toString());
        assertTrue(c.themes().contains("anti_social_behaviour"), c.themes().toString());
    }

    @Test
    void shouldReadAnAdministrativeRequestAsNoDissatisfaction() {
        Classification c = contact("I need a rent statement for my mortgage application");
        assertFalse(c.dissatisfied(), c.reasons().toString());
        assertEquals(Action.NONE, c.action());
        assertTrue(c.reasons().stream().anyMatch(r -> r.startsWith("routine request")), c.reasons().toString());
    }

    @Test
    void shouldNotCountDissatisfactionAimedAtAThirdParty() {
        Classification c = contact("DWP still haven't sorted my claim, nothing to do with you");
        assertFalse(c.dissatisfied(), c.reasons().toString());
        assertEquals(Action.NONE, c.action());
        assertTrue(c.reasons().stream().anyMatch(r -> r.startsWith("aimed at another body")), c.reasons().toString());
    }

    @Test
    void shouldReadIronicThanksAsDissatisfied() {
        Classification roof = contact("Thank you SO much for finally fixing the roof. Only took eight months.");
        assertTrue(roof.dissatisfied(), roof.reasons().toString());
        assertEquals(Action.OFFER_COMPLAINT, roof.action());
        assertTrue(roof.reasons().stream().anyMatch(r -> r.startsWith("sarcasm")), roof.reasons().toString());
        Classification eyeRoll = classifier.classify(Source.SURVEY, "great service 🙄");
        assertTrue(eyeRoll.dissatisfied(), eyeRoll.reasons().toString());
        assertEquals(Action.SIGNPOST, eyeRoll.action());
    }

    @Test
    void shouldStillReadPlainPraiseAndAThumbsUpAsPraise() {
        assertFalse(classifier.classify(Source.SURVEY, "great service, thank you").dissatisfied());
        assertFalse(classifier.classify(Source.SURVEY, "👍👍").dissatisfied());
    }

    @Test
    void shouldMarkPolishForReviewAndTagOnlyThemesWithEvidence() {
        Classification c = contact("Dzień dobry, od dwóch tygodni nie mamy ogrzewania i nikt nie oddzwania. Proszę o pilną pomoc.");
        assertTrue(c.needsReview());
        assertEquals("other language: Polish", c.reviewReason());
        assertTrue(c.themes().contains("heating_hot_water"), c.themes().toString());
        assertTrue(c.themes().size() <= 2, c.themes().toString());
        Classification thanks = contact("Dziękuję bardzo za pomoc w zeszłym tygodniu.");
        assertTrue(thanks.needsReview());
        assertTrue(thanks.themes().isEmpty(), thanks.themes().toString());
        assertFalse(thanks.dissatisfied());
    }

    @Test
    void shouldMarkWelshForReviewAndTagOnlyThemesWithEvidence() {
        Classification c = contact("Mae llwydni ar wal yr ystafell ymolchi a does neb wedi dod i edrych arno er i mi ffonio ddwywaith.");
        assertTrue(c.needsReview());
        assertEquals("other language: Welsh", c.reviewReason());
        assertTrue(c.themes().contains("damp_mould"), c.themes().toString());
        assertTrue(c.dissatisfied(), c.reasons().toString());
        Classification hello = contact("Bore da, hoffwn newid fy nghyfeiriad e-bost os gwelwch yn dda.");
        assertTrue(hello.needsReview());
        assertTrue(hello.themes().isEmpty(), hello.themes().toString());
    }

    @Test
    void shouldMarkFrenchAndGermanForReviewAndReadTheirEvidenceWords() {
        // a newcomer's two complaints: both were read as English, not dissatisfied, with 7 and 4 unrelated themes
        Classification fr = contact("Je suis très mécontent, il y a de la moisissure partout et personne ne vient.");
        assertEquals("other language: French", fr.reviewReason());
        assertTrue(fr.dissatisfied(), fr.reasons().toString());
        assertEquals(java.util.List.of("damp_mould"), fr.themes());
        Classification de = contact("Die Heizung ist seit zwei Wochen kaputt und niemand kommt. Ich bin sehr unzufrieden.");
        assertEquals("other language: German", de.reviewReason());
        assertTrue(de.dissatisfied(), de.reasons().toString());
        assertTrue(de.themes().contains("heating_hot_water"), de.themes().toString());
    }

    @Test
    void shouldSendShortTextInAnotherScriptToAPersonWithoutThemes() {
        // two words are too few for the cheap English check, but Cyrillic is not English
        Classification ru = contact("Нет отопления");
        assertTrue(ru.needsReview(), ru.toString());
        assertTrue(ru.reviewReason().startsWith("other language"), ru.reviewReason());
        assertTrue(ru.themes().isEmpty(), ru.themes().toString());
    }

    @Test
    void shouldTagNoThemeOnEmojiAlone() {
        for (String text : new String[] {"😡😡", "🙄", "👍", "🙂🙂🙂"}) {
            Classification c = contact(text);
            assertTrue(c.themes().isEmpty(), text + " " + c.themes());
            assertFalse(c.needsReview() && c.reviewReason().startsWith("other language"), text + " " + c.reviewReason());
        }
        assertTrue(contact("😡😡").dissatisfied());
    }

    @Test
    void shouldReadVeryShortChasersAsDissatisfied() {
        assertTrue(contact("still waiting").dissatisfied());
        assertTrue(contact("no one came. again.").dissatisfied());
    }

    @Test
    void shouldFindSeveralThemesInAMixedMessage() {
        Classification c = contact("The boiler has gone again and while I'm on, the bins have not been emptied in three weeks "
                + "and I still haven't had my service charge refund.");
        assertTrue(c.dissatisfied());
        assertTrue(c.themes().containsAll(java.util.List.of("heating_hot_water", "estate_services", "rent_charges")),
                c.themes().toString());
    }

    @Test
    void shouldFindThemesInALongFormalLetter() {
        Classification c = contact("Dear Sir, I write regarding the condition of my home. The bathroom ceiling leaks whenever "
                + "the flat above uses the shower and there is now black mould in the corner of the bedroom. I have reported "
                + "both matters on several occasions since March without any visit. I would ask that you arrange an "
                + "inspection at the earliest opportunity. Yours faithfully");
        assertTrue(c.dissatisfied(), c.reasons().toString());
        assertTrue(c.themes().containsAll(java.util.List.of("damp_mould", "repairs")), c.themes().toString());
    }

    @Test
    void shouldFindImpliedCommunicationAndComplaintHandling() {
        assertTrue(contact("I was promised a call back on Tuesday about my window. Nobody rang.").themes().contains("communication"));
        assertTrue(contact("My complaint was due a response on the 12th and I still have nothing. I want it escalated.")
                .themes().contains("complaint_handling"));
    }

    @Test
    void shouldGiveAReasonExactlyWhenReviewIsNeeded() {
        Classification clear = contact("The boiler has broken down again for the third time this winter. I'm sick of it.");
        assertFalse(clear.needsReview(), clear.reviewReason());
        assertNull(clear.reviewReason());
        assertTrue(clear.confidence() >= Classifier.LOW_CONFIDENCE && clear.confidence() <= 1.0);
    }
}
