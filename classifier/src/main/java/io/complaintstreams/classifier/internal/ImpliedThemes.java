package io.complaintstreams.classifier.internal;

import io.complaintstreams.classifier.Themes;

import java.util.ArrayList;
import java.util.List;

/**
 * Implied-theme kinds (issue 12, sixth round): a theme a resident implies without naming it, read from two cues in one
 * sentence ("the firm you sent ... behaved towards me": a person acting for the landlord and how they behaved, so
 * staff conduct; "when I raised a complaint, the officer handling it...": complaint handling) or from one cue that is
 * the theme whatever is said about it (asbestos, a smoke alarm: safety). The cues are lexicons named
 * {@code implied:<theme>:<kind>:<cue>} in {@code lexicons.txt}; they are not features, so no output learns a weight for
 * them and the trained weights are those of the corpus alone. Immutable.
 */
final class ImpliedThemes {
    /** No cue for this slot (a kind of one cue). */
    static final int NONE = -1;

    private final String[] kind;
    private final int[] theme;
    private final int[] cueA;
    private final int[] cueB;
    /** Per lexicon id: whether it is an implied cue at all, and whether a negated hit still counts. */
    private final boolean[] isCue;
    private final boolean[] isCueA;
    private final boolean[] negatedCounts;

    private ImpliedThemes(List<String> kinds, List<Integer> themes, List<Integer> as, List<Integer> bs, boolean[] isCue,
                          boolean[] negatedCounts) {
        this.kind = kinds.toArray(new String[0]);
        this.theme = themes.stream().mapToInt(Integer::intValue).toArray();
        this.cueA = as.stream().mapToInt(Integer::intValue).toArray();
        this.cueB = bs.stream().mapToInt(Integer::intValue).toArray();
        this.isCue = isCue;
        this.negatedCounts = negatedCounts;
        this.isCueA = new boolean[isCue.length];
        for (int a : cueA) {
            isCueA[a] = true;
        }
    }

    /**
     * The kinds named in {@code lex}.
     *
     * @throws IllegalStateException on a cue name that is not {@code implied:<theme>:<kind>:a|a0|b}, a theme outside
     *                               the taxonomy, or a kind without cue 'a'
     */
    static ImpliedThemes of(Lexicons lex) {
        List<String> names = lex.names();
        List<String> kinds = new ArrayList<>();
        List<Integer> themes = new ArrayList<>();
        List<Integer> as = new ArrayList<>();
        List<Integer> bs = new ArrayList<>();
        boolean[] isCue = new boolean[names.size()];
        boolean[] negatedCounts = new boolean[names.size()];
        for (int id = 0; id < names.size(); id++) {
            String name = names.get(id);
            if (!name.startsWith("implied:")) {
                continue;
            }
            String[] p = name.split(":");
            if (p.length != 4 || !Themes.isTheme(p[1]) || !List.of("a", "a0", "b").contains(p[3])) {
                throw new IllegalStateException("lexicons.txt: implied cue '" + name
                        + "' is not implied:<theme>:<kind>:a|a0|b");
            }
            String k = p[1] + ":" + p[2];
            int at = kinds.indexOf(k);
            if (at < 0) {
                kinds.add(k);
                themes.add(Themes.ALL.indexOf(p[1]));
                as.add(NONE);
                bs.add(NONE);
                at = kinds.size() - 1;
            }
            (p[3].equals("b") ? bs : as).set(at, id);
            isCue[id] = true;
            negatedCounts[id] = p[3].equals("a0");
        }
        for (int k = 0; k < kinds.size(); k++) {
            if (as.get(k) == NONE) {
                throw new IllegalStateException("lexicons.txt: implied kind '" + kinds.get(k) + "' has no cue 'a'");
            }
        }
        return new ImpliedThemes(kinds, themes, as, bs, isCue, negatedCounts);
    }

    int kinds() {
        return kind.length;
    }

    /** The kind's name, {@code <theme>:<kind>}. */
    String kind(int k) {
        return kind[k];
    }

    /** The kind's theme, as an index into {@link Themes#ALL}. */
    int theme(int k) {
        return theme[k];
    }

    int cueA(int k) {
        return cueA[k];
    }

    int cueB(int k) {
        return cueB[k];
    }

    boolean isCue(int lexiconId) {
        return isCue[lexiconId];
    }

    /** Whether this lexicon is some kind's cue 'a' (or 'a0'). */
    boolean isCueA(int lexiconId) {
        return isCueA[lexiconId];
    }

    /** Whether a hit of this cue after a negator still counts. */
    boolean negatedCounts(int lexiconId) {
        return negatedCounts[lexiconId];
    }
}
