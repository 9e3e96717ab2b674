package io.complaintstreams.classifier;

import io.complaintstreams.classifier.internal.TokenizedText;
import io.complaintstreams.classifier.internal.Tokenizer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A sentence's tokens read from its text's tokens ({@link TokenizedText#range} over {@link Sentences#spans}) are
 * exactly the tokens of the sentence tokenised alone, and {@link Sentences#split} cuts as it did before the spans
 * (its former code below): on the labelled files and on 20,000 random texts of the characters that matter at a
 * boundary (apostrophes, hyphens, line breaks, blanks, stops, capitals, digits, emoji and half emoji).
 */
class SentenceTokensTest {
    private static final String[] PIECES = {"a", "B", "x", "NOT", "can", "n't", "'", "\u2019", "-", "s", " ", "  ", "\n",
        "\t", ".", "!", "?", ",", ";", ":", "£", "7", "3rd", "🙄", "\uD83D", "\uDE44", "☺", "É", "é", "İ", "ß", "Ω", "\r",
        "\u00a0", "still", "WAITING", "o'clock", "well-known", "it's", "e.g.", "...", "?!"};

    @Test
    void shouldReadEachSentencesTokensAsTheSentenceAloneWouldHaveThem() throws Exception {
        List<String> texts = new ArrayList<>();
        AnswerCorpus.labelledOwnSource().forEach(item -> texts.add(item.text()));
        Random random = new Random(5L);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + random.nextInt(60);
            for (int j = 0; j < n; j++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            texts.add(sb.toString());
        }
        int sentences = 0;
        for (String text : texts) {
            assertArrayEquals(splitAsBefore(text), Sentences.split(text), text);
            TokenizedText all = TokenizedText.of(text);
            int[] spans = Sentences.spans(text);
            for (int s = 0; s < spans.length; s += 2) {
                String sentence = text.substring(spans[s], spans[s + 1]);
                Tokenizer.Tokens alone = Tokenizer.tokenize(sentence);
                TokenizedText range = all.range(spans[s], spans[s + 1]);
                String[] words = new String[range.size()];
                for (int i = 0; i < words.length; i++) {
                    words[i] = range.word(i);
                }
                assertArrayEquals(alone.words(), words, text);
                assertEquals(alone.shoutedWords(), range.shoutedWords(), text);
                sentences++;
            }
            assertArrayEquals(Tokenizer.tokenize(text).words(), words(all), text);
            assertEquals(Tokenizer.tokenize(text).shoutedWords(), all.shoutedWords(), text);
        }
        System.out.println("SENTENCE-TOKENS " + texts.size() + " texts, " + sentences + " sentences");
    }

    private static String[] words(TokenizedText t) {
        String[] out = new String[t.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = t.word(i);
        }
        return out;
    }

    /** {@link Sentences#split} as it was before {@link Sentences#spans}. */
    private static String[] splitAsBefore(String text) {
        List<String> out = new ArrayList<>(4);
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean end = c == '\n' || ((c == '.' || c == '!' || c == '?') && (i + 1 == n || Character.isWhitespace(text.charAt(i + 1))));
            if (end) {
                addAsBefore(text, start, i + 1, out);
                start = i + 1;
            }
        }
        addAsBefore(text, start, n, out);
        return out.toArray(new String[0]);
    }

    private static void addAsBefore(String text, int from, int to, List<String> out) {
        String s = text.substring(from, to).trim();
        if (s.length() >= 12) {
            out.add(s);
        }
    }
}
