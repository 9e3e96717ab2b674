package io.complaintstreams.streams.classification;

import complaintstreams.events.Signal;
import complaintstreams.events.SignalAction;
import complaintstreams.events.SignalSource;
import io.complaintstreams.classifier.Action;
import io.complaintstreams.classifier.Classification;
import io.complaintstreams.classifier.Classifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns one source record into its Signal: the classifier's answer, plus the survey score rule (a score at or
 * below the threshold is dissatisfaction to signpost, Code 1.6, comment or not). A record with no text and no low
 * score has nothing to classify and gives no signal. Every other record gives one, NONE included, so theme
 * trends see all of them. {@code needsReview} and {@code reviewReason} are the classifier's (a record scored only by
 * its survey score needs no review).
 */
final class SignalFactory {
    private final Classifier classifier;
    private final int surveyDissatisfiedAtOrBelow;

    SignalFactory(Classifier classifier, int surveyDissatisfiedAtOrBelow) {
        this.classifier = classifier;
        this.surveyDissatisfiedAtOrBelow = surveyDissatisfiedAtOrBelow;
    }

    Optional<Signal> signalFor(SourceRecord r) {
        boolean lowScore = r.surveyScore() != null && r.surveyScore() <= surveyDissatisfiedAtOrBelow;
        if (!r.hasText() && !lowScore) {
            return Optional.empty();
        }
        Classification c = r.hasText() ? classifier.classify(r.source(), r.text()) : null;
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
}
