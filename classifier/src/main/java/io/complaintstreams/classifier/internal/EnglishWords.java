package io.complaintstreams.classifier.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The English words of the classifier's lexicons ({@code lexicons.txt}, every lexicon's phrases split into words of
 * two or more letters, lower case), for {@link LanguageGate}'s cheap check. A word also counts in its plural or
 * third-person form ("parts", "needs"). Loaded once; immutable, so thread-safe.
 */
final class EnglishWords {
    private static final Set<String> WORDS = load();
    private static final AsciiWordSet ASCII_WORDS = new AsciiWordSet(WORDS);

    private EnglishWords() {
    }

    /** True when {@code word} (lower case, apostrophes as {@code '}) or that word less a final "s" is known. */
    static boolean knows(String word) {
        if (WORDS.contains(word)) {
            return true;
        }
        int n = word.length();
        return n > 3 && word.charAt(n - 1) == 's' && WORDS.contains(word.substring(0, n - 1));
    }

    /** {@link #knows(String)} for {@code text[from, to)}, ASCII, lower-cased as it is read. */
    static boolean knows(String text, int from, int to) {
        if (ASCII_WORDS.contains(text, from, to)) {
            return true;
        }
        return to - from > 3 && AsciiWordSet.lower(text.charAt(to - 1)) == 's' && ASCII_WORDS.contains(text, from, to - 1);
    }

    static Set<String> wordsOf(List<String> lexiconLines) {
        Set<String> words = new HashSet<>();
        for (String line : lexiconLines) {
            int tab = line.indexOf('\t');
            if (line.isBlank() || line.startsWith("#") || tab < 0) {
                continue;
            }
            for (String w : line.substring(tab + 1).toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[^\\p{L}']+")) {
                if (w.length() >= 2 && w.chars().allMatch(c -> c < 0x80)) {
                    words.add(w);
                }
            }
        }
        return Set.copyOf(words);
    }

    private static Set<String> load() {
        InputStream in = EnglishWords.class.getResourceAsStream("/io/complaintstreams/classifier/lexicons.txt");
        if (in == null) {
            throw new IllegalStateException("missing lexicons.txt");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return wordsOf(r.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
