package io.complaintstreams.classifier.internal;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tells whether a record is written in a language other than English. A cheap check runs first: text with a letter
 * English does not use ({@link #MARKED_LETTERS}, or any letter outside the Latin script) always goes to Lingua;
 * other text is English when it has fewer than three words ("still waiting", an emoji), when at least one word in
 * five is a common English function word, or when at least half its words are English words the classifier's own
 * lexicons know ({@code lexicons.txt}: "Operative attended, parts ordered." has no function word but is English).
 * Only the rest goes to Lingua (models inside its jar),
 * restricted to {@link #LANGUAGES} in low-accuracy mode (trigram models only) to keep memory and time small; it is
 * built on the first such record, so runs with English text only never load it. Thread-safe.
 */
public final class LanguageGate {
    /**
     * English plus the languages most often written to UK social landlords that Lingua knows (the main languages of
     * England and Wales other than English in the 2021 Census, with Welsh and Irish). A language missing here is
     * mistaken for one of these or for English: French and German once were, so a French complaint went unread.
     */
    public static final Language[] LANGUAGES = {Language.ENGLISH, Language.POLISH, Language.WELSH, Language.ROMANIAN,
        Language.PORTUGUESE, Language.LITHUANIAN, Language.SPANISH, Language.SOMALI, Language.ARABIC, Language.URDU,
        Language.BENGALI, Language.FRENCH, Language.GERMAN, Language.ITALIAN, Language.IRISH, Language.PUNJABI,
        Language.TURKISH, Language.RUSSIAN, Language.UKRAINIAN, Language.PERSIAN, Language.CHINESE, Language.GUJARATI,
        Language.TAMIL, Language.BULGARIAN};
    /** Lingua must put the top language at least this far (relative) ahead of the next, or it answers UNKNOWN. */
    static final double MIN_RELATIVE_DISTANCE = 0.1;
    private static final double ENGLISH_FUNCTION_WORD_SHARE = 0.2;
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "and", "to", "is", "it", "my", "of", "in", "for",
            "have", "has", "had", "not", "been", "no", "you", "we", "this", "that", "on", "with", "was", "me", "be",
            "are", "they", "but", "so", "at", "still", "again", "please", "can", "from", "your", "our", "there", "what",
            "when", "why", "who", "nobody", "anyone", "just", "about", "all", "would", "could", "will", "did", "do", "get",
            "were", "she", "he", "her", "his", "them", "their", "if", "or", "by", "as", "an", "up", "out", "after",
            "since", "than", "then", "now", "only", "any", "some", "it's", "i'm", "i've", "don't", "can't", "isn't");
    private static final AsciiWordSet ASCII_FUNCTION_WORDS = new AsciiWordSet(FUNCTION_WORDS);

    /** Share of words known from {@code lexicons.txt} (or function words) that makes unmarked text English. */
    private static final double ENGLISH_KNOWN_WORD_SHARE = 0.5;
    /** Letters English does not use (Polish, Welsh, Portuguese, Romanian, Lithuanian, French, German, Irish, Spanish). */
    private static final String MARKED_LETTERS = "ąćęłńśźżŵŷâêîôûàãõçșțăėųéèëïüöäßáíóúñœ";

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
        if (l == Language.UNKNOWN && hasNonLatinLetter(text)) {
            // too short for Lingua to choose between close languages ("Нет отопления"), but surely not English
            l = Holder.DETECTOR.computeLanguageConfidenceValues(text).keySet().stream()
                    .filter(candidate -> candidate != Language.ENGLISH).findFirst().orElse(Language.UNKNOWN);
        }
        return l == Language.ENGLISH || l == Language.UNKNOWN ? Optional.empty() : Optional.of(l);
    }

    private static boolean hasNonLatinLetter(String text) {
        return text.codePoints().anyMatch(LanguageGate::isNonLatinLetter);
    }

    private static boolean isNonLatinLetter(int c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN;
    }

    /**
     * The cheap check: true when Lingua need not be asked. Two passes over the lower-cased text: the first counts the
     * words and looks for a marked letter (no set lookups); the second looks words up only until the known or
     * function words reach their share of that count, which the counts (never falling) then keep: the same answer as
     * looking every word up, for a fraction of the lookups on ordinary English (this runs on every classified text).
     */
    static boolean looksEnglish(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return looksEnglishLowerCased(text.toLowerCase(Locale.ROOT));
            }
        }
        return looksEnglishAscii(text);
    }

    /**
     * {@link #looksEnglish} for ASCII text (most records), read in place: lower-casing ASCII changes no length and no
     * word boundary, so words are looked up by their span ({@link AsciiWordSet}) instead of as new strings; there is
     * no marked letter to look for. The same counts and the same answer.
     */
    private static boolean looksEnglishAscii(String text) {
        return enoughEnglishWords(text, LanguageGate::asciiWordKind);
    }

    private static boolean looksEnglishLowerCased(String lower) {
        return enoughEnglishWords(lower, LanguageGate::lowerCasedWordKind);
    }

    private static final int FUNCTION_WORD = 2;
    private static final int KNOWN_WORD = 1;

    /** What the word {@code text[start, end)} is: {@link #FUNCTION_WORD}, {@link #KNOWN_WORD} or 0 (neither). */
    @FunctionalInterface
    private interface WordKind {
        int of(String text, int start, int end);
    }

    private static int asciiWordKind(String text, int start, int end) {
        return ASCII_FUNCTION_WORDS.contains(text, start, end) ? FUNCTION_WORD : EnglishWords.knows(text, start, end) ? KNOWN_WORD : 0;
    }

    private static int lowerCasedWordKind(String lower, int start, int end) {
        String word = lower.substring(start, end).replace('\u2019', '\'');
        return FUNCTION_WORDS.contains(word) ? FUNCTION_WORD : EnglishWords.knows(word) ? KNOWN_WORD : 0;
    }

    /**
     * The two passes of {@link #looksEnglish}: count the words (false at a marked or non-Latin letter), then look
     * words up until the function or known words reach their share of that count.
     */
    private static boolean enoughEnglishWords(String text, WordKind kind) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isWordChar(c)) {
                if (c > 0x7f && (MARKED_LETTERS.indexOf(c) >= 0 || isNonLatinLetter(c))) {
                    return false;
                }
                if (!inWord) {
                    words++;
                    inWord = true;
                }
            } else {
                inWord = false;
            }
        }
        if (words < 3) {
            return true;
        }
        double functionNeeded = ENGLISH_FUNCTION_WORD_SHARE * words;
        double knownNeeded = ENGLISH_KNOWN_WORD_SHARE * words;
        int function = 0;
        int known = 0;
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (isWordChar(c)) {
                if (start < 0) {
                    start = i;
                }
                continue;
            }
            if (start >= 0) {
                int k = kind.of(text, start, i);
                if (k == FUNCTION_WORD) {
                    function++;
                    known++;
                } else if (k == KNOWN_WORD) {
                    known++;
                }
                if (function >= functionNeeded || known >= knownNeeded) {
                    return true;
                }
                start = -1;
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return Tokenizer.isLetter(c) || c == '\'' || c == '\u2019';
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
