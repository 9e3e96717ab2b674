package io.complaintstreams.streams;

import complaintstreams.events.ComplaintEvent;
import complaintstreams.events.Contact;
import complaintstreams.events.ServiceRequest;
import complaintstreams.events.Survey;
import io.complaintstreams.streams.guard.GuardedDeserializers;
import io.complaintstreams.streams.guard.InputGuard;
import io.complaintstreams.topics.Topic;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;

/**
 * The four CRM input streams, each read once with a stable source name, shared by every part of the topology, and
 * the streams parts make for later parts ({@link DerivedStreams}).
 * Records that cannot be decoded never get here: the deserialization handler sends them to the dead-letter topic,
 * and so are records with no key, no value or an implausible {@code occurredAt} ({@link InputGuard}), refused while
 * decoding, before the timestamp extractor, so they never move stream time.
 */
public record InputStreams(
        KStream<String, Contact> contacts,
        KStream<String, ServiceRequest> serviceRequests,
        KStream<String, Survey> surveys,
        KStream<String, ComplaintEvent> complaintEvents,
        DerivedStreams derived) {

    public static final String CONTACTS_SOURCE = "source-contacts";
    public static final String SERVICE_REQUESTS_SOURCE = "source-service-requests";
    public static final String SURVEYS_SOURCE = "source-surveys";
    public static final String COMPLAINT_EVENTS_SOURCE = "source-complaint-events";

    public static InputStreams from(StreamsBuilder builder, TopologySettings settings) {
        var topics = settings.topics();
        return new InputStreams(
                source(builder, topics.contacts, CONTACTS_SOURCE, settings.inputGuard()),
                source(builder, topics.serviceRequests, SERVICE_REQUESTS_SOURCE, settings.inputGuard()),
                source(builder, topics.surveys, SURVEYS_SOURCE, settings.inputGuard()),
                source(builder, topics.complaintEvents, COMPLAINT_EVENTS_SOURCE, settings.inputGuard()),
                new DerivedStreams());
    }

    private static <V extends SpecificRecord> KStream<String, V> source(StreamsBuilder builder, Topic<V> topic, String name,
                                                                        InputGuard guard) {
        var keys = Serdes.serdeFrom(topic.keySerde().serializer(), GuardedDeserializers.key(topic.keySerde().deserializer(), guard));
        var values = Serdes.serdeFrom(topic.valueSerde().serializer(), GuardedDeserializers.value(topic.valueSerde().deserializer(), guard));
        return builder.stream(topic.name(), Consumed.with(keys, values)
                .withTimestampExtractor(new OccurredAtExtractor()).withName(name));
    }
}
