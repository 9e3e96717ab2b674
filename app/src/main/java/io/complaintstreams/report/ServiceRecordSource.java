package io.complaintstreams.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import complaintstreams.events.Contact;
import complaintstreams.events.ServiceRequest;
import complaintstreams.events.Signal;
import complaintstreams.events.Survey;
import io.complaintstreams.classifier.Classifier;
import io.complaintstreams.classifier.Source;
import io.complaintstreams.domain.io.LineReader;
import io.complaintstreams.domain.request.ServiceRequestTargets;
import io.complaintstreams.ingest.EventKind;
import io.complaintstreams.ingest.EventParsers;
import io.complaintstreams.ingest.ValidationException;
import io.complaintstreams.reporting.selfassessment.ServiceRecords;
import io.complaintstreams.reporting.selfassessment.ServiceRecords.DissatisfiedRecord;
import io.complaintstreams.reporting.selfassessment.ServiceRecords.RequestChange;
import io.complaintstreams.reporting.selfassessment.ServiceRecords.SurveyResponse;
import io.complaintstreams.schema.EventSerdes;
import io.complaintstreams.topics.Topics;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * The service requests, surveys and dissatisfied records behind self-assessment rows 1.4-1.6 ({@link ServiceRecords}):
 * from Kafka ({@code crm.service-requests}, {@code crm.surveys} and the topology's {@code complaints.signals}), or
 * from JSON-lines files in the ingest field names ({@code generate}'s {@code crm.service-requests.jsonl},
 * {@code crm.contacts.jsonl}, {@code crm.surveys.jsonl}) classified here by the same classifier the topology uses.
 * Repeats (same eventId) count once; no free text is kept.
 */
public final class ServiceRecordSource {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ServiceRecordSource() {
    }

    /**
     * Reads the three topics without a consumer group (read_committed) up to the end offsets taken at start; a topic
     * that does not exist gives nothing.
     *
     * @param client the consumer's connection settings (bootstrap servers, and TLS/SASL when the cluster needs them)
     * @throws IllegalStateException when a topic cannot be read to its end within {@code timeout}
     */
    public static ServiceRecords fromKafka(Properties client, Topics topics, ServiceRequestTargets targets, int surveyDissatisfiedAtOrBelow,
                                           Duration timeout) {
        Map<String, RequestChange> changes = new LinkedHashMap<>();
        Map<String, SurveyResponse> surveys = new LinkedHashMap<>();
        Map<String, DissatisfiedRecord> dissatisfied = new LinkedHashMap<>();
        TopicToEnd.read(client, topics.serviceRequests.name(), timeout, bytes -> {
            ServiceRequest r = EventSerdes.SERVICE_REQUEST.decode(bytes);
            changes.putIfAbsent(r.getEventId(), change(r));
        });
        TopicToEnd.read(client, topics.surveys.name(), timeout, bytes -> {
            Survey s = EventSerdes.SURVEY.decode(bytes);
            surveys.putIfAbsent(s.getEventId(), survey(s));
        });
        TopicToEnd.read(client, topics.signals.name(), timeout, bytes -> {
            Signal s = EventSerdes.SIGNAL.decode(bytes);
            if (s.getDissatisfied()) {
                String source = s.getSource().name();
                String request = s.getServiceRequestId() != null ? s.getServiceRequestId()
                        : source.equals("service_request") ? s.getSourceId() : null;
                dissatisfied.putIfAbsent(s.getSignalId(), new DissatisfiedRecord(source, s.getSourceId(), s.getLandlordId(),
                        s.getResidentId(), s.getOccurredAt(), request));
            }
        });
        return new ServiceRecords(new ArrayList<>(changes.values()), new ArrayList<>(surveys.values()),
                new ArrayList<>(dissatisfied.values()), targets, surveyDissatisfiedAtOrBelow);
    }

    /** Reads {@code bootstrapServers} with no other client setting (the CLI's reach). */
    public static ServiceRecords fromKafka(String bootstrapServers, Topics topics, ServiceRequestTargets targets, Duration timeout) {
        return fromKafka(TopicToEnd.bootstrap(bootstrapServers), topics, targets, ServiceRecords.DEFAULT_SURVEY_DISSATISFIED_AT_OR_BELOW, timeout);
    }

    /**
     * The three files (each may be null: nothing of that kind), validated and given eventIds as ingest does; the
     * requests' texts, the texts of contacts naming a request and the survey comments are classified by
     * {@code classifier} (a dissatisfied one is a {@link DissatisfiedRecord}).
     *
     * @throws IllegalArgumentException naming the file, line and field of a line that does not read
     */
    public static ServiceRecords fromJsonLines(LineReader serviceRequests, LineReader contacts, LineReader surveys,
                                               Classifier classifier, ServiceRequestTargets targets) throws IOException {
        Map<String, RequestChange> changes = new LinkedHashMap<>();
        Map<String, SurveyResponse> responses = new LinkedHashMap<>();
        Map<String, DissatisfiedRecord> dissatisfied = new LinkedHashMap<>();
        lines(serviceRequests, EventKind.SERVICE_REQUESTS, value -> {
            ServiceRequest r = (ServiceRequest) value;
            if (changes.putIfAbsent(r.getEventId(), change(r)) == null && dissatisfied(classifier, Source.SERVICE_REQUEST, r.getText())) {
                dissatisfied.put(r.getEventId(), new DissatisfiedRecord("service_request", r.getRequestId(), r.getLandlordId(),
                        r.getResidentId(), r.getOccurredAt(), r.getRequestId()));
            }
        });
        lines(contacts, EventKind.CONTACTS, value -> {
            Contact c = (Contact) value;
            if (c.getServiceRequestId() != null && !dissatisfied.containsKey(c.getEventId())
                    && dissatisfied(classifier, Source.CONTACT, c.getText())) {
                dissatisfied.put(c.getEventId(), new DissatisfiedRecord("contact", c.getContactId(), c.getLandlordId(),
                        c.getResidentId(), c.getOccurredAt(), c.getServiceRequestId()));
            }
        });
        lines(surveys, EventKind.SURVEYS, value -> {
            Survey s = (Survey) value;
            if (responses.putIfAbsent(s.getEventId(), survey(s)) == null && dissatisfied(classifier, Source.SURVEY, s.getComment())) {
                dissatisfied.put(s.getEventId(), new DissatisfiedRecord("survey", s.getSurveyId(), s.getLandlordId(),
                        s.getResidentId(), s.getOccurredAt(), s.getServiceRequestId()));
            }
        });
        return new ServiceRecords(new ArrayList<>(changes.values()), new ArrayList<>(responses.values()),
                new ArrayList<>(dissatisfied.values()), targets, ServiceRecords.DEFAULT_SURVEY_DISSATISFIED_AT_OR_BELOW);
    }

    private static boolean dissatisfied(Classifier classifier, Source source, String text) {
        return text != null && !text.isBlank() && classifier.classify(source, text).dissatisfied();
    }

    private static RequestChange change(ServiceRequest r) {
        return new RequestChange(r.getRequestId(), r.getLandlordId(), r.getResidentId(), r.getOccurredAt(), r.getStatus().name(),
                r.getCategory(), r.getPriority(), r.getDueAt());
    }

    private static SurveyResponse survey(Survey s) {
        return new SurveyResponse(s.getSurveyId(), s.getLandlordId(), s.getResidentId(), s.getOccurredAt(), s.getKind().name(),
                s.getScore(), s.getServiceRequestId(), s.getComplaintId());
    }

    private static void lines(LineReader reader, EventKind kind, Consumer<Object> each) throws IOException {
        if (reader == null) {
            return;
        }
        EventParsers parsers = new EventParsers();
        for (LineReader.Line line = reader.next(); line != null; line = reader.next()) {
            if (line.undecodable()) {
                throw new IllegalArgumentException(kind.baseTopic() + " line " + line.number() + " " + line.error());
            }
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(line.text());
                each.accept(parsers.parse(kind, node).value());
            } catch (ValidationException e) {
                throw new IllegalArgumentException(kind.baseTopic() + " line " + line.number() + ": " + e.getMessage());
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalArgumentException(kind.baseTopic() + " line " + line.number() + ": not JSON: " + e.getOriginalMessage());
            }
        }
    }
}
