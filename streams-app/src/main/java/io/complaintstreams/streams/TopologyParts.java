package io.complaintstreams.streams;

import io.complaintstreams.streams.aggregation.AggregationPart;
import io.complaintstreams.streams.classification.ClassificationPart;
import io.complaintstreams.streams.deadline.CodeComplaintClock;
import io.complaintstreams.streams.deadline.DeadlineClockPart;
import io.complaintstreams.streams.deadline.StartupHistory;
import io.complaintstreams.streams.ombudsman.OmbudsmanPart;
import io.complaintstreams.streams.privacy.ErasurePart;
import io.complaintstreams.streams.privacy.PrivacySettings;
import io.complaintstreams.streams.privacy.ResidentKeysPart;
import io.complaintstreams.classifier.Classifier;
import io.complaintstreams.domain.calendar.WorkingDayCalendar;
import java.util.List;
import java.util.function.Supplier;

/** The capabilities that make up the production topology, in wiring order. */
public final class TopologyParts {
    private TopologyParts() {}

    /** Without a master key: plain text is classified, sealed text is taken as absent, erasures are not read. */
    public static List<TopologyPart> all() {
        return all(PrivacySettings.none());
    }

    /** The key ring first (classification opens text with it), erasure last (it masks the ledger's entries). */
    public static List<TopologyPart> all(PrivacySettings privacy) {
        return all(privacy, Classifier::defaultModel);
    }

    /** As {@link #all(PrivacySettings)}, classifying with {@code classifier} (e.g. a model file from classify --retrain). */
    public static List<TopologyPart> all(PrivacySettings privacy, Supplier<Classifier> classifier) {
        return all(privacy, classifier, StartupHistory.none());
    }

    /** As {@link #all(PrivacySettings, Supplier)}, the deadline clock judging {@code history} by stream time. */
    public static List<TopologyPart> all(PrivacySettings privacy, Supplier<Classifier> classifier, StartupHistory history) {
        AggregationPart aggregation = new AggregationPart();
        // the service-request ledger (classification) adds the period stores before the complaint ledger connects to them
        return List.of(
                new ResidentKeysPart(),
                new ClassificationPart(classifier, WorkingDayCalendar.englandAndWales(), privacy,
                        aggregation.requestLedgerListener()),
                aggregation,
                new DeadlineClockPart(CodeComplaintClock.factory(), aggregation.ledgerListener(), history),
                new OmbudsmanPart(),
                new ErasurePart(privacy));
    }
}
