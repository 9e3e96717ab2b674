package io.complaintstreams.generator.internal;

/** Survey comments by score band. */
public final class SurveyTexts {
    private static final String[] GOOD = {"Operative was polite and tidy, fixed first time.", "Very happy with the service.",
        "My housing officer {name} always listens and gets things done.", "Quick and easy, thank you.", "No complaints, all good."};
    private static final String[] MIXED = {"Fine in the end but took a while to get an appointment.", "OK.", "N/A",
        "Repair done but had to chase once.", "Average, nothing special."};
    private static final String[] BAD = {"You never keep me updated. I have to chase everything.",
        "Took {weeks} weeks and three visits to fix a simple leak.", "Nobody listens. Still waiting for the damp to be sorted.",
        "Contractor didn't turn up twice. Poor.", "The complaint process was a waste of time, nothing changed.",
        "Rude staff and no follow-up."};

    private SurveyTexts() {
    }

    public static String comment(int score, Rng rng) {
        String[] pool = score >= 4 ? GOOD : score == 3 ? MIXED : BAD;
        return Slots.fill(rng.pick(pool), rng);
    }
}
