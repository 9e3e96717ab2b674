package io.complaintstreams.streams.aggregation;

import complaintstreams.events.ServiceRequest;
import complaintstreams.events.Signal;
import complaintstreams.events.SignalAction;
import complaintstreams.events.SignalSource;
import complaintstreams.events.Survey;
import complaintstreams.state.EntityFact;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;

/**
 * Maps surveys, service requests and the topology's own signals to the survey and service-request entities they
 * count for, keyed {@code kind|id}: a signal counts for the survey it classified and (RAISE_COMPLAINT) for its
 * service request; a survey counts for itself and links its service request to a complaint when it names both.
 * A signal's own counts are made where it is made ({@link SignalCountsProcessor}), not here.
 */
final class EntityFacts {
    static final String SURVEY_ENTITY = "survey|";
    static final String SERVICE_REQUEST_ENTITY = "sr|";
    static final String SURVEY = "SURVEY";
    static final String SIGNAL = "SIGNAL";
    static final String SERVICE_REQUEST = "SERVICE_REQUEST";

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
        if (s.getServiceRequestId() != null && s.getComplaintId() != null) {
            out.add(KeyValue.pair(SERVICE_REQUEST_ENTITY + s.getServiceRequestId(), fact));
        }
        return out;
    }

    static KeyValue<String, EntityFact> ofServiceRequest(String key, ServiceRequest r) {
        EntityFact fact = EntityFact.newBuilder().setKind(SERVICE_REQUEST).setFactId("sr:" + r.getEventId())
                .setLandlordId(r.getLandlordId()).setOccurredAt(r.getOccurredAt()).setServiceRequestId(r.getRequestId())
                .build();
        return KeyValue.pair(SERVICE_REQUEST_ENTITY + r.getRequestId(), fact);
    }

    /** Only signals that matter to a survey or a service request: the rest make no entity fact at all. */
    static List<KeyValue<String, EntityFact>> ofSignal(String key, Signal s) {
        List<KeyValue<String, EntityFact>> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        String serviceRequestId = serviceRequestOf(s);
        boolean forSurvey = s.getSource() == SignalSource.survey;
        boolean forRequest = s.getAction() == SignalAction.RAISE_COMPLAINT && serviceRequestId != null;
        if (!forSurvey && !forRequest) {
            return out;
        }
        EntityFact fact = EntityFact.newBuilder().setKind(SIGNAL).setFactId("signal:" + s.getSignalId())
                .setLandlordId(s.getLandlordId()).setOccurredAt(s.getOccurredAt()).setServiceRequestId(serviceRequestId)
                .setDissatisfied(s.getDissatisfied()).setAction(s.getAction().name())
                .build();
        if (forSurvey) {
            out.add(KeyValue.pair(SURVEY_ENTITY + s.getSourceId(), fact));
        }
        if (forRequest) {
            out.add(KeyValue.pair(SERVICE_REQUEST_ENTITY + serviceRequestId, fact));
        }
        return out;
    }

    static String serviceRequestOf(Signal s) {
        return s.getServiceRequestId() != null ? s.getServiceRequestId()
                : s.getSource() == SignalSource.service_request ? s.getSourceId() : null;
    }
}
