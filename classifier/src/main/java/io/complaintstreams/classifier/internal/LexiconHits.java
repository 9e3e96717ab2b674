package io.complaintstreams.classifier.internal;

/** Which lexicon phrases occur in one tokenised text, where, and whether negated. */
final class LexiconHits {
    private final int[] count;
    private final int[] negated;
    private final int[] firstStart;
    private final int[] firstLength;
    private final boolean[] negatorAt;
    private final boolean[] punct;
    private final String[] words;
    private boolean positiveAtSentenceStart;
    private int exclaims;
    private int questions;
    private int wordCount;
    /** Failure hits that are the bare word "cancelled" (administration when a closure reason is given). */
    private int cancelledHits;
    /**
     * Per lexicon: 1 + the sentence (ended by . ! or ?) of its last counted implied-cue hit (0: none), its start and
     * length; made on the first cue hit, so a text without one allocates nothing more.
     */
    private int[] cueSentence;
    private int[] cueStart;
    private int[] cueLength;
    private int sentence;
    /** Implied-theme kinds that fired (bit k: kind k of {@link ImpliedThemes}), and the words that fired each. */
    private long impliedKinds;
    private String[] impliedBy;
    /** Words before which "still" means "as before" ("the rent will still go out"), not persistence. */
    private static final java.util.Set<String> MODALS = java.util.Set.of("will", "would", "can", "could", "should",
            "shall", "may", "might", "must", "ill", "youll", "itll", "theyll");

    private LexiconHits(int lexicons, String[] words, boolean[] punct) {
        count = new int[lexicons];
        negated = new int[lexicons];
        firstStart = new int[lexicons];
        firstLength = new int[lexicons];
        negatorAt = new boolean[words.length];
        this.punct = punct;
        this.words = words;
    }

    static LexiconHits match(Lexicons lex, RuleLexicons ids, TokenizedText tokens) {
        String[] w = tokens.words();
        boolean[] punct = tokens.punct();
        int[] slots = tokens.phraseSlots() != null ? tokens.phraseSlots() : lex.phraseSlots(tokens.hashes(), punct);
        LexiconHits hits = new LexiconHits(lex.size(), w, punct);
        long negatorBit = 1L << ids.negator;
        int sentenceStart = 0;
        for (int i = 0; i < w.length; i++) {
            if (punct[i]) {
                sentenceStart = i + 1;
                hits.sentence += w[i].equals(",") ? 0 : 1;
                hits.exclaims += w[i].equals("!") ? 1 : 0;
                hits.questions += w[i].equals("?") ? 1 : 0;
                continue;
            }
            hits.wordCount++;
            for (int len = 1; len <= Lexicons.MAX_WORDS && i + len <= w.length && !punct[i + len - 1]; len++) {
                int slot = slots[i * Lexicons.MAX_WORDS + len - 1] - 1;
                if (slot < 0) {
                    break;  // no phrase is, or starts with, these words: longer n-grams cannot match either
                }
                long mask = lex.maskAt(slot);
                if (len == 1 && (mask & negatorBit) != 0) {
                    hits.negatorAt[i] = true;
                }
                while (mask != 0) {
                    int id = Long.numberOfTrailingZeros(mask);
                    mask &= mask - 1;
                    hits.record(ids, id, i, len, i - sentenceStart);
                }
            }
        }
        if (hits.count[ids.closureReason] > 0) {
            hits.count[ids.failure] -= hits.cancelledHits;
        }
        return hits;
    }

    private void record(RuleLexicons ids, int id, int start, int len, int offsetInSentence) {
        if (ids.implied.isCue(id)) {
            cue(ids.implied, id, start, len);
            return;
        }
        if (id == ids.persistence && len == 1 && start > 0 && !punct[start - 1] && words[start].equals("still")
                && MODALS.contains(words[start - 1])) {
            return;
        }
        if (id == ids.failure && len == 1 && words[start].equals("cancelled")) {
            cancelledHits++;
        }
        boolean isNegated = ids.isPolarity(id) && negatedAt(start, 3);
        if (count[id] == 0 || (isNegated && negated[id] == 0)) {
            firstStart[id] = start;
            firstLength[id] = len;
        }
        count[id]++;
        if (isNegated) {
            negated[id]++;
        } else if (id == ids.praiseOpener && offsetInSentence < 2) {
            positiveAtSentenceStart = true;
        }
    }

    /**
     * An implied-theme cue at {@code start}: fires each kind whose other cue (if it has one) was seen in this sentence.
     * A negated cue 'a' does not count unless it is an 'a0' cue.
     */
    private void cue(ImpliedThemes implied, int id, int start, int len) {
        if (!implied.negatedCounts(id) && implied.isCueA(id) && negatedAt(start, 3)) {
            return;
        }
        if (cueSentence == null) {
            cueSentence = new int[count.length];
            cueStart = new int[count.length];
            cueLength = new int[count.length];
        }
        cueSentence[id] = sentence + 1;
        cueStart[id] = start;
        cueLength[id] = len;
        for (int k = 0; k < implied.kinds(); k++) {
            int a = implied.cueA(k);
            int b = implied.cueB(k);
            if ((impliedKinds & (1L << k)) != 0 || (id != a && id != b)) {
                continue;
            }
            int other = id == a ? b : a;
            if (other == ImpliedThemes.NONE || cueSentence[other] == sentence + 1) {
                impliedKinds |= 1L << k;
                if (impliedBy == null) {
                    impliedBy = new String[implied.kinds()];
                }
                impliedBy[k] = other == ImpliedThemes.NONE ? "'" + span(start, len) + "'"
                        : "'" + span(cueStart[a], cueLength[a]) + "' with '" + span(cueStart[b], cueLength[b]) + "'";
            }
        }
    }

    private String span(int start, int len) {
        StringBuilder sb = new StringBuilder();
        for (int j = start; j < start + len; j++) {
            sb.append(j == start ? "" : " ").append(words[j]);
        }
        return sb.toString();
    }

    /** Bit k set when implied-theme kind k fired. */
    long impliedKinds() {
        return impliedKinds;
    }

    /** The words that fired implied-theme kind {@code k} (null when it did not fire). */
    String impliedBy(int k) {
        return impliedBy == null ? null : impliedBy[k];
    }

    /** Whether a negator occurs in the {@code window} words before {@code i}, in the same clause. */
    boolean negatedAt(int i, int window) {
        for (int j = i - 1; j >= 0 && j >= i - window; j--) {
            if (punct[j]) {
                return false;
            }
            if (negatorAt[j]) {
                return true;
            }
        }
        return false;
    }

    /** An irony marker ("only took", an eye-roll), an understatement ("could be better"), or praise words used about a problem that persists or a service that failed. */
    boolean sarcasm(RuleLexicons ids) {
        if (count[ids.ironyMarker] > 0) {
            return true;
        }
        boolean praise = count[ids.sarcasmPhrase] > 0 || positiveAtSentenceStart;
        boolean trouble = count[ids.persistence] > 0 || count[ids.failure] > 0
                || count[ids.negative] - negated[ids.negative] > 0
                || (count[ids.problem] > 0 && count[ids.resolution] == 0);
        return praise && trouble;
    }

    /** Unnegated matches of lexicon {@code id}. */
    int plain(int id) {
        return count[id] - negated[id];
    }

    int count(int id) {
        return count[id];
    }

    int negated(int id) {
        return negated[id];
    }

    /** The first matched phrase of a lexicon (the first negated one when {@code negatedOnly}), with its negator. */
    String phrase(int id) {
        StringBuilder sb = new StringBuilder();
        int from = firstStart[id];
        if (negated[id] > 0) {
            for (int j = from - 1; j >= 0 && j >= from - 3 && !punct[j]; j--) {
                if (negatorAt[j]) {
                    from = j;
                    break;
                }
            }
        }
        for (int j = from; j < firstStart[id] + firstLength[id]; j++) {
            sb.append(j == from ? "" : " ").append(words[j]);
        }
        return sb.toString();
    }

    int exclaims() {
        return exclaims;
    }

    int questions() {
        return questions;
    }

    int wordCount() {
        return wordCount;
    }
}
