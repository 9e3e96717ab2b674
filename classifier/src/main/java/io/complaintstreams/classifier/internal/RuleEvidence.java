package io.complaintstreams.classifier.internal;

/**
 * What the lexicon rules found in one text, beside the model's weights: used to flag records where the rules and
 * the model disagree (conflicting evidence).
 *
 * @param irony            a sarcasm or irony rule fired ("only took eight months", "great service 🙄")
 * @param aimedElsewhere   the feeling is about a neighbour or another body, with no blame of the landlord
 * @param routineRequest   a request for a document, detail or form, with no negative or failure words
 * @param landlordBlamed   the text blames the landlord ("your contractor", "you promised") or uses a complaint word
 * @param troubleWords     unnegated negative or failure words, or a negated positive ("not happy")
 * @param understated      an understatement or mild grievance ("could be better", "not entirely happy", "any news")
 */
public record RuleEvidence(boolean irony, boolean aimedElsewhere, boolean routineRequest, boolean landlordBlamed,
                           boolean troubleWords, boolean understated) {
    static final RuleEvidence NONE = new RuleEvidence(false, false, false, false, false, false);
}
