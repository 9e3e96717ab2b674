package io.complaintstreams.bench;

import java.time.Duration;
import java.util.Collection;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.StateRestoreListener;

/**
 * One Kafka Streams instance under measurement: started, timed until its input is consumed (committed offsets
 * at the end offsets) or until it is RUNNING with its stores restored, then closed.
 */
final class StreamsRun implements AutoCloseable {
    private final KafkaStreams streams;
    private final String applicationId;
    private final AtomicLong runningAtNanos = new AtomicLong();
    private final AtomicInteger restoresEnded = new AtomicInteger();
    private final AtomicLong restoredRecords = new AtomicLong();
    private long startedNanos;

    StreamsRun(Topology topology, Properties props) {
        this.applicationId = props.getProperty(org.apache.kafka.streams.StreamsConfig.APPLICATION_ID_CONFIG);
        this.streams = new KafkaStreams(topology, props);
        streams.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.RUNNING) {
                runningAtNanos.compareAndSet(0, System.nanoTime());
            }
        });
        streams.setGlobalStateRestoreListener(new StateRestoreListener() {
            @Override
            public void onRestoreStart(TopicPartition partition, String store, long start, long end) {
            }

            @Override
            public void onBatchRestored(TopicPartition partition, String store, long batchEnd, long restored) {
            }

            @Override
            public void onRestoreEnd(TopicPartition partition, String store, long totalRestored) {
                restoredRecords.addAndGet(totalRestored);
                restoresEnded.incrementAndGet();
            }
        });
    }

    StreamsRun start() {
        startedNanos = System.nanoTime();
        streams.start();
        return this;
    }

    /** Seconds from start until the application's committed offsets reached the end of every input partition. */
    double awaitConsumed(BenchCluster cluster, Collection<String> inputTopics, Duration timeout) throws Exception {
        long done = cluster.awaitConsumed(applicationId, inputTopics, timeout);
        return (done - startedNanos) / 1e9;
    }

    /** Seconds from start until the state is RUNNING and {@code changelogPartitions} restorations have ended. */
    double awaitRestored(int changelogPartitions, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (runningAtNanos.get() == 0 || restoresEnded.get() < changelogPartitions
                || streams.state() != KafkaStreams.State.RUNNING) {
            if (System.nanoTime() > deadline) {
                throw new java.util.concurrent.TimeoutException(applicationId + " not restored within " + timeout
                        + " (state " + streams.state() + ", " + restoresEnded.get() + "/" + changelogPartitions + " restored)");
            }
            Thread.sleep(10);
        }
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    long restoredRecords() {
        return restoredRecords.get();
    }

    /** Seconds from start to the first RUNNING state (NaN if never reached). */
    double secondsToRunning() {
        long at = runningAtNanos.get();
        return at == 0 ? Double.NaN : (at - startedNanos) / 1e9;
    }

    KafkaStreams streams() {
        return streams;
    }

    @Override
    public void close() {
        // leave the group, as a clean shutdown should: otherwise a restart waits for the session timeout (45 s)
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(60)));
    }
}
