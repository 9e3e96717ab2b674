package io.complaintstreams.classifier;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12's fifth round, kind "a theme implied, never named": a resident asking to be moved ("I need to move", "move
 * us", "rehouse us") in a letter about something else (damp, a leak, noise, stairs) touches lettings and moves, though
 * no lettings word (transfer, mutual exchange, housing register) is used. The examples are fresh (in no corpus or
 * evaluation file).
 */
class MoveRequestThemeTest {
    private static final List<String> ASKING_TO_MOVE = List.of(
            "The black mould keeps coming back in the bedroom however often I scrub it. My son's asthma is getting worse. I need to move, this flat is making us ill.",
            "We've had the flat above flooding into our bathroom four times this year. At this point I just want to be moved somewhere else.",
            "The stairs are too much for my husband since his stroke. Could we be moved to a ground floor flat?",
            "Please can you rehouse us. The noise from the pub downstairs goes on till 2am every weekend and the kids can't sleep.",
            "I've waited two years for the damp to be fixed properly. If you can't do it then move us.");

    @Test
    void shouldTagLettingsWhenAResidentAsksToBeMoved() {
        for (String text : ASKING_TO_MOVE) {
            Classification c = Classifier.defaultModel().classify(Source.CONTACT, text);
            assertTrue(c.themes().contains("lettings_moves"), text + " " + c.themes() + " " + c.reasons());
        }
    }

    /** With sentence embeddings the theme is an average of two models: the first three still carry it. */
    @Test
    void shouldTagLettingsWhenAResidentAsksToBeMovedWithSentenceEmbeddings() {
        for (String text : ASKING_TO_MOVE.subList(0, 3)) {
            Classification c = Classifier.defaultModelWithEmbeddings().classify(Source.CONTACT, text);
            assertTrue(c.themes().contains("lettings_moves"), text + " " + c.themes() + " " + c.reasons());
        }
    }
}
