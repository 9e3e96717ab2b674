package io.complaintstreams.streams;

import io.complaintstreams.topics.Topics;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;

/** Test-tuned Streams settings in one place: production properties, no cache, fixed start time. */
public final class TestDrivers {
    public static final Topics TOPICS = Topics.unprefixed();
    public static final Instant START = Instant.parse("2025-04-01T08:00:00Z");

    private TestDrivers() {}

    public static Properties properties() {
        Properties p = StreamsProperties.create("test-app", Map.of(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092"),
                System.getProperty("java.io.tmpdir") + "/cs-ttd-" + ProcessHandle.current().pid(), TOPICS.deadLetter());
        p.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0);
        return p;
    }

    public static TopologyTestDriver driver(Topology topology) {
        return new TopologyTestDriver(topology, properties(), START);
    }

    public static TopologyTestDriver driver(TopologySettings settings) {
        return driver(ComplaintTopology.build(settings));
    }
}
