package io.complaintstreams.bench;

import io.complaintstreams.config.AppConfig;
import io.complaintstreams.streams.ClockMode;
import io.complaintstreams.streams.ComplaintTopology;
import io.complaintstreams.streams.StreamsProperties;
import io.complaintstreams.topics.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * Measures the Streams state a generated landlord year leaves on disk (README "Deploying on a cluster"): the production
 * topology in a TopologyTestDriver (real RocksDB stores, one task), replayed by event time, then the state directory's
 * size after the stores are flushed and closed. Not a test: run by hand.
 * <pre>
 * mvn -q -pl bench -am package -DskipTests &amp;&amp; java -Xmx2g -cp "bench/target/test-classes:bench/target/classes:bench/target/lib/*" \
 *     io.complaintstreams.bench.StateSizeProbe 20000 target/state-probe &amp;&amp; du -sh target/state-probe
 * </pre>
 */
public final class StateSizeProbe {
    private StateSizeProbe() {}

    public static void main(String[] args) throws IOException {
        int homes = Integer.parseInt(args[0]);
        Path stateDir = Path.of(args[1]);
        Files.createDirectories(stateDir);
        BenchEvents events = BenchEvents.forHomes(homes);
        Topics topics = Topics.unprefixed();
        var settings = new io.complaintstreams.app.RunSettings(AppConfig.defaults(), false).topology().withClock(ClockMode.EVENT);
        var props = StreamsProperties.create("state-probe", Map.of(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092"),
                stateDir.toString(), topics.deadLetter());
        Set<String> complaints = new HashSet<>();
        long start = System.nanoTime();
        try (var driver = new TopologyTestDriver(ComplaintTopology.build(settings), props,
                Instant.ofEpochMilli(events.records.get(0).timestampMs()))) {
            Map<String, TestInputTopic<String, byte[]>> inputs = new HashMap<>();
            for (BenchRecord r : events.records) {
                inputs.computeIfAbsent(r.baseTopic(), t -> driver.createInputTopic(t, new StringSerializer(), new ByteArraySerializer()))
                        .pipeInput(r.key(), r.value(), Instant.ofEpochMilli(r.timestampMs()));
                if (r.baseTopic().equals(Topics.COMPLAINT_EVENTS)) {
                    complaints.add(r.key());
                }
            }
        }
        long bytes;
        try (Stream<Path> files = Files.walk(stateDir)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf("homes=%d events=%d complaints=%d stateBytes=%d stateMiBPer100kComplaints=%.1f seconds=%.0f%n",
                homes, events.records.size(), complaints.size(), bytes,
                bytes / (1024.0 * 1024.0) * 100_000.0 / Math.max(1, complaints.size()), (System.nanoTime() - start) / 1e9);
    }
}
