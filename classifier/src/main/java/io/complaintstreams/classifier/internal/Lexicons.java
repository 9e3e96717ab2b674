package io.complaintstreams.classifier.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Named phrase lists (resource {@code lexicons.txt}), matched against token n-grams of up to four words.
 * Phrases are tokenised exactly like the text, so "repairs" in a lexicon matches "repair" in the text.
 */
public final class Lexicons {
    public static final int MAX_WORDS = 4;
    static final long SALT = Hashing.of("phrase");

    private final List<String> names = new ArrayList<>();
    private final LongIntMap phraseIndex = new LongIntMap(2048);
    private final List<Long> masks = new ArrayList<>();
    private long[] maskArray = new long[0];

    public static Lexicons fromResource() {
        InputStream in = Lexicons.class.getResourceAsStream("/io/complaintstreams/classifier/lexicons.txt");
        if (in == null) {
            throw new IllegalStateException("missing lexicons.txt");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(r.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Lexicons parse(List<String> lines) {
        Lexicons lex = new Lexicons();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", 2);
            int id = lex.idOf(f[0]);
            for (String phrase : f[1].split("\\|")) {
                lex.add(id, phrase.trim());
            }
        }
        lex.maskArray = lex.masks.stream().mapToLong(Long::longValue).toArray();
        return lex;
    }

    private int idOf(String name) {
        int id = names.indexOf(name);
        if (id >= 0) {
            return id;
        }
        if (names.size() == 64) {
            throw new IllegalStateException("at most 64 lexicons");
        }
        names.add(name);
        return names.size() - 1;
    }

    private void add(int id, String phrase) {
        String[] words = Arrays.stream(Tokenizer.tokenize(phrase).words())
                .filter(w -> !Tokenizer.Tokens.isPunctuation(w)).toArray(String[]::new);
        if (words.length == 0 || words.length > MAX_WORDS) {
            return;
        }
        long key = SALT;
        for (int i = 0; i < words.length; i++) {
            key = Hashing.combine(key, Hashing.of(words[i]));
            if (i + 1 < words.length && phraseIndex.get(key) < 0) {
                phraseIndex.put(key, masks.size());  // a proper prefix: a slot with no lexicon bits
                masks.add(0L);
            }
        }
        int slot = phraseIndex.get(key);
        if (slot < 0) {
            phraseIndex.put(key, masks.size());
            masks.add(1L << id);
        } else {
            masks.set(slot, masks.get(slot) | (1L << id));
        }
    }

    /** Lexicon id, or -1. */
    public int id(String name) {
        return names.indexOf(name);
    }

    public List<String> names() {
        return List.copyOf(names);
    }

    /** Number of lexicons. */
    public int size() {
        return names.size();
    }

    /** Bit mask of the lexicons containing the phrase with this n-gram key (0 if none). */
    public long masksFor(long ngramKey) {
        int slot = phraseIndex.get(ngramKey);
        return slot < 0 ? 0L : maskArray[slot];
    }

    /**
     * Slot of this n-gram key, or -1 when no phrase equals or starts with these words (so no longer n-gram
     * from the same start can match). A slot may hold mask 0: a prefix of a longer phrase only.
     */
    int slotFor(long ngramKey) {
        return phraseIndex.get(ngramKey);
    }

    /**
     * The {@link #slotFor} of each n-gram of a tokenised text that {@link LexiconHits} looks up, plus one, at {@code
     * [i * MAX_WORDS + len - 1]} for the {@code len} words from word token {@code i}: n-grams of words only, stopping at
     * the first with no slot (0 there); 0 also for every n-gram not looked up. Looked up once per text, read for the
     * text and for each of its sentences (whose n-grams stop at its end, before any the text's scan stopped at).
     */
    int[] phraseSlots(long[] h, boolean[] punct) {
        int n = h.length;
        int[] slots = new int[n * MAX_WORDS];
        for (int i = 0; i < n; i++) {
            if (punct[i]) {
                continue;
            }
            long key = SALT;
            for (int len = 1; len <= MAX_WORDS && i + len <= n && !punct[i + len - 1]; len++) {
                key = Hashing.combine(key, h[i + len - 1]);
                int slot = phraseIndex.get(key);
                slots[i * MAX_WORDS + len - 1] = slot + 1;
                if (slot < 0) {
                    break;
                }
            }
        }
        return slots;
    }

    long maskAt(int slot) {
        return maskArray[slot];
    }
}
