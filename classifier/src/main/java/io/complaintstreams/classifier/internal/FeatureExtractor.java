package io.complaintstreams.classifier.internal;

import io.complaintstreams.classifier.Source;
import io.complaintstreams.classifier.Themes;

/**
 * Turns (source, text) into features: words, negated words, word pairs, lexicon rule features (also
 * crossed with the source), and per-theme lexicon hits. Stateless and thread-safe after construction.
 */
public final class FeatureExtractor {
    private static final long UNI = Hashing.of("uni"), NEG = Hashing.of("neg"), BI = Hashing.of("bi");
    private static final int NEGATION_WINDOW = 3;

    private final Lexicons lex;
    private final RuleLexicons ids;
    private final long[] ruleKey;
    private final long[] rule2Key;
    private final long[] negatedKey;
    private final String[] lexNames;
    private final long sarcasmKey = Hashing.of("rule:sarcasm");
    private final long shoutKey = Hashing.of("rule:shouting");
    private final long exclaimKey = Hashing.of("rule:exclaim");
    private final long questionKey = Hashing.of("rule:question");
    private final long shortKey = Hashing.of("rule:short");
    private final long elsewhereKey = Hashing.of("rule:aimed_elsewhere");
    private final long routineKey = Hashing.of("rule:routine_request");
    private final long noGrievanceKey = Hashing.of("rule:no_grievance");
    /** Keys of the features that only the dissatisfied output weighs (no theme learns from them). */
    private final long[] dissatisfactionOnlyKeys;
    /** {@code Hashing.of("src:" + wire)} for each source, by ordinal. */
    private final long[] sourceKey;

    public FeatureExtractor(Lexicons lex) {
        this.lex = lex;
        this.ids = new RuleLexicons(lex);
        this.lexNames = lex.names().toArray(new String[0]);
        int n = lexNames.length;
        ruleKey = new long[n];
        rule2Key = new long[n];
        negatedKey = new long[n];
        for (int i = 0; i < n; i++) {
            ruleKey[i] = Hashing.of("rule:" + lexNames[i]);
            rule2Key[i] = Hashing.of("rule2:" + lexNames[i]);
            negatedKey[i] = Hashing.of("rule:negated_" + lexNames[i]);
        }
        Source[] sources = Source.values();
        sourceKey = new long[sources.length];
        for (Source s : sources) {
            sourceKey[s.ordinal()] = Hashing.of("src:" + s.wire());
        }
        long mild = ruleKey[ids.mildGrievance];
        long mild2 = rule2Key[ids.mildGrievance];
        dissatisfactionOnlyKeys = new long[3 * (1 + sources.length)];
        dissatisfactionOnlyKeys[0] = noGrievanceKey;
        dissatisfactionOnlyKeys[1] = mild;
        dissatisfactionOnlyKeys[2] = mild2;
        for (Source s : sources) {
            int at = 3 * (1 + s.ordinal());
            dissatisfactionOnlyKeys[at] = Hashing.combine(sourceKey[s.ordinal()], noGrievanceKey);
            dissatisfactionOnlyKeys[at + 1] = Hashing.combine(sourceKey[s.ordinal()], mild);
            dissatisfactionOnlyKeys[at + 2] = Hashing.combine(sourceKey[s.ordinal()], mild2);
        }
    }

    /**
     * Whether only the dissatisfied output may weigh this feature: "no grievance words" says nothing about what a
     * text is about, so the theme outputs never learn a weight for it (their weights stay 0).
     */
    public boolean dissatisfactionOnly(long key) {
        for (long k : dissatisfactionOnlyKeys) {
            if (k == key) {
                return true;
            }
        }
        return false;
    }

    public FeatureVector extract(Source source, String text, boolean withNames) {
        return extract(source, tokenize(text == null ? "" : text), withNames);
    }

    /** {@code text}'s tokens with their n-grams' lexicon phrase slots, for its features and its sentences'. */
    public TokenizedText tokenize(String text) {
        return TokenizedText.of(text).withPhraseSlots(lex);
    }

    /** The features of a tokenised text, with the rules' reasons, evidence and implied themes. */
    public FeatureVector extract(Source source, TokenizedText tokens, boolean withNames) {
        return extract(source, tokens, withNames, true);
    }

    /**
     * The features of a tokenised text (a sentence) and nothing else: the same keys and values as {@link
     * #extract(Source, TokenizedText, boolean)}, without the rules' reasons, evidence and implied themes.
     */
    public FeatureVector features(Source source, TokenizedText tokens) {
        return extract(source, tokens, false, false);
    }

    private FeatureVector extract(Source source, TokenizedText tokens, boolean withNames, boolean describe) {
        String[] w = tokens.words();
        long[] h = tokens.hashes();
        boolean[] punct = tokens.punct();
        LexiconHits hits = LexiconHits.match(lex, ids, tokens);
        FeatureVector fv = new FeatureVector(withNames, 2 * w.length + 32);
        long srcKey = sourceKey[source.ordinal()];
        fv.add(srcKey, 1f, withNames ? "src:" + source.wire() : null);
        addWords(fv, w, h, punct, hits, withNames);
        addRules(fv, source, srcKey, tokens, hits, withNames, describe);
        return fv;
    }

    /**
     * Texts with more words than this have their word and pair features scaled by sqrt(this / words), so that a long
     * letter's many weak words do not drown its lexicon rules (chosen on the real-style calibration split).
     */
    static final int WORD_SCALE_LENGTH = 15;

    private void addWords(FeatureVector fv, String[] w, long[] h, boolean[] punct, LexiconHits hits, boolean names) {
        float v = hits.wordCount() > WORD_SCALE_LENGTH
                ? (float) Math.sqrt((double) WORD_SCALE_LENGTH / hits.wordCount()) : 1f;
        for (int i = 0; i < w.length; i++) {
            if (punct[i] && !w[i].equals("!") && !w[i].equals("?")) {
                continue;
            }
            fv.add(Hashing.combine(UNI, h[i]), v, names ? w[i] : null);
            if (hits.negatedAt(i, NEGATION_WINDOW)) {
                fv.add(Hashing.combine(NEG, h[i]), v, names ? "not~" + w[i] : null);
            }
            if (i + 1 < w.length && !punct[i] && !punct[i + 1]) {
                fv.add(Hashing.combine(Hashing.combine(BI, h[i]), h[i + 1]), v, names ? w[i] + " " + w[i + 1] : null);
            }
        }
    }

    private void addRules(FeatureVector fv, Source source, long srcKey, TokenizedText tokens, LexiconHits hits,
                          boolean names, boolean describe) {
        boolean sarcasm = hits.sarcasm(ids);
        boolean notPraise = sarcasm || hits.count(ids.understatement) > 0;
        for (int id = 0; id < lexNames.length; id++) {
            if (id == ids.negator || ids.implied.isCue(id)
                    || (notPraise && (id == ids.positive || id == ids.praiseOpener))) {
                continue;
            }
            int plain = hits.count(id) - hits.negated(id);
            if (plain > 0) {
                rule(fv, source, srcKey, ruleKey[id], "rule:" + lexNames[id], names);
                if (plain > 1) {
                    rule(fv, source, srcKey, rule2Key[id], "rule2:" + lexNames[id], names);
                }
            }
            if (hits.negated(id) > 0 && ids.isPolarity(id)) {
                rule(fv, source, srcKey, negatedKey[id], "rule:negated_" + lexNames[id], names);
            }
        }
        if (sarcasm) {
            rule(fv, source, srcKey, sarcasmKey, "rule:sarcasm", names);
        }
        if (tokens.shoutedWords() > 0) {
            rule(fv, source, srcKey, shoutKey, "rule:shouting", names);
        }
        if (hits.exclaims() > 0) {
            rule(fv, source, srcKey, exclaimKey, "rule:exclaim", names);
        }
        if (hits.questions() > 0) {
            rule(fv, source, srcKey, questionKey, "rule:question", names);
        }
        if (hits.wordCount() <= 3) {
            rule(fv, source, srcKey, shortKey, "rule:short", names);
        }
        boolean elsewhere = aimedElsewhere(hits, ids);
        boolean routine = routineRequest(hits, ids, sarcasm);
        if (elsewhere) {
            rule(fv, source, srcKey, elsewhereKey, "rule:aimed_elsewhere", names);
        }
        if (routine) {
            rule(fv, source, srcKey, routineKey, "rule:routine_request", names);
        }
        boolean noGrievance = noGrievance(hits, ids, sarcasm, tokens);
        if (noGrievance) {
            rule(fv, source, srcKey, noGrievanceKey, "rule:no_grievance", names);
        }
        if (!describe) {
            return;
        }
        RuleReasons.describe(fv, hits, ids, sarcasm, elsewhere, routine, noGrievance);
        long kinds = hits.impliedKinds();
        for (int k = 0; kinds != 0 && k < ids.implied.kinds(); k++) {
            if ((kinds & (1L << k)) != 0) {
                fv.imply(ids.implied.theme(k), ids.implied.kind(k) + ": " + hits.impliedBy(k));
            }
        }
        fv.setEvidence(new RuleEvidence(sarcasm, elsewhere, routine,
                hits.plain(ids.blame) > 0 || hits.plain(ids.complaintWord) > 0,
                hits.plain(ids.negative) > 0 || hits.negated(ids.positive) > 0 || hits.plain(ids.failure) > 0,
                hits.plain(ids.understatement) > 0 || hits.plain(ids.mildGrievance) > 0));
    }

    /**
     * The feeling is aimed at a neighbour or another body (DWP, the council, an energy supplier) or the writer says
     * it is not about the landlord, and nothing blames the landlord or says its service failed (Code 1.2: the
     * dissatisfaction must be with the landlord, its staff or those acting for it).
     */
    static boolean aimedElsewhere(LexiconHits hits, RuleLexicons ids) {
        boolean elsewhere = hits.plain(ids.external) > 0 || hits.plain(ids.notAboutUs) > 0 || hits.plain(ids.neighbour) > 0;
        return elsewhere && hits.plain(ids.blame) == 0 && hits.plain(ids.failure) == 0 && hits.plain(ids.complaintWord) == 0;
    }

    /** A request for a document, a detail or a form, with no negative, failure or persistence words. */
    static boolean routineRequest(LexiconHits hits, RuleLexicons ids, boolean sarcasm) {
        return hits.plain(ids.adminRequest) > 0 && hits.plain(ids.negative) == 0 && hits.count(ids.failure) == 0
                && hits.count(ids.persistence) == 0 && !sarcasm;
    }

    /**
     * A report or enquiry with no sign of a grievance: no negative or failure word, no negated praise, nothing that
     * persists, no blame of the landlord, no complaint word, no demand, no irony and no shouting. A first report of a
     * fault ("The bedroom window won't shut") or a neutral question ("What does the service charge pay for?") is a
     * service request or an enquiry, not dissatisfaction (Code 1.2: "an expression of dissatisfaction").
     */
    static boolean noGrievance(LexiconHits hits, RuleLexicons ids, boolean sarcasm, TokenizedText tokens) {
        return hits.wordCount() > 3 && !sarcasm && tokens.shoutedWords() == 0
                && hits.plain(ids.negative) == 0 && hits.negated(ids.positive) == 0 && hits.count(ids.failure) == 0
                && hits.count(ids.persistence) == 0 && hits.plain(ids.blame) == 0 && hits.plain(ids.complaintWord) == 0
                && hits.count(ids.demand) == 0 && hits.plain(ids.mildGrievance) == 0;
    }

    private static void rule(FeatureVector fv, Source source, long srcKey, long key, String name, boolean names) {
        fv.add(key, 1f, name);
        fv.add(Hashing.combine(srcKey, key), 1f, names ? source.wire() + "|" + name : null);
    }

    /** Lexicon names of the theme lexicons, in {@link Themes#ALL} order (for tests and docs). */
    public static String themeLexicon(String theme) {
        return "theme_" + theme;
    }
}
