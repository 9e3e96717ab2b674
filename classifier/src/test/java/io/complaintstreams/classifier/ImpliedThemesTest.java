package io.complaintstreams.classifier;

import io.complaintstreams.classifier.internal.FeatureExtractor;
import io.complaintstreams.classifier.internal.FeatureVector;
import io.complaintstreams.classifier.internal.Lexicons;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Implied-theme kinds (issue 12, sixth round), each a whole kind with fresh examples (none from the real development
 * file or a held-out split): a person acting for the landlord and how they behaved is staff conduct; a complaint and
 * how it was handled is complaint handling; a named hazard is safety whatever is said about it; a report and no answer
 * is communication. The cues are not features, so the trained weights are the corpus's alone.
 */
class ImpliedThemesTest {
    private final Classifier classifier = Classifier.defaultModel();

    /**
     * Each example was answered without its theme before the kinds (the theme a side issue of a longer text, or told in
     * words the model does not weigh for it), by the linear model, the embeddings or both (checked by running the
     * model with the {@code implied:} lexicons removed).
     */
    @ParameterizedTest(name = "{1} implied in a {0}: {2}")
    @CsvSource(delimiter = '|', value = {
            "survey|staff_conduct|Happy enough with the new windows overall and they were done on time. The fitters behaved towards my wife as if she wasn't there, mind.",
            "survey|staff_conduct|Roof got sorted eventually after three goes. Shame about the way the roofer talked down to my dad.",
            "service_request|staff_conduct|Kitchen tap loose and dripping, resident also says the last operative spoke to her rudely and left without tidying. Please send someone else.",
            "contact|staff_conduct|Boiler still cutting out, radiators lukewarm, had to boil kettles again this morning. And the engineer who came yesterday was effing and blinding the whole time in front of my kids.",
            "service_request|complaint_handling|Tenant chasing the bathroom extractor again. Says she complained in May and the outcome letter promised a visit within 28 days which never happened.",
            "service_request|safety_compliance|Front gate hinge broken and the bedroom window restrictor has snapped off, flat is on the third floor and there is a toddler.",
            "survey|safety_compliance|New kitchen is lovely and the lads were tidy. They took the smoke alarm down to paint and never put it back up.",
            "survey|communication|Bathroom was finished in the end but I reported the leak three times and nobody came back to me, so I sorted a plumber myself.",
            "survey|communication|The heating was fixed quickly. Before that though I had emailed twice about the noise from the pipes and no one replied."})
    void shouldTagTheImpliedTheme(String source, String theme, String text) {
        Source s = Source.fromWire(source).orElseThrow();
        for (Classifier c : new Classifier[] {classifier, Classifier.defaultModelWithEmbeddings()}) {
            Classification answer = c.classify(s, text);
            assertTrue(answer.themes().contains(theme), answer.themes() + " " + answer.reasons());
        }
    }

    @ParameterizedTest(name = "no implied {0}: {1}")
    @CsvSource(delimiter = '|', value = {
            // a neighbour, not a person acting for the landlord
            "staff_conduct|The lads next door were shouting at each other till three in the morning again.",
            // praise of a job with no complaint to handle
            "complaint_handling|No complaints at all, the handyman was quick and left everything clean.",
            // the cue words apart, in two sentences
            "staff_conduct|The officer came on Tuesday. My neighbour was rude to her."})
    void shouldNotImplyAThemeWithoutItsKind(String theme, String text) {
        Classification c = classifier.classify(Source.CONTACT, text);
        assertFalse(c.reasons().stream().anyMatch(r -> r.startsWith("theme " + theme + ": implied")), c.reasons().toString());
    }

    @Test
    void shouldNameTheKindAndWordsInTheReason() {
        Classification c = classifier.classify(Source.CONTACT,
                "When I complained about the leak, the complaint was handled by the same person I was complaining about.");
        assertTrue(c.reasons().contains("theme complaint_handling: implied (complaint_handling:complaint_handled: "
                + "'complaint' with 'handled')"), c.reasons().toString());
    }

    @Test
    void shouldKeepImpliedCuesOutOfTheFeatures() {
        FeatureVector fv = new FeatureExtractor(Lexicons.fromResource()).extract(Source.CONTACT,
                "The asbestos survey was cancelled and the officer was rude when I complained about the response.", true);
        for (int i = 0; i < fv.size(); i++) {
            assertFalse(fv.name(i).contains("implied"), fv.name(i));
        }
        assertTrue(fv.implies(Themes.ALL.indexOf("safety_compliance")));
        assertTrue(fv.implies(Themes.ALL.indexOf("staff_conduct")));
        assertTrue(fv.implies(Themes.ALL.indexOf("complaint_handling")));
        assertNull(fv.impliedBy(Themes.ALL.indexOf("rent_charges")));
    }
}
