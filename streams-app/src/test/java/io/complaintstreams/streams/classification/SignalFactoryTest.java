package io.complaintstreams.streams.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import complaintstreams.events.Signal;
import complaintstreams.events.Tenure;
import io.complaintstreams.classifier.Classification;
import io.complaintstreams.classifier.Classifier;
import io.complaintstreams.classifier.Source;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Service-request texts are classified once per factory; every signal is the one a fresh classification gives. */
class SignalFactoryTest {
    private static final Classifier CLASSIFIER = Classifier.defaultModel();
    private static final List<String> NOTES = List.of("Operative attended, parts ordered.", "Job completed, resident satisfied.",
            "Cancelled: no access on two appointments.", "Still no hot water and nobody has called me back, this is a joke.");

    private static SourceRecord record(String eventId, Source source, String text) {
        return new SourceRecord(eventId, source, "S-" + eventId, "L1", "R1", Instant.parse("2026-01-05T10:00:00Z"), text,
                "SR1", Tenure.LCRA, null);
    }

    private static Signal fresh(SourceRecord r) {
        return new SignalFactory(CLASSIFIER, 2).signalFor(r).orElseThrow();
    }

    @Test
    void shouldAnswerARepeatedServiceRequestTextFromMemoryWithTheSignalAFreshClassificationGives() {
        SignalFactory factory = new SignalFactory(CLASSIFIER, 2);
        int n = 0;
        for (int round = 0; round < 3; round++) {
            for (String note : NOTES) {
                SourceRecord r = record("e" + n++, Source.SERVICE_REQUEST, note);
                assertEquals(fresh(r), factory.signalFor(r).orElseThrow(), note);
            }
        }
        assertEquals(2L * NOTES.size(), factory.rememberedAnswers());
    }

    @Test
    void shouldClassifyContactsAndSurveysEveryTimeNeverFromAServiceRequestsAnswer() {
        SignalFactory factory = new SignalFactory(CLASSIFIER, 2);
        String text = NOTES.get(3);
        factory.signalFor(record("r1", Source.SERVICE_REQUEST, text));
        for (Source source : List.of(Source.CONTACT, Source.SURVEY, Source.CONTACT)) {
            Signal s = factory.signalFor(record("c-" + source, source, text)).orElseThrow();
            Classification direct = CLASSIFIER.classify(source, text);
            assertEquals(direct.reasons(), s.getReasons());
            assertEquals(direct.themes(), s.getThemes());
            assertEquals(direct.pDissatisfied(), s.getConfidence());
        }
        assertEquals(0L, factory.rememberedAnswers());
    }

    @Test
    void shouldForgetTheLeastRecentlyUsedTextBeyondItsBound() {
        SignalFactory factory = new SignalFactory(CLASSIFIER, 2);
        factory.signalFor(record("first", Source.SERVICE_REQUEST, "Boiler serviced, no faults found."));
        for (int i = 0; i < SignalFactory.REMEMBERED_REQUEST_TEXTS; i++) {
            factory.signalFor(record("n" + i, Source.SERVICE_REQUEST, "Job " + i + " allocated to contractor."));
        }
        assertEquals(0L, factory.rememberedAnswers());
        SourceRecord again = record("again", Source.SERVICE_REQUEST, "Boiler serviced, no faults found.");
        assertEquals(fresh(again), factory.signalFor(again).orElseThrow());
        assertEquals(0L, factory.rememberedAnswers(), "the first text was pushed out by 1,024 later ones");
        factory.signalFor(record("last", Source.SERVICE_REQUEST, "Job " + (SignalFactory.REMEMBERED_REQUEST_TEXTS - 1)
                + " allocated to contractor."));
        assertEquals(1L, factory.rememberedAnswers());
    }
}
