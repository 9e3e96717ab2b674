package io.complaintstreams.classifier.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.pemistahl.lingua.api.Language;
import io.complaintstreams.classifier.LabelledRecord;
import io.complaintstreams.classifier.corpus.TrainingCorpus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
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

    /** The check as it was before it stopped looking words up early: every word looked up, then the shares compared. */
    private static boolean looksEnglishLookingUpEveryWord(String text) {
        int words = 0;
        int function = 0;
        int known = 0;
        boolean marked = false;
        int start = -1;
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            if (Character.isLetter(c) || c == '\'' || c == '\u2019') {
                if (start < 0) {
                    start = i;
                }
                marked |= c > 0x7f && ("ąćęłńśźżŵŷâêîôûàãõçșțăėųéèëïüöäßáíóúñœ".indexOf(c) >= 0
                        || Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN);
                continue;
            }
            if (start >= 0) {
                words++;
                String word = lower.substring(start, i).replace('\u2019', '\'');
                if (List.of("the", "and", "to", "is", "it", "my", "of", "in", "for", "have", "has", "had", "not", "been",
                        "no", "you", "we", "this", "that", "on", "with", "was", "me", "be", "are", "they", "but", "so", "at",
                        "still", "again", "please", "can", "from", "your", "our", "there", "what", "when", "why", "who",
                        "nobody", "anyone", "just", "about", "all", "would", "could", "will", "did", "do", "get", "were",
                        "she", "he", "her", "his", "them", "their", "if", "or", "by", "as", "an", "up", "out", "after",
                        "since", "than", "then", "now", "only", "any", "some", "it's", "i'm", "i've", "don't", "can't",
                        "isn't").contains(word)) {
                    function++;
                    known++;
                } else if (EnglishWords.knows(word)) {
                    known++;
                }
                start = -1;
            }
        }
        if (marked) {
            return false;
        }
        return words < 3 || function >= 0.2 * words || known >= 0.5 * words;
    }

    @Test
    void shouldAnswerAsLookingUpEveryWordDidOnTheCorpusAndOnRandomMixedText() {
        List<String> texts = new ArrayList<>();
        for (LabelledRecord r : TrainingCorpus.load()) {
            texts.add(r.text());
        }
        TrainingCorpus.calibration().forEach(r -> texts.add(r.text()));
        // random text from English, Polish, Welsh and Cyrillic words, apostrophes and punctuation: every share
        String[] pieces = {"the", "boiler", "boilers", "nie", "wedi", "Dzień", "ŵyr", "Нет", "it’s", "I'm", "'", "’",
            "repair", "mould", "llwydni", "ogrzewania", "and", "please", "ÉCOLE", "İstanbul", "x", "42", "!", ",", "."};
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(14);
            for (int i = 0; i < length; i++) {
                sb.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            texts.add(sb.toString());
        }
        // ASCII only (read in place, without lower-casing the text): capitals, plurals, apostrophes, digits, fragments
        String[] ascii = {"THE", "The", "boiler", "BOILERS", "Boiler's", "nie", "wedi", "it's", "IT'S", "Don't", "'", "s",
            "S", "repairs", "Mould", "llwydni", "AND", "please", "x", "42", "!", ",", ".", "-", "well-known", "Bins"};
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(14);
            for (int i = 0; i < length; i++) {
                sb.append(ascii[random.nextInt(ascii.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            texts.add(sb.toString());
        }
        int english = 0;
        for (String text : texts) {
            boolean expected = looksEnglishLookingUpEveryWord(text);
            assertEquals(expected, LanguageGate.looksEnglish(text), text);
            english += expected ? 1 : 0;
        }
        // both answers occur often enough (40,000 random texts, half of them ASCII) for the comparison to mean something
        assertTrue(english > 1_000 && english < texts.size() - 1_000, english + " of " + texts.size());
    }
}
