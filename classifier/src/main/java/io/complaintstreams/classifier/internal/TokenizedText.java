package io.complaintstreams.classifier.internal;

import java.util.Arrays;

/**
 * One text's tokens ({@link Tokenizer}), tokenised once: each token's hash, whether it is punctuation, where in the text
 * it starts and whether it begins a word written in capitals. {@link #range} gives the tokens of a part of the text (a
 * sentence) without tokenising it again: a sentence ends at a character that is no part of a word ({@code . ! ?} before
 * a blank, a line break) and starts after one, so its tokens are exactly those the tokenizer finds in it alone.
 * Immutable.
 */
public final class TokenizedText {
    private final String[] words;
    private final long[] hashes;
    private final boolean[] punct;
    private final int[] starts;
    private final boolean[] shoutedAt;
    private final int shoutedWords;
    /** The lexicons' phrase slots of its n-grams ({@link Lexicons#phraseSlots}), or null when not looked up yet. */
    private final int[] phraseSlots;

    private TokenizedText(String[] words, long[] hashes, boolean[] punct, int[] starts, boolean[] shoutedAt,
                          int shoutedWords, int[] phraseSlots) {
        this.words = words;
        this.hashes = hashes;
        this.punct = punct;
        this.starts = starts;
        this.shoutedAt = shoutedAt;
        this.shoutedWords = shoutedWords;
        this.phraseSlots = phraseSlots;
    }

    /** {@code text} tokenised. */
    public static TokenizedText of(String text) {
        return Tokenizer.tokenizeWithOffsets(text);
    }

    static TokenizedText of(String[] words, int[] starts, boolean[] shoutedAt) {
        long[] hashes = new long[words.length];
        boolean[] punct = new boolean[words.length];
        for (int i = 0; i < words.length; i++) {
            hashes[i] = Hashing.of(words[i]);
            punct[i] = Tokenizer.Tokens.isPunctuation(words[i]);
        }
        int shouted = 0;
        for (boolean s : shoutedAt) {
            shouted += s ? 1 : 0;
        }
        return new TokenizedText(words, hashes, punct, starts, shoutedAt, shouted, null);
    }

    /** These tokens with their n-grams' phrase slots in {@code lex}, looked up once for the text and its sentences. */
    TokenizedText withPhraseSlots(Lexicons lex) {
        return new TokenizedText(words, hashes, punct, starts, shoutedAt, shoutedWords, lex.phraseSlots(hashes, punct));
    }

    /**
     * The tokens that start at or after character {@code from} and before {@code to} of the text, with their phrase
     * slots when these have them (a part is not split again: it has no offsets of its own).
     */
    public TokenizedText range(int from, int to) {
        int a = firstAtOrAfter(from);
        int b = firstAtOrAfter(to);
        int shouted = 0;
        for (int i = a; i < b; i++) {
            shouted += shoutedAt[i] ? 1 : 0;
        }
        int m = Lexicons.MAX_WORDS;
        return new TokenizedText(Arrays.copyOfRange(words, a, b), Arrays.copyOfRange(hashes, a, b),
                Arrays.copyOfRange(punct, a, b), null, null, shouted,
                phraseSlots == null ? null : Arrays.copyOfRange(phraseSlots, a * m, b * m));
    }

    private int firstAtOrAfter(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && starts[i - 1] == offset) {  // a word split in two ("can't": "can", "not") starts both at once
            i--;
        }
        return i;
    }

    public int size() {
        return words.length;
    }

    /** Token {@code i}. */
    public String word(int i) {
        return words[i];
    }

    String[] words() {
        return words;
    }

    long[] hashes() {
        return hashes;
    }

    boolean[] punct() {
        return punct;
    }

    int[] phraseSlots() {
        return phraseSlots;
    }

    /** How many words of three or more letters were written in capitals. */
    public int shoutedWords() {
        return shoutedWords;
    }
}
