package io.complaintstreams.streams.aggregation;

import complaintstreams.events.Signal;
import complaintstreams.events.SignalSource;
import complaintstreams.events.Survey;
import complaintstreams.state.EntityFact;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;

/**
 * Maps surveys and the signals classifying their comments to the survey entity they count for, keyed
 * {@code survey|id}. Service requests count in their own ledger ({@link RequestLedgerAggregates}); a signal's own
 * counts are made where it is made ({@link SignalCountsProcessor}), not here.
 */
final class EntityFacts {
    static final String SURVEY_ENTITY = "survey|";
    static final String SURVEY = "SURVEY";
    static final String SIGNAL = "SIGNAL";

    private EntityFacts() {}

    static List<KeyValue<String, EntityFact>> ofSurvey(String key, Survey s) {
        List<KeyValue<String, EntityFact>> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        EntityFact fact = EntityFact.newBuilder().setKind(SURVEY).setFactId("survey:" + s.getEventId())
                .setLandlordId(s.getLandlordId()).setOccurredAt(s.getOccurredAt()).setSurveyKind(s.getKind().name())
                .setScore(s.getScore()).setComplaintId(s.getComplaintId()).setServiceRequestId(s.getServiceRequestId())
                .build();
        out.add(KeyValue.pair(SURVEY_ENTITY + s.getSurveyId(), fact));
        return out;
    }

    /** Only a signal classifying a survey's comment matters to the survey: the rest make no entity fact at all. */
    static List<KeyValue<String, EntityFact>> ofSignal(String key, Signal s) {
        List<KeyValue<String, EntityFact>> out = new ArrayList<>();
        if (s == null || s.getSource() != SignalSource.survey) {
            return out;
        }
        EntityFact fact = EntityFact.newBuilder().setKind(SIGNAL).setFactId("signal:" + s.getSignalId())
                .setLandlordId(s.getLandlordId()).setOccurredAt(s.getOccurredAt()).setServiceRequestId(s.getServiceRequestId())
                .setDissatisfied(s.getDissatisfied()).setAction(s.getAction().name())
                .build();
        out.add(KeyValue.pair(SURVEY_ENTITY + s.getSourceId(), fact));
        return out;
    }
}
