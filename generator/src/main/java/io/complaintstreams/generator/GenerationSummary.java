package io.complaintstreams.generator;

import java.nio.file.Path;
import java.util.Map;

/** What {@link LandlordGenerator#writeJsonLines} wrote: events per topic (in {@link Topics#ALL} order) and where. */
public record GenerationSummary(Path directory, Map<String, Long> eventsPerTopic) {

    public GenerationSummary {
        eventsPerTopic = Map.copyOf(eventsPerTopic);
    }

    public long totalEvents() {
        return eventsPerTopic.values().stream().mapToLong(Long::longValue).sum();
    }
}
