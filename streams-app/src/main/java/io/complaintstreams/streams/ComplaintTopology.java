package io.complaintstreams.streams;

import java.util.List;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;

/**
 * The whole topology, wired in one place. A pure function of {@link TopologySettings}: starting, stopping,
 * HTTP and the embedded broker live elsewhere, so tests drive exactly the production topology.
 */
public final class ComplaintTopology {
    private ComplaintTopology() {}

    public static Topology build(TopologySettings settings) {
        return build(settings, TopologyParts.all());
    }

    public static Topology build(TopologySettings settings, List<TopologyPart> parts) {
        StreamsBuilder builder = new StreamsBuilder();
        InputStreams inputs = InputStreams.from(builder, settings);
        for (TopologyPart part : parts) {
            part.addTo(builder, inputs, settings);
        }
        return builder.build();
    }
}
