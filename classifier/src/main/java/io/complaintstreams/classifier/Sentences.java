package io.complaintstreams.classifier;

import java.util.ArrayList;
import java.util.List;

/** Splits free text into sentences (at . ! ? or a line break followed by a space or the end), for per-sentence theme scores. */
final class Sentences {
    private static final int MIN_CHARS = 12;
    private static final int SHOWN = 60;

    private Sentences() {
    }

    /** The sentences of {@code text} of at least 12 characters, trimmed; one element when there is one sentence. */
    static String[] split(String text) {
        List<String> out = new ArrayList<>(4);
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean end = c == '\n' || ((c == '.' || c == '!' || c == '?') && (i + 1 == n || Character.isWhitespace(text.charAt(i + 1))));
            if (end) {
                add(text, start, i + 1, out);
                start = i + 1;
            }
        }
        add(text, start, n, out);
        return out.toArray(new String[0]);
    }

    private static void add(String text, int from, int to, List<String> out) {
        String s = text.substring(from, to).trim();
        if (s.length() >= MIN_CHARS) {
            out.add(s);
        }
    }

    static String abbreviate(String sentence) {
        return sentence.length() <= SHOWN ? sentence : sentence.substring(0, SHOWN) + "...";
    }
}
