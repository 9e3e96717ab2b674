package io.complaintstreams.streams.aggregation;

import complaintstreams.events.ServiceRequest;
import complaintstreams.events.Signal;
import complaintstreams.events.SignalAction;
import complaintstreams.events.SignalSource;
import complaintstreams.events.Survey;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;

/**
 * Maps surveys, service requests and signals to the entities they count for, keyed {@code kind|id}:
 * a signal counts for itself, for the survey it classified, and (RAISE_COMPLAINT) for its service request;
 * a survey counts for itself and links its service request to a complaint when it names both.
 */
final class EntityFacts {
    static final String SURVEY_ENTITY = "survey|";
    static final String SIGNAL_ENTITY = "signal|";
    static final String SERVICE_REQUEST_ENTITY = "sr|";

    private EntityFacts() {}

    static List<KeyValue<String, EntityFact>> ofSurvey(String key, Survey s) {
        List<KeyValue<String, EntityFact>> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        EntityFact fact = new EntityFact(EntityFact.SURVEY, "survey:" + s.getEventId(), s.getLandlordId(), s.getOccurredAt(),
                s.getKind().name(), s.getScore(), s.getComplaintId(), s.getServiceRequestId(), null, null, List.of(), null);
        out.add(KeyValue.pair(SURVEY_ENTITY + s.getSurveyId(), fact));
        if (s.getServiceRequestId() != null && s.getComplaintId() != null) {
            out.add(KeyValue.pair(SERVICE_REQUEST_ENTITY + s.getServiceRequestId(), fact));
        }
        return out;
    }

    static KeyValue<String, EntityFact> ofServiceRequest(String key, ServiceRequest r) {
        EntityFact fact = new EntityFact(EntityFact.SERVICE_REQUEST, "sr:" + r.getEventId(), r.getLandlordId(), r.getOccurredAt(),
                null, null, null, r.getRequestId(), null, null, List.of(), null);
        return KeyValue.pair(SERVICE_REQUEST_ENTITY + r.getRequestId(), fact);
    }

    static List<KeyValue<String, EntityFact>> ofSignal(String key, Signal s) {
        List<KeyValue<String, EntityFact>> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        String serviceRequestId = s.getServiceRequestId() != null ? s.getServiceRequestId()
                : s.getSource() == SignalSource.service_request ? s.getSourceId() : null;
        EntityFact fact = new EntityFact(EntityFact.SIGNAL, "signal:" + s.getSignalId(), s.getLandlordId(), s.getOccurredAt(),
                null, null, null, serviceRequestId, s.getSource().name(), s.getDissatisfied(), List.copyOf(s.getThemes()),
                s.getAction().name());
        out.add(KeyValue.pair(SIGNAL_ENTITY + s.getSignalId(), fact));
        if (s.getSource() == SignalSource.survey) {
            out.add(KeyValue.pair(SURVEY_ENTITY + s.getSourceId(), fact));
        }
        if (s.getAction() == SignalAction.RAISE_COMPLAINT && serviceRequestId != null) {
            out.add(KeyValue.pair(SERVICE_REQUEST_ENTITY + serviceRequestId, fact));
        }
        return out;
    }
}
