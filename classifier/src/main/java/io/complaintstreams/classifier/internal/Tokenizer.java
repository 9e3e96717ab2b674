package io.complaintstreams.classifier.internal;

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
        Sink out = new Sink(text.length() / 4 + 4);
        scan(text, out);
        return new Tokens(out.words(), out.shouted);
    }

    /** The tokens with where each starts in {@code text}, their hashes and which are punctuation. */
    public static TokenizedText tokenizeWithOffsets(String text) {
        Sink out = new Sink(text.length() / 4 + 4);
        scan(text, out);
        return TokenizedText.of(out.words(), out.starts(), out.shoutedAt());
    }

    /**
     * Tokens as they are found; each knows the offset in the text of the word or symbol it came from, and the first
     * token of a word written in capitals is marked.
     */
    private static final class Sink {
        private String[] words;
        private int[] starts;
        private boolean[] shoutedAt;
        private int size;
        private int shouted;
        private int start;
        private boolean shout;

        Sink(int capacity) {
            words = new String[capacity];
            starts = new int[capacity];
            shoutedAt = new boolean[capacity];
        }

        void word(int at, boolean shoutedWord) {
            start = at;
            shout = shoutedWord;
            if (shoutedWord) {
                shouted++;
            }
        }

        void add(String token) {
            if (size == words.length) {
                words = java.util.Arrays.copyOf(words, size * 2);
                starts = java.util.Arrays.copyOf(starts, size * 2);
                shoutedAt = java.util.Arrays.copyOf(shoutedAt, size * 2);
            }
            words[size] = token;
            starts[size] = start;
            shoutedAt[size] = shout;
            shout = false;
            size++;
        }

        void symbol(int at, String token) {
            start = at;
            shout = false;
            add(token);
        }

        String[] words() {
            return java.util.Arrays.copyOf(words, size);
        }

        int[] starts() {
            return java.util.Arrays.copyOf(starts, size);
        }

        boolean[] shoutedAt() {
            return java.util.Arrays.copyOf(shoutedAt, size);
        }
    }

    private static void scan(String text, Sink out) {
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean wordChar = isLetterOrDigit(c)
                    || ((c == '\'' || c == '\u2019' || c == '-') && start >= 0 && i + 1 < text.length()
                    && isLetter(text.charAt(i + 1)));
            if (wordChar) {
                if (start < 0) {
                    start = i;
                }
                continue;
            }
            if (start >= 0) {
                String raw = text.substring(start, i);
                out.word(start, raw.length() >= 3 && isAllUpper(raw));
                addWord(lowerCase(raw), out);
                start = -1;
            }
            if (Character.isSurrogate(c) || c >= 0x2600) {
                String emoji = Emoji.token(text.codePointAt(i));
                if (emoji != null) {
                    out.symbol(i, emoji);
                }
                if (Character.isHighSurrogate(c)) {
                    i++;
                }
                continue;
            }
            switch (c) {
                case '.', ';', ':' -> out.symbol(i, ".");
                case ',' -> out.symbol(i, ",");
                case '!' -> out.symbol(i, "!");
                case '?' -> out.symbol(i, "?");
                case '£' -> out.symbol(i, "£");
                default -> {
                }
            }
        }
    }

    /** {@link Character#isLetterOrDigit(char)}, ASCII from a table (the tokenizer asks for every character). */
    private static boolean isLetterOrDigit(char c) {
        return c < 0x80 ? ASCII_LETTER_OR_DIGIT[c] : Character.isLetterOrDigit(c);
    }

    /** {@link Character#isLetter(char)}, ASCII from a table. */
    static boolean isLetter(char c) {
        return c < 0x80 ? ASCII_LETTER[c] : Character.isLetter(c);
    }

    private static final boolean[] ASCII_LETTER_OR_DIGIT = new boolean[0x80];
    private static final boolean[] ASCII_LETTER = new boolean[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII_LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c);
            ASCII_LETTER[c] = Character.isLetter(c);
        }
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

    private static void addWord(String w, Sink out) {
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
