package io.complaintstreams.classifier.internal;

import java.util.Collection;

/**
 * A set of lower-case ASCII words looked up by a span of ASCII text, lower-cased as it is read, without making a string
 * of the span (the language gate looks up every word of every English text). Words with other characters are left out.
 * Immutable.
 */
final class AsciiWordSet {
    private final String[] table;
    private final int mask;

    AsciiWordSet(Collection<String> words) {
        int capacity = Integer.highestOneBit(Math.max(16, words.size() * 4) - 1) << 1;
        table = new String[capacity];
        mask = capacity - 1;
        for (String w : words) {
            if (w.chars().allMatch(c -> c < 0x80 && (c < 'A' || c > 'Z'))) {
                int i = spread(w.hashCode()) & mask;
                while (table[i] != null && !table[i].equals(w)) {
                    i = (i + 1) & mask;
                }
                table[i] = w;
            }
        }
    }

    /** Whether {@code text[from, to)}, ASCII, lower-cased, is in the set. */
    boolean contains(String text, int from, int to) {
        int h = 0;
        for (int j = from; j < to; j++) {
            h = 31 * h + lower(text.charAt(j));
        }
        for (int i = spread(h) & mask; table[i] != null; i = (i + 1) & mask) {
            if (equalsLowerCased(table[i], text, from, to)) {
                return true;
            }
        }
        return false;
    }

    private static boolean equalsLowerCased(String word, String text, int from, int to) {
        if (word.length() != to - from) {
            return false;
        }
        for (int j = from; j < to; j++) {
            if (word.charAt(j - from) != lower(text.charAt(j))) {
                return false;
            }
        }
        return true;
    }

    static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
