package io.complaintstreams.classifier;

import io.complaintstreams.classifier.corpus.TrainingCorpus;
import io.complaintstreams.classifier.internal.CorpusEmbeddings;
import io.complaintstreams.classifier.internal.EmbeddingDissatisfaction;
import io.complaintstreams.classifier.internal.EmbeddingThemes;
import io.complaintstreams.classifier.internal.FeatureExtractor;
import io.complaintstreams.classifier.internal.FeatureVector;
import io.complaintstreams.classifier.internal.LanguageGate;
import io.complaintstreams.classifier.internal.OtherLanguageLexicon;
import io.complaintstreams.classifier.internal.RuleEvidence;
import io.complaintstreams.classifier.internal.SentenceEmbedder;
import io.complaintstreams.classifier.internal.Lexicons;
import io.complaintstreams.classifier.internal.LinearModel;
import io.complaintstreams.classifier.internal.TokenizedText;
import io.complaintstreams.classifier.internal.Trainer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Dissatisfaction and theme classifier: lexicon rules plus logistic regression over words, word pairs and
 * rule features, trained deterministically from the corpus on the classpath, with a calibrated confidence and a
 * review flag. Records in other languages are detected and read only through evidence words. Immutable and
 * thread-safe.
 */
public final class Classifier {
    static final double THRESHOLD = 0.5;
    /** Log-odds above which a theme is tagged (chosen by cross-validation on the training half, not the held-out half). */
    static final double THEME_LOGIT_THRESHOLD = -1.0;
    private static final int TOP_WORDS = 3;
    /** Confidence given to a record read through another language's evidence words: a person must read it. */
    static final double OTHER_LANGUAGE_CONFIDENCE = 0.5;
    /**
     * A sentence's theme log-odds, less this margin, count when higher than the whole text's: real letters mix several
     * issues, and one sentence about the boiler in a long letter about damp still makes a heating theme. Chosen on the
     * real-style calibration split (never the held-out split).
     */
    static final double SENTENCE_MARGIN = 2.5;

    /** Calibrated confidence below which a person should look at the record. */
    static final double LOW_CONFIDENCE = 0.6;
    /** A theme's evidence must add at least this much log-odds (a word or rule, not the source or the bias). */
    private static final double THEME_EVIDENCE = 0.05;

    private final FeatureExtractor extractor;
    private final LinearModel model;
    private final double themeThreshold;
    private final Calibration calibration;
    private final OtherLanguageLexicon otherLanguages;
    private final ThemeEvidence themeEvidence;
    private final DissatisfactionEvidence dissatisfactionEvidence;

    Classifier(FeatureExtractor extractor, LinearModel model, double themeThreshold, Calibration calibration,
               OtherLanguageLexicon otherLanguages) {
        this(extractor, model, themeThreshold, calibration, otherLanguages, null, null);
    }

    private Classifier(FeatureExtractor extractor, LinearModel model, double themeThreshold, Calibration calibration,
                       OtherLanguageLexicon otherLanguages, ThemeEvidence themeEvidence,
                       DissatisfactionEvidence dissatisfactionEvidence) {
        this.extractor = extractor;
        this.model = model;
        this.themeThreshold = themeThreshold;
        this.calibration = calibration;
        this.otherLanguages = otherLanguages;
        this.themeEvidence = themeEvidence;
        this.dissatisfactionEvidence = dissatisfactionEvidence;
    }

    /**
     * This model with {@code evidence} consulted for the themes of English text (null: none); the dissatisfied
     * output, its confidence and the review flag stay this model's.
     */
    public Classifier withThemeEvidence(ThemeEvidence evidence) {
        return new Classifier(extractor, model, themeThreshold, calibration, otherLanguages, evidence,
                dissatisfactionEvidence);
    }

    /**
     * This model with {@code evidence} consulted for the dissatisfied output of English text (null: none); the action,
     * confidence and review flag follow the weighed answer.
     */
    public Classifier withDissatisfactionEvidence(DissatisfactionEvidence evidence) {
        return new Classifier(extractor, model, themeThreshold, calibration, otherLanguages, themeEvidence, evidence);
    }

    private static final class DefaultHolder {
        static final Classifier INSTANCE = train(TrainingCorpus.load(), TrainingCorpus.calibration());
    }

    /** The model trained from the project's corpus and calibrated on its calibration split; built once, on first use. */
    public static Classifier defaultModel() {
        return DefaultHolder.INSTANCE;
    }

    private static final class EmbeddingHolder {
        static final Classifier INSTANCE = defaultModel().withNewEmbeddingThemes();
    }

    /**
     * {@link #defaultModel()} with sentence-embedding theme evidence ({@link EmbeddingThemes}: all-MiniLM-L6-v2 on ONNX
     * Runtime, a head trained on the corpus's stored embeddings); dissatisfaction, confidence and review are the default
     * model's. Built once, on first use (the head trains in about a second; the ONNX model loads on the first text).
     */
    public static Classifier defaultModelWithEmbeddings() {
        return EmbeddingHolder.INSTANCE;
    }

    /**
     * This model with the sentence-embedding theme evidence trained on the project's corpus; for the default model,
     * the one {@link #defaultModelWithEmbeddings()} instance (its head trained once, its embedding cache shared).
     */
    public Classifier withEmbeddingThemes() {
        return this == defaultModel() ? defaultModelWithEmbeddings() : withNewEmbeddingThemes();
    }

    /**
     * This model with newly trained sentence-embedding evidence, its embedding cache empty: for the themes
     * ({@link EmbeddingThemes}) and, where the linear model is unsure, for the dissatisfied output
     * ({@link EmbeddingDissatisfaction}); the two share one embedder.
     */
    Classifier withNewEmbeddingThemes() {
        List<LabelledRecord> corpus = TrainingCorpus.load();
        CorpusEmbeddings stored = CorpusEmbeddings.fromResource();
        EmbeddingThemes themes = EmbeddingThemes.train(corpus, stored, themeThreshold);
        return withThemeEvidence(themes)
                .withDissatisfactionEvidence(EmbeddingDissatisfaction.train(corpus, stored, themes.embedder()));
    }

    /**
     * This model with newly trained sentence-embedding evidence for the dissatisfied output only (gated to texts the
     * linear model is unsure of), its embedding cache empty; themes stay the linear model's. For measuring what the
     * gate saves ({@link ClassifierThroughput}).
     */
    Classifier withNewEmbeddingDissatisfactionOnly() {
        return withDissatisfactionEvidence(EmbeddingDissatisfaction.train(TrainingCorpus.load(),
                CorpusEmbeddings.fromResource(), new SentenceEmbedder()));
    }

    /** Trains a new model on {@code corpus} with the default settings (deterministic); confidence is not calibrated. */
    public static Classifier train(List<LabelledRecord> corpus) {
        return train(corpus, List.of());
    }

    /**
     * Trains on {@code corpus}, then fits the confidence (Platt scaling) on {@code calibrationSplit}, which must not
     * overlap the corpus; an empty split leaves the model's own probability.
     */
    public static Classifier train(List<LabelledRecord> corpus, List<LabelledRecord> calibrationSplit) {
        return train(corpus, calibrationSplit, Trainer.Config.defaults(), THEME_LOGIT_THRESHOLD);
    }

    static Classifier train(List<LabelledRecord> corpus, List<LabelledRecord> calibrationSplit, Trainer.Config config,
                            double themeThreshold) {
        FeatureExtractor extractor = new FeatureExtractor(Lexicons.fromResource());
        Classifier raw = new Classifier(extractor, new Trainer(extractor, config).train(corpus), themeThreshold,
                Calibration.IDENTITY, OtherLanguageLexicon.fromResource());
        if (calibrationSplit.isEmpty()) {
            return raw;
        }
        Calibration fitted = Calibration.fit(calibrationSplit, r -> raw.scores(r.source(), r.text())[0]);
        return new Classifier(extractor, raw.model, themeThreshold, fitted, raw.otherLanguages);
    }

    /**
     * Classifies one record. Text in another language (see {@link LanguageGate}) is read only through the evidence
     * words of {@code other_languages.txt} and always marked for review; English text goes through the rules and the
     * linear model, with themes also scored sentence by sentence.
     */
    public Classification classify(Source source, String text) {
        Objects.requireNonNull(source, "source");
        String t = text == null ? "" : text;
        Optional<com.github.pemistahl.lingua.api.Language> other = LanguageGate.otherLanguage(t);
        if (other.isPresent()) {
            return classifyOtherLanguage(source, t, other.get());
        }
        ThemePass pass = themePass(source, t);
        FeatureVector fv = pass.fv();
        int[] idx = pass.idx();
        double[] z = pass.z();
        String[] fromSentence = pass.fromSentence();
        boolean[] vouched = pass.vouched();
        String evidenceReason = pass.evidenceReason();
        double p = calibration.probability(z[0]);
        String weighed = null;
        if (dissatisfactionEvidence != null) {
            double linear = calibration.logOdds(z[0]);
            double both = ruledDirection(fv.evidence(), linear, dissatisfactionEvidence.logOdds(source, t, linear));
            if (both != linear) {
                double before = p;
                p = 1.0 / (1.0 + Math.exp(-both));
                weighed = "dissatisfaction weighed with sentence embeddings: P " + format2(p) + ", linear model alone "
                        + format2(before);
            }
        }
        boolean dissatisfied = p >= THRESHOLD;
        double confidence = dissatisfied ? p : 1 - p;
        List<String> themes = new ArrayList<>(2);
        List<String> reasons = new ArrayList<>(fv.ruleReasons().size() + 4);
        reasons.addAll(fv.ruleReasons());
        if (weighed != null) {
            reasons.add(weighed);
        }
        reasons.add((dissatisfied ? "dissatisfied" : "not dissatisfied") + ", weighed most: "
                + topFeatures(fv, idx, 0, dissatisfied ? 1 : -1, TOP_WORDS));
        for (int k = 1; k < z.length; k++) {
            boolean implied = fv.implies(k - 1);
            if (z[k] >= themeThreshold && (implied || fromSentence[k] != null || vouched[k] || hasEvidence(fv, idx, k))) {
                String theme = Themes.ALL.get(k - 1);
                themes.add(theme);
                reasons.add("theme " + theme + ": " + (implied ? "implied (" + fv.impliedBy(k - 1) + ")"
                        : fromSentence[k] != null
                        ? "sentence '" + Sentences.abbreviate(fromSentence[k]) + "'"
                        : vouched[k] ? "vouched for by the theme evidence" : topFeatures(fv, idx, k, 1, 1)));
            }
        }
        if (evidenceReason != null) {
            reasons.add(evidenceReason);
        }
        themes.sort(null);
        String review = reviewReason(confidence, dissatisfied, fv.evidence());
        return new Classification(dissatisfied, confidence, themes, Action.of(source, dissatisfied), reasons,
                review != null, review);
    }

    /**
     * Raw log-odds before calibration, for experiments that combine this model with others: [0] dissatisfied,
     * [1..12] themes in {@link Themes#ALL} order (with the per-sentence rule); a theme is tagged at -1.0 or above.
     */
    public double[] scores(Source source, String text) {
        return themePass(source, text == null ? "" : text).z();
    }

    /** The linear model's log-odds for one English text and the theme rules applied to them, with what each rule found. */
    private record ThemePass(FeatureVector fv, int[] idx, double[] z, String[] fromSentence, boolean[] vouched,
                             String evidenceReason) {}

    private ThemePass themePass(Source source, String t) {
        TokenizedText tokens = extractor.tokenize(t);
        FeatureVector fv = extractor.extract(source, tokens, false);
        int[] idx = model.indices(fv);
        double[] z = model.logits(fv, idx);
        String[] fromSentence = new String[z.length];
        raiseThemesBySentence(source, t, tokens, z, fromSentence);
        boolean[] vouched = new boolean[z.length];
        String evidenceReason = addThemeEvidence(source, t, z, vouched);
        raiseImpliedThemes(fv, z);
        return new ThemePass(fv, idx, z, fromSentence, vouched, evidenceReason);
    }

    /**
     * Each theme's log-odds as {@link #classify} weighs them for English text (after the sentence rule and the theme
     * evidence), or negative infinity where nothing in the text speaks for the theme: a theme is tagged when this is at
     * or above its threshold. For choosing thresholds on out-of-fold predictions; [0] is unused.
     */
    double[] themeLogOdds(Source source, String text) {
        ThemePass pass = themePass(source, text == null ? "" : text);
        FeatureVector fv = pass.fv();
        int[] idx = pass.idx();
        double[] z = pass.z();
        String[] fromSentence = pass.fromSentence();
        boolean[] vouched = pass.vouched();
        z[0] = Double.NaN;
        for (int k = 1; k < z.length; k++) {
            if (!(fv.implies(k - 1) || fromSentence[k] != null || vouched[k] || hasEvidence(fv, idx, k))) {
                z[k] = Double.NEGATIVE_INFINITY;
            }
        }
        return z;
    }

    /**
     * Raises to the theme threshold the log-odds of each theme an implied-theme kind found in the text (a person acting
     * for the landlord and how they behaved, a complaint and how it was handled, a named hazard, a report and no
     * answer): the resident implies the theme without the words the model weighs.
     */
    private void raiseImpliedThemes(FeatureVector fv, double[] z) {
        for (int k = 1; k < z.length; k++) {
            if (fv.implies(k - 1) && z[k] < themeThreshold) {
                z[k] = themeThreshold;
            }
        }
    }

    private String addThemeEvidence(Source source, String text, double[] z, boolean[] vouched) {
        if (themeEvidence == null) {
            return null;
        }
        double dissatisfied = z[0];
        String reason = themeEvidence.adjust(source, text, z, vouched);
        z[0] = dissatisfied;
        return reason;
    }

    /**
     * The weighed log-odds {@code both}, kept on the side of {@code linear} the rules point to: where the irony rule
     * fired or the text understates ("could be a lot better", "any news?"), the embeddings may raise the log-odds but
     * not lower them; where the feeling is aimed at a neighbour or another body, they may lower them but not raise
     * them. The rules were written for exactly those kinds; the embeddings of "thanks a bunch for..." or "DWP stopped my
     * claim" read the words, not how or at whom they are aimed.
     */
    static double ruledDirection(RuleEvidence e, double linear, double both) {
        if (e.irony() || e.understated()) {
            return Math.max(linear, both);
        }
        if (e.aimedElsewhere()) {
            return Math.min(linear, both);
        }
        return both;
    }

    /**
     * Raises each theme's log-odds to its best sentence's, less {@link #SENTENCE_MARGIN}, noting that sentence. A
     * sentence's features are read from the text's tokens ({@link TokenizedText#range}), not from the text again.
     */
    private void raiseThemesBySentence(Source source, String text, TokenizedText tokens, double[] z,
                                       String[] fromSentence) {
        int[] spans = Sentences.spans(text);
        if (spans.length < 4) {
            return;
        }
        for (int s = 0; s < spans.length; s += 2) {
            FeatureVector sfv = extractor.features(source, tokens.range(spans[s], spans[s + 1]));
            int[] sidx = model.indices(sfv);
            double[] zs = model.logits(sfv, sidx);
            for (int k = 1; k < z.length; k++) {
                if (zs[k] - SENTENCE_MARGIN > z[k] && hasEvidence(sfv, sidx, k)) {
                    z[k] = zs[k] - SENTENCE_MARGIN;
                    fromSentence[k] = text.substring(spans[s], spans[s + 1]);
                }
            }
        }
    }

    /** Whether some word or rule of the text (not its source alone) speaks for theme output {@code k}. */
    private boolean hasEvidence(FeatureVector fv, int[] idx, int k) {
        for (int i = 0; i < idx.length; i++) {
            if (idx[i] >= 0 && model.weight(idx[i], k) * fv.value(i) > THEME_EVIDENCE && !model.isSourceOnly(idx[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Why a person should look, or null: low calibrated confidence, or the rules and the answer disagree (irony the
     * model did not follow, dissatisfaction though the feeling is aimed elsewhere, blame of the landlord or a routine
     * request read the other way).
     */
    private static String reviewReason(double confidence, boolean dissatisfied, RuleEvidence e) {
        List<String> why = new ArrayList<>(2);
        if (confidence < LOW_CONFIDENCE) {
            why.add("low confidence: " + format2(confidence));
        }
        List<String> conflict = new ArrayList<>(2);
        if (e.irony() && !dissatisfied) {
            conflict.add("irony rule fired but read as not dissatisfied");
        }
        if (e.aimedElsewhere() && dissatisfied) {
            conflict.add("feeling aimed at someone other than the landlord but read as dissatisfied");
        }
        if (e.landlordBlamed() && e.troubleWords() && !dissatisfied) {
            conflict.add("blames the landlord but read as not dissatisfied");
        }
        if (e.routineRequest() && dissatisfied) {
            conflict.add("routine request but read as dissatisfied");
        }
        if (!conflict.isEmpty()) {
            why.add("conflicting evidence: " + String.join(", ", conflict));
        }
        return why.isEmpty() ? null : String.join("; ", why);
    }

    private Classification classifyOtherLanguage(Source source, String text, com.github.pemistahl.lingua.api.Language language) {
        OtherLanguageLexicon.Evidence ev = otherLanguages.evidence(LanguageGate.code(language), text, Themes.ALL);
        String name = LanguageGate.name(language);
        boolean dissatisfied = ev.dissatisfiedWord() != null;
        List<String> reasons = new ArrayList<>();
        reasons.add("written in " + name + ": read only through its evidence words");
        if (dissatisfied) {
            reasons.add("dissatisfied: " + name + " word '" + ev.dissatisfiedWord() + "'");
        }
        ev.themes().forEach((theme, word) -> reasons.add("theme " + theme + ": " + name + " word '" + word + "'"));
        List<String> themes = new ArrayList<>(ev.themes().keySet());
        themes.sort(null);
        return new Classification(dissatisfied, OTHER_LANGUAGE_CONFIDENCE, themes, Action.of(source, dissatisfied),
                reasons, true, "other language: " + name);
    }

    private String topFeatures(FeatureVector fv, int[] idx, int output, int sign, int howMany) {
        StringBuilder sb = new StringBuilder();
        double[] contribution = new double[idx.length];  // each feature's, once, for every pick below
        boolean[] used = new boolean[idx.length];
        for (int i = 0; i < idx.length; i++) {
            if (idx[i] >= 0) {
                contribution[i] = sign * model.weight(idx[i], output) * fv.value(i);
            } else {
                used[i] = true;
            }
        }
        for (int n = 0; n < howMany; n++) {
            int best = -1;
            double bestValue = 0.05;
            for (int i = 0; i < idx.length; i++) {
                if (!used[i] && contribution[i] > bestValue) {
                    best = i;
                    bestValue = contribution[i];
                }
            }
            if (best < 0) {
                break;
            }
            used[best] = true;
            for (int i = 0; i < idx.length; i++) {
                used[i] |= idx[i] == idx[best];
            }
            sb.append(n == 0 ? "" : ", ").append('\'').append(model.featureName(idx[best])).append("' ");
            appendSigned2(sb, sign * bestValue);
        }
        return sb.length() == 0 ? "(no strong feature)" : sb.toString();
    }

    /**
     * Appends {@code v} exactly as {@code String.format(Locale.ROOT, "%+.2f", v)} would, without the cost of a
     * Formatter: directly for the usual case, through the Formatter when {@code v} sits (within 1e-6 of a cent)
     * on a rounding tie or is out of the plain range.
     */
    static void appendSigned2(StringBuilder sb, double v) {
        double a = Math.abs(v);
        double cents = a * 100.0;
        double frac = cents - Math.floor(cents);
        if (!(a < 1e6) || Math.abs(frac - 0.5) < 1e-6 || v == 0.0) {
            sb.append(String.format(java.util.Locale.ROOT, "%+.2f", v));
            return;
        }
        long c = (long) Math.floor(cents + 0.5);
        sb.append(v < 0 ? '-' : '+');
        long units = c / 100;
        if (units < 10) {
            sb.append((char) ('0' + units)).append('.');
        } else {
            sb.append(units).append('.');
        }
        long r = c % 100;
        sb.append((char) ('0' + r / 10)).append((char) ('0' + r % 10));
    }

    /**
     * {@code v} exactly as {@code String.format(Locale.ROOT, "%.2f", v)} would (that is "%+.2f" without its '+'),
     * through {@link #appendSigned2}: the review reason of every low-confidence record is formatted.
     */
    static String format2(double v) {
        StringBuilder sb = new StringBuilder(8);
        appendSigned2(sb, v);
        return sb.charAt(0) == '+' ? sb.substring(1) : sb.toString();
    }

    LinearModel model() {
        return model;
    }

    double themeThreshold() {
        return themeThreshold;
    }

    Calibration calibration() {
        return calibration;
    }

    /** The dissatisfaction evidence this model consults, or null. */
    public DissatisfactionEvidence dissatisfactionEvidence() {
        return dissatisfactionEvidence;
    }

    /** The theme evidence this model consults, or null. */
    public ThemeEvidence themeEvidence() {
        return themeEvidence;
    }

    /** Whether this and {@code other} have identical features and weights. */
    public boolean sameWeightsAs(Classifier other) {
        return model.sameWeightsAs(other.model);
    }

    /** A fingerprint of the trained weights: the same corpus always gives the same number. */
    public long fingerprint() {
        return model.fingerprint();
    }

    /** Number of features in the trained dictionary. */
    public int featureCount() {
        return model.features();
    }
}
