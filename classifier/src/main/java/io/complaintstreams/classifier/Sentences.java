package io.complaintstreams.classifier;

/** Splits free text into sentences (at . ! ? or a line break followed by a space or the end), for per-sentence theme scores. */
final class Sentences {
    private static final int MIN_CHARS = 12;
    private static final int SHOWN = 60;

    private Sentences() {
    }

    /** The sentences of {@code text} of at least 12 characters, trimmed; one element when there is one sentence. */
    static String[] split(String text) {
        int[] spans = spans(text);
        String[] out = new String[spans.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = text.substring(spans[2 * i], spans[2 * i + 1]);
        }
        return out;
    }

    /**
     * Where the sentences of {@link #split} are: {@code [from0, to0, from1, to1, ...]}, character offsets of each
     * trimmed sentence in {@code text}.
     */
    static int[] spans(String text) {
        int[] out = new int[8];
        int size = 0;
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            boolean end = i == n;
            if (!end) {
                char c = text.charAt(i);
                end = c == '\n' || ((c == '.' || c == '!' || c == '?')
                        && (i + 1 == n || Character.isWhitespace(text.charAt(i + 1))));
            }
            if (end) {
                int to = Math.min(i + 1, n);
                int from = start;
                while (from < to && text.charAt(from) <= ' ') {  // as String.trim
                    from++;
                }
                while (to > from && text.charAt(to - 1) <= ' ') {
                    to--;
                }
                if (to - from >= MIN_CHARS) {
                    if (size == out.length) {
                        out = java.util.Arrays.copyOf(out, size * 2);
                    }
                    out[size++] = from;
                    out[size++] = to;
                }
                start = i + 1;
            }
        }
        return java.util.Arrays.copyOf(out, size);
    }

    static String abbreviate(String sentence) {
        return sentence.length() <= SHOWN ? sentence : sentence.substring(0, SHOWN) + "...";
    }
}
