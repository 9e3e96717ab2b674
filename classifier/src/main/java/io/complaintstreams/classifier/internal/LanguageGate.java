package io.complaintstreams.classifier.internal;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tells whether a record is written in a language other than English. A cheap check runs first: text whose words
 * are at least one in five common English function words is English, and so is text of fewer than three words
 * without Polish or Welsh letters ("still waiting", an emoji), and text without such letters of which at least half
 * the words are English words the classifier's own lexicons know ({@code lexicons.txt}: "Operative attended, parts
 * ordered." has no function word but is English). Only the rest goes to Lingua (models inside its jar),
 * restricted to {@link #LANGUAGES} in low-accuracy mode (trigram models only) to keep memory and time small; it is
 * built on the first such record, so runs with English text only never load it. Thread-safe.
 */
public final class LanguageGate {
    /** English plus the languages most often written to UK social landlords that Lingua knows. */
    public static final Language[] LANGUAGES = {Language.ENGLISH, Language.POLISH, Language.WELSH, Language.ROMANIAN,
        Language.PORTUGUESE, Language.LITHUANIAN, Language.SPANISH, Language.SOMALI, Language.ARABIC, Language.URDU,
        Language.BENGALI};
    /** Lingua must put the top language at least this far (relative) ahead of the next, or it answers UNKNOWN. */
    static final double MIN_RELATIVE_DISTANCE = 0.1;
    private static final double ENGLISH_FUNCTION_WORD_SHARE = 0.2;
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "and", "to", "is", "it", "my", "of", "in", "for",
            "have", "has", "had", "not", "been", "no", "you", "we", "this", "that", "on", "with", "was", "me", "be",
            "are", "they", "but", "so", "at", "still", "again", "please", "can", "from", "your", "our", "there", "what",
            "when", "why", "who", "nobody", "anyone", "just", "about", "all", "would", "could", "will", "did", "do", "get",
            "were", "she", "he", "her", "his", "them", "their", "if", "or", "by", "as", "an", "up", "out", "after",
            "since", "than", "then", "now", "only", "any", "some", "it's", "i'm", "i've", "don't", "can't", "isn't");

    /** Share of words known from {@code lexicons.txt} (or function words) that makes unmarked text English. */
    private static final double ENGLISH_KNOWN_WORD_SHARE = 0.5;
    private static final String MARKED_LETTERS = "ąćęłńśźżŵŷâêîôûàãõçșțăėųų";

    private static final class Holder {
        static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromLanguages(LANGUAGES)
                .withLowAccuracyMode().withMinimumRelativeDistance(MIN_RELATIVE_DISTANCE).build();
    }

    private LanguageGate() {
    }

    /** The language when it is known and not English; empty for English, unknown, or too short to tell. */
    public static Optional<Language> otherLanguage(String text) {
        if (looksEnglish(text)) {
            return Optional.empty();
        }
        Language l = Holder.DETECTOR.detectLanguageOf(text);
        return l == Language.ENGLISH || l == Language.UNKNOWN ? Optional.empty() : Optional.of(l);
    }

    /** The cheap check: true when Lingua need not be asked. */
    static boolean looksEnglish(String text) {
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
                marked |= c > 0x7f && MARKED_LETTERS.indexOf(c) >= 0;
                continue;
            }
            if (start >= 0) {
                words++;
                String word = lower.substring(start, i).replace('\u2019', '\'');
                if (FUNCTION_WORDS.contains(word)) {
                    function++;
                    known++;
                } else if (EnglishWords.knows(word)) {
                    known++;
                }
                start = -1;
            }
        }
        if (words < 3) {
            return !marked;
        }
        return function >= ENGLISH_FUNCTION_WORD_SHARE * words || !marked && known >= ENGLISH_KNOWN_WORD_SHARE * words;
    }

    /** Lingua's ISO 639-1 code for {@code language}, lower case ("pl", "cy"). */
    public static String code(Language language) {
        return language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }

    /** The language's English name with a capital ("Polish"). */
    public static String name(Language language) {
        String n = language.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }
}
