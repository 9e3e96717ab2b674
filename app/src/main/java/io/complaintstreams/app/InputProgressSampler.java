package io.complaintstreams.app;

import io.complaintstreams.metrics.StreamsProgress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every few seconds, samples the input topics for {@link StreamsProgress}: the application's committed offsets
 * (the consumer group is the application id) against the topics' last committed-transaction offsets. A failed
 * sample is skipped (the broker check of /health covers an unreachable broker).
 */
final class InputProgressSampler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InputProgressSampler.class);
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "health-input-sampler");
        t.setDaemon(true);
        return t;
    });

    private InputProgressSampler() {}

    static InputProgressSampler start(Admin admin, String applicationId, List<String> inputTopics, StreamsProgress progress) {
        InputProgressSampler sampler = new InputProgressSampler();
        sampler.scheduler.scheduleWithFixedDelay(() -> sample(admin, applicationId, inputTopics, progress), 5, 5, TimeUnit.SECONDS);
        return sampler;
    }

    private static void sample(Admin admin, String applicationId, List<String> inputTopics, StreamsProgress progress) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(applicationId)
                    .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (var description : admin.describeTopics(inputTopics).allTopicNames().get(5, TimeUnit.SECONDS).values()) {
                description.partitions().forEach(p -> latest.put(new TopicPartition(description.name(), p.partition()), OffsetSpec.latest()));
            }
            var ends = admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get(5, TimeUnit.SECONDS);
            long committedSum = 0;
            long waiting = 0;
            for (var end : ends.entrySet()) {
                OffsetAndMetadata c = committed.get(end.getKey());
                long at = c == null ? 0 : c.offset();
                committedSum += at;
                waiting += Math.max(0, end.getValue().offset() - at);
            }
            progress.sample(committedSum, waiting);
        } catch (Exception e) {
            LOG.debug("Health sample skipped: {}", e.toString());
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
