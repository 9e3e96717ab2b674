package io.complaintstreams.bench;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;

/**
 * Every topic a topology reads: its input topics and its internal repartition topics (named
 * {@code APPLICATION_ID-NAME-repartition} at run time), from {@link Topology#describe()}. A run has processed all its
 * input only when its committed offsets reach the end of all of these, not just of the inputs.
 */
final class SourceTopics {
    private SourceTopics() {
    }

    static List<String> of(Topology topology, String applicationId) {
        Set<String> topics = new TreeSet<>();
        for (TopologyDescription.Subtopology sub : topology.describe().subtopologies()) {
            for (TopologyDescription.Node node : sub.nodes()) {
                if (node instanceof TopologyDescription.Source source && source.topicSet() != null) {
                    source.topicSet().forEach(t -> topics.add(t.endsWith("-repartition") ? applicationId + "-" + t : t));
                }
            }
        }
        return List.copyOf(topics);
    }
}
