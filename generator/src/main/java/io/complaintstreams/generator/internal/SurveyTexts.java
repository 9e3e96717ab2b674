package io.complaintstreams.generator.internal;

/** Survey comments by score band. */
public final class SurveyTexts {
    private static final String[] GOOD = {"Operative was polite and tidy, fixed first time.", "Very happy with the service.",
        "My housing officer {name} always listens and gets things done.", "Quick and easy, thank you.", "No complaints, all good.",
        "Really grateful to have been given this flat, it's changed my life. The lettings team kept me informed the whole way.",
        "Couldn't ask for better to be honest.", "The new heating is brilliant, first winter in years we haven't been cold."};
    private static final String[] MIXED = {"Fine in the end but took a while to get an appointment.", "OK.", "N/A",
        "Repair done but had to chase once.", "Average, nothing special.",
        "The carpenter was lovely and did a proper job, but getting through on the phone to book it took three goes.",
        "Fine if nothing goes wrong."};
    private static final String[] BAD = {"You never keep me updated. I have to chase everything.",
        "Took {weeks} weeks and three visits to fix a simple leak.", "Nobody listens. Still waiting for the damp to be sorted.",
        "Contractor didn't turn up twice. Poor.", "The complaint process was a waste of time, nothing changed.",
        "Rude staff and no follow-up.",
        "great service 🙄", "They fixed one thing and broke another.",
        "Let me say I am grateful for the new kitchen, but the fitters left the old units in my front garden for three weeks and nobody would come and collect them. Every time I rang I was told someone would call back.",
        "Marvellous. Three months for a tap washer.", "Used to be good. Not any more."};

    private SurveyTexts() {
    }

    public static String comment(int score, Rng rng) {
        String[] pool = score >= 4 ? GOOD : score == 3 ? MIXED : BAD;
        return Slots.fill(rng.pick(pool), rng);
    }
}
