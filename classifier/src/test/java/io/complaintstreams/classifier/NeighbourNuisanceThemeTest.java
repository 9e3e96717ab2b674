package io.complaintstreams.classifier;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12's fifth round, kind "a theme implied, never named": a first report asking the landlord to speak to a
 * neighbour ("could you have a word?", "speak to them", doors slammed next door) is about anti-social behaviour though no
 * ASB word (noise, nuisance, harassment) is used, and it is not dissatisfaction with the landlord. Fresh examples.
 */
class NeighbourNuisanceThemeTest {
    private static final List<String> ASKING_FOR_A_WORD = List.of(
            "The couple next door argue at the top of their voices most nights and I can hear every word through the wall. Would you be able to have a word?",
            "Whoever lives above me is stamping about and slamming doors at 5 in the morning. Can someone speak to them please?",
            "Next door's dog is left in the garden all day howling. I don't want to fall out with them, could you talk to them for me?");

    @Test
    void shouldTagAntiSocialBehaviourWhenAskedToSpeakToANeighbour() {
        for (Classifier c : List.of(Classifier.defaultModel(), Classifier.defaultModelWithEmbeddings())) {
            for (String text : ASKING_FOR_A_WORD) {
                Classification r = c.classify(Source.CONTACT, text);
                assertTrue(r.themes().contains("anti_social_behaviour"), text + " " + r.themes() + " " + r.reasons());
                assertFalse(r.dissatisfied(), text + " " + r.reasons());
            }
        }
    }
}
