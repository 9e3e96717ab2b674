package io.complaintstreams.streams;

import complaintstreams.events.ComplaintEvent;
import complaintstreams.events.Contact;
import complaintstreams.events.ServiceRequest;
import complaintstreams.events.Survey;
import io.complaintstreams.topics.Topic;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;

/**
 * The four CRM input streams, each read once with a stable source name, shared by every part of the topology.
 * Records that cannot be decoded never get here: the deserialization handler sends them to the dead-letter topic.
 */
public record InputStreams(
        KStream<String, Contact> contacts,
        KStream<String, ServiceRequest> serviceRequests,
        KStream<String, Survey> surveys,
        KStream<String, ComplaintEvent> complaintEvents) {

    public static final String CONTACTS_SOURCE = "source-contacts";
    public static final String SERVICE_REQUESTS_SOURCE = "source-service-requests";
    public static final String SURVEYS_SOURCE = "source-surveys";
    public static final String COMPLAINT_EVENTS_SOURCE = "source-complaint-events";

    public static InputStreams from(StreamsBuilder builder, TopologySettings settings) {
        var topics = settings.topics();
        return new InputStreams(
                source(builder, topics.contacts, CONTACTS_SOURCE),
                source(builder, topics.serviceRequests, SERVICE_REQUESTS_SOURCE),
                source(builder, topics.surveys, SURVEYS_SOURCE),
                source(builder, topics.complaintEvents, COMPLAINT_EVENTS_SOURCE));
    }

    private static <V extends SpecificRecord> KStream<String, V> source(StreamsBuilder builder, Topic<V> topic, String name) {
        return builder.stream(topic.name(), Consumed.with(topic.keySerde(), topic.valueSerde())
                .withTimestampExtractor(new OccurredAtExtractor()).withName(name));
    }
}
