package io.complaintstreams.classifier.internal;

/** Short explanations of the rules that fired, naming the words that fired them. */
final class RuleReasons {
    private RuleReasons() {
    }

    static void describe(FeatureVector fv, LexiconHits hits, RuleLexicons ids, boolean sarcasm, boolean aimedElsewhere,
                         boolean routineRequest, boolean noGrievance) {
        if (hits.negated(ids.negative) > 0) {
            fv.addReason("negated negative: '" + hits.phrase(ids.negative) + "'");
        }
        if (hits.negated(ids.positive) > 0) {
            fv.addReason("negated positive: '" + hits.phrase(ids.positive) + "'");
        }
        if (hits.negated(ids.complaintWord) > 0) {
            fv.addReason("negated complaint word: '" + hits.phrase(ids.complaintWord) + "'");
        }
        if (sarcasm) {
            int id = hits.count(ids.ironyMarker) > 0 ? ids.ironyMarker
                    : hits.count(ids.sarcasmPhrase) > 0 ? ids.sarcasmPhrase : ids.praiseOpener;
            fv.addReason("sarcasm: praise '" + hits.phrase(id) + "' about a failing service");
        }
        mention(fv, hits, ids.persistence, "persistence");
        mention(fv, hits, ids.mildGrievance, "mild grievance");
        mention(fv, hits, ids.failure, "service failure");
        mention(fv, hits, ids.thirdParty, "third party writing");
        mention(fv, hits, ids.external, "aimed at another body");
        mention(fv, hits, ids.notAboutUs, "not about the landlord");
        mention(fv, hits, ids.blame, "blames the landlord");
        mention(fv, hits, ids.neighbour, "about a neighbour");
        if (aimedElsewhere) {
            fv.addReason("feeling aimed at someone other than the landlord (no blame of the landlord, no failed service)");
        }
        if (routineRequest) {
            fv.addReason("routine request: '" + hits.phrase(ids.adminRequest) + "'");
        }
        if (noGrievance) {
            fv.addReason("no grievance words (a report or enquiry)");
        }
    }

    private static void mention(FeatureVector fv, LexiconHits hits, int id, String label) {
        if (hits.count(id) - hits.negated(id) > 0) {
            fv.addReason(label + ": '" + hits.phrase(id) + "'");
        }
    }
}
