package io.complaintstreams.classifier.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.pemistahl.lingua.api.Language;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageGateTest {

    @Test
    void shouldReadTerseEnglishNotesAsEnglishWithoutAskingLingua() {
        // officers' status notes and short reports: no function word, but English words the lexicons know
        for (String note : List.of("Operative attended, parts ordered.", "Repair completed, area left clean.",
                "Job completed, resident satisfied.", "Email address updated.", "Boiler losing pressure every few days.",
                "Kitchen cupboard door hanging off.", "Carbon monoxide alarm beeping.",
                "Nobody’s called back, it’s been weeks and I’m fed up.", "Charged £63 weekly, that’s wrong.")) {
            assertTrue(LanguageGate.looksEnglish(note), note);
            assertEquals(Optional.empty(), LanguageGate.otherLanguage(note), note);
        }
    }

    @Test
    void shouldStillSendPolishAndWelshToLingua() {
        // Welsh and Polish share few words with the lexicons; typed without their letters they still go to Lingua
        for (String text : List.of(
                "Mae llwydni ar wal yr ystafell ymolchi a does neb wedi dod i edrych arno er i mi ffonio ddwywaith.",
                "Bore da, hoffwn newid fy nghyfeiriad e-bost os gwelwch yn dda.",
                "Dzien dobry, od dwoch tygodni nie mamy ogrzewania i nikt nie oddzwania.",
                "Dzień dobry, od dwóch tygodni nie mamy ogrzewania i nikt nie oddzwania. Proszę o pilną pomoc.")) {
            assertFalse(LanguageGate.looksEnglish(text), text);
        }
        assertEquals(Optional.of(Language.WELSH), LanguageGate.otherLanguage(
                "Mae llwydni ar wal yr ystafell ymolchi a does neb wedi dod i edrych arno er i mi ffonio ddwywaith."));
        assertEquals(Optional.of(Language.POLISH), LanguageGate.otherLanguage(
                "Dzień dobry, od dwóch tygodni nie mamy ogrzewania i nikt nie oddzwania. Proszę o pilną pomoc."));
    }

    @Test
    void shouldCountPluralsOfKnownWordsButNotShortFragments() {
        assertTrue(EnglishWords.knows("boiler"));
        assertTrue(EnglishWords.knows("boilers"));
        assertFalse(EnglishWords.knows("nie"));
        assertFalse(EnglishWords.knows("wedi"));
        assertEquals(java.util.Set.of("no", "heating", "hot", "water"),
                EnglishWords.wordsOf(List.of("# comment\tignored", "problem\tno heating|hot water|🙂|a")));
    }
}
