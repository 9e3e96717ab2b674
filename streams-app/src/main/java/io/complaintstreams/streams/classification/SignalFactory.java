package io.complaintstreams.streams.classification;

import complaintstreams.events.Signal;
import complaintstreams.events.SignalAction;
import complaintstreams.events.SignalSource;
import io.complaintstreams.classifier.Action;
import io.complaintstreams.classifier.Classification;
import io.complaintstreams.classifier.Classifier;
import io.complaintstreams.classifier.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns one source record into its Signal: the classifier's answer, plus the survey score rule (a score at or
 * below the threshold is dissatisfaction to signpost, Code 1.6, comment or not). A record with no text and no low
 * score has nothing to classify and gives no signal. Every other record gives one, NONE included, so theme
 * trends see all of them. {@code needsReview} and {@code reviewReason} are the classifier's (a record scored only by
 * its survey score needs no review).
 *
 * <p>A service request's text (the job, or a status change's note) is classified once per factory and remembered, at
 * most {@link #REMEMBERED_REQUEST_TEXTS} texts, least recently used first out: a CRM writes stock phrases there
 * ("Operative attended, parts ordered.", a schedule-of-rates job), so most repeat (generated year of 3,210 homes:
 * 26,309 service-request texts, 406 distinct, 98% answered from memory). The classifier is deterministic and its
 * {@link Classification} immutable, so the signal is the same as classifying again. Residents' own words (contacts,
 * survey comments) rarely repeat verbatim outside generated data, so they are classified every time. One factory
 * serves one processor instance (one stream thread); not thread-safe.
 */
final class SignalFactory {
    /** Service-request texts remembered per factory (one per task's ledger processor): a few hundred KB at most. */
    static final int REMEMBERED_REQUEST_TEXTS = 1024;

    private final Classifier classifier;
    private final int surveyDissatisfiedAtOrBelow;
    private final Map<String, Classification> requestTexts = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Classification> eldest) {
            return size() > REMEMBERED_REQUEST_TEXTS;
        }
    };
    private long remembered;

    SignalFactory(Classifier classifier, int surveyDissatisfiedAtOrBelow) {
        this.classifier = classifier;
        this.surveyDissatisfiedAtOrBelow = surveyDissatisfiedAtOrBelow;
    }

    Optional<Signal> signalFor(SourceRecord r) {
        boolean lowScore = r.surveyScore() != null && r.surveyScore() <= surveyDissatisfiedAtOrBelow;
        if (!r.hasText() && !lowScore) {
            return Optional.empty();
        }
        Classification c = r.hasText() ? classify(r.source(), r.text()) : null;
        boolean dissatisfied = lowScore || c.dissatisfied();
        List<String> reasons = new ArrayList<>();
        if (lowScore) {
            reasons.add("survey score " + r.surveyScore() + " of 5 is at or below " + surveyDissatisfiedAtOrBelow
                    + ": dissatisfaction, signpost the complaints process (Code 1.6)");
        }
        if (c != null) {
            reasons.addAll(c.reasons());
        } else {
            reasons.add("no comment: classified by the score alone");
        }
        // Signal.confidence is P(dissatisfied); the classifier's confidence is P(its own answer).
        double pDissatisfied = c == null ? 1.0 : c.pDissatisfied();
        return Optional.of(Signal.newBuilder()
                .setSignalId(r.signalId())
                .setLandlordId(r.landlordId())
                .setResidentId(r.residentId())
                .setSource(SignalSource.valueOf(r.source().wire()))
                .setSourceId(r.sourceId())
                .setOccurredAt(r.occurredAt())
                .setDissatisfied(dissatisfied)
                .setThemes(c == null ? List.of() : c.themes())
                .setAction(SignalAction.valueOf(Action.of(r.source(), dissatisfied).name()))
                .setConfidence(lowScore ? 1.0 : pDissatisfied)
                .setReasons(reasons)
                .setNeedsReview(c != null && c.needsReview())
                .setReviewReason(c == null ? null : c.reviewReason())
                .setServiceRequestId(r.serviceRequestId())
                .setTenure(r.tenure())
                .build());
    }

    private Classification classify(Source source, String text) {
        if (source != Source.SERVICE_REQUEST) {
            return classifier.classify(source, text);
        }
        Classification c = requestTexts.get(text);
        if (c == null) {
            c = classifier.classify(source, text);
            requestTexts.put(text, c);
        } else {
            remembered++;
        }
        return c;
    }

    /** How many classifications were answered from memory (for tests). */
    long rememberedAnswers() {
        return remembered;
    }
}
