package io.complaintstreams.streams;

import org.apache.kafka.streams.StreamsBuilder;

/**
 * One capability's share of the topology (deadline clock, classification, aggregation). Each part adds its own
 * named processors, stores and sinks; parts never touch each other's stores.
 */
public interface TopologyPart {
    void addTo(StreamsBuilder builder, InputStreams inputs, TopologySettings settings);
}
