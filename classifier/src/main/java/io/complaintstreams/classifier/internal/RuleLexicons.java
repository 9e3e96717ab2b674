package io.complaintstreams.classifier.internal;

/** Ids of the lexicons the rules name explicitly; each must exist in {@code lexicons.txt}. */
final class RuleLexicons {
    final int negative, positive, complaintWord, negator, persistence, failure, sarcasmPhrase, thirdParty,
            admin, external, praiseOpener, notAboutUs, demand, blame, problem, resolution, neighbour, ironyMarker,
            adminRequest, understatement, closureReason, mildGrievance;
    /** The implied-theme kinds and their cue lexicons (not features). */
    final ImpliedThemes implied;

    RuleLexicons(Lexicons lex) {
        negative = require(lex, "negative");
        positive = require(lex, "positive");
        complaintWord = require(lex, "complaint_word");
        negator = require(lex, "negator");
        persistence = require(lex, "persistence");
        failure = require(lex, "failure");
        sarcasmPhrase = require(lex, "sarcasm_phrase");
        thirdParty = require(lex, "third_party");
        admin = require(lex, "admin");
        praiseOpener = require(lex, "praise_opener");
        external = require(lex, "external");
        notAboutUs = require(lex, "not_about_us");
        demand = require(lex, "demand");
        blame = require(lex, "blame");
        problem = require(lex, "problem");
        resolution = require(lex, "resolution");
        neighbour = require(lex, "neighbour");
        ironyMarker = require(lex, "irony_marker");
        adminRequest = require(lex, "admin_request");
        understatement = require(lex, "understatement");
        closureReason = require(lex, "closure_reason");
        mildGrievance = require(lex, "mild_grievance");
        implied = ImpliedThemes.of(lex);
    }

    /** Lexicons whose meaning flips after "not", "no", "never"... ("not your fault" blames nobody). */
    boolean isPolarity(int id) {
        return id == negative || id == positive || id == complaintWord || id == blame;
    }

    private static int require(Lexicons lex, String name) {
        int id = lex.id(name);
        if (id < 0) {
            throw new IllegalStateException("lexicons.txt lacks " + name);
        }
        return id;
    }
}
