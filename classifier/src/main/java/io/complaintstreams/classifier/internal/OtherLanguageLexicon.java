package io.complaintstreams.classifier.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Evidence words for records in other languages (resource {@code other_languages.txt}): per language code, stems
 * that show dissatisfaction and stems for each theme. A record in another language is read only through these
 * words, so a theme is tagged only where one of its words occurs.
 */
public final class OtherLanguageLexicon {
    /** What a record in another language shows: dissatisfaction words and themes, each with the word that matched. */
    public record Evidence(String dissatisfiedWord, Map<String, String> themes) {
    }

    private final Map<String, Map<String, List<String>>> stems = new HashMap<>();

    public static OtherLanguageLexicon fromResource() {
        InputStream in = OtherLanguageLexicon.class.getResourceAsStream("/io/complaintstreams/classifier/other_languages.txt");
        if (in == null) {
            throw new IllegalStateException("missing other_languages.txt");
        }
        OtherLanguageLexicon lex = new OtherLanguageLexicon();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line : r.lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", 3);
                lex.stems.computeIfAbsent(f[0], k -> new HashMap<>())
                        .put(f[1], List.of(f[2].split("\\|")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lex;
    }

    /** The evidence in {@code text} for language {@code code} ("pl"); none for a language without a list. */
    public Evidence evidence(String code, String text, List<String> themeOrder) {
        Map<String, List<String>> lists = stems.getOrDefault(code, Map.of());
        String lower = " " + text.toLowerCase(Locale.ROOT).replace('\u2019', '\'') + " ";
        String dissatisfied = firstMatch(lists.getOrDefault("dissatisfied", List.of()), lower);
        Map<String, String> themes = new java.util.LinkedHashMap<>();
        for (String theme : themeOrder) {
            String hit = firstMatch(lists.getOrDefault(theme, List.of()), lower);
            if (hit != null) {
                themes.put(theme, hit);
            }
        }
        return new Evidence(dissatisfied, themes);
    }

    private static String firstMatch(List<String> stems, String lower) {
        for (String stem : stems) {
            boolean whole = stem.endsWith("$");
            String s = whole ? stem.substring(0, stem.length() - 1) : stem;
            int from = 0;
            for (int i = lower.indexOf(s, from); i >= 0; i = lower.indexOf(s, i + 1)) {
                boolean startsWord = !Character.isLetter(lower.charAt(i - 1)) && lower.charAt(i - 1) != '\'';
                int end = i + s.length();
                boolean endsWord = end >= lower.length() || !Character.isLetter(lower.charAt(end));
                if (startsWord && (!whole || endsWord)) {
                    return s;
                }
            }
        }
        return null;
    }

    /** Languages with evidence lists (codes), for docs and tests. */
    public List<String> languages() {
        return new ArrayList<>(stems.keySet());
    }
}
