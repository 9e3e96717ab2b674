package io.complaintstreams.classifier.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Lower-cases and splits text into word tokens and the punctuation tokens {@code . , ! ?}. Words lose a
 * plural 's', possessive "'s" and apostrophes; "n't" becomes a separate "not"; numbers become {@code <num>};
 * '£' is kept as its own token; emoji that carry a feeling become {@code <eyeroll>}, {@code <angry>}, {@code <sad>}
 * or {@code <happy>} (see {@link Emoji}).
 */
public final class Tokenizer {
    private Tokenizer() {
    }

    /** The tokens, and how many words of three or more letters were written in capitals. */
    public record Tokens(String[] words, int shoutedWords) {
        public int size() {
            return words.length;
        }

        public static boolean isPunctuation(String token) {
            return token.length() == 1 && ".,!?".indexOf(token.charAt(0)) >= 0;
        }
    }

    public static Tokens tokenize(String text) {
        List<String> out = new ArrayList<>(text.length() / 4 + 4);
        int shouted = 0;
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean wordChar = Character.isLetterOrDigit(c)
                    || ((c == '\'' || c == '\u2019' || c == '-') && start >= 0 && i + 1 < text.length()
                    && Character.isLetter(text.charAt(i + 1)));
            if (wordChar) {
                if (start < 0) {
                    start = i;
                }
                continue;
            }
            if (start >= 0) {
                String raw = text.substring(start, i);
                if (raw.length() >= 3 && isAllUpper(raw)) {
                    shouted++;
                }
                addWord(lowerCase(raw), out);
                start = -1;
            }
            if (Character.isSurrogate(c) || c >= 0x2600) {
                String emoji = Emoji.token(text.codePointAt(i));
                if (emoji != null) {
                    out.add(emoji);
                }
                if (Character.isHighSurrogate(c)) {
                    i++;
                }
                continue;
            }
            switch (c) {
                case '.', ';', ':' -> out.add(".");
                case ',' -> out.add(",");
                case '!' -> out.add("!");
                case '?' -> out.add("?");
                case '£' -> out.add("£");
                default -> {
                }
            }
        }
        return new Tokens(out.toArray(new String[0]), shouted);
    }

    /** {@code raw.toLowerCase(Locale.ROOT)}, done by hand when the word is plain ASCII (the usual case). */
    private static String lowerCase(String raw) {
        boolean upper = false;
        for (int i = 0; i < raw.length(); i++) {
            char ch = raw.charAt(i);
            if (ch >= 0x80) {
                return raw.toLowerCase(java.util.Locale.ROOT);
            }
            upper |= ch >= 'A' && ch <= 'Z';
        }
        if (!upper) {
            return raw;
        }
        char[] chars = new char[raw.length()];
        for (int i = 0; i < chars.length; i++) {
            char ch = raw.charAt(i);
            chars[i] = ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch;
        }
        return new String(chars);
    }

    private static boolean isAllUpper(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char ch = raw.charAt(i);
            if (Character.isLetter(ch) && !Character.isUpperCase(ch)) {
                return false;
            }
        }
        return Character.isLetter(raw.charAt(0));
    }

    private static void addWord(String w, List<String> out) {
        w = w.replace('\u2019', '\'');
        if (w.endsWith("n't") && w.length() > 3) {
            String stem = w.substring(0, w.length() - 3);
            out.add(switch (stem) {
                case "ca" -> "can";
                case "wo" -> "will";
                case "sha" -> "shall";
                default -> stem;
            });
            out.add("not");
            return;
        }
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.indexOf('\'') >= 0) {
            w = w.replace("'", "");
        }
        if (w.isEmpty()) {
            return;
        }
        if (Character.isDigit(w.charAt(0))) {
            out.add(isDigits(w) || isOrdinal(w) ? "<num>" : w);
            return;
        }
        out.add(stem(w));
    }

    private static boolean isDigits(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isOrdinal(String w) {
        return w.length() > 2 && isDigits(w.substring(0, w.length() - 2))
                && List.of("st", "nd", "rd", "th", "am", "pm").contains(w.substring(w.length() - 2));
    }

    /** Drops a plural 's' (not from -ss, -us, -is, or words of three letters or fewer). */
    static String stem(String w) {
        int n = w.length();
        if (n > 3 && w.charAt(n - 1) == 's') {
            char before = w.charAt(n - 2);
            if (before != 's' && before != 'u' && before != 'i') {
                return w.substring(0, n - 1);
            }
        }
        return w;
    }
}
