package io.complaintstreams.app;

import io.complaintstreams.streams.deadline.StartupHistory;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsOptions;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Captures, once at start-up and before Kafka Streams starts, the complaint events a wall-clock instance will judge
 * as history ({@link StartupHistory}): the offset of the last committed record of each partition of
 * {@code crm.complaint-events}, provided no member of the application's group ({@code application.id}) is running.
 * The end offsets are read before the group is described: a record counted as history was written before a moment
 * at which no instance of the application was running, so no instance had judged it by the wall clock. A running
 * member means this instance joins a running cluster (its backlog is live traffic being processed): nothing is
 * history. Any failure: nothing is history (the wall-clock judgement as before), with a warning.
 */
final class StartupHistoryCapture {
    private static final Logger LOG = LoggerFactory.getLogger(StartupHistoryCapture.class);
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private StartupHistoryCapture() {}

    /**
     * @param applicationStateDir {@code STATE_DIR/APPLICATION_ID}, where Kafka Streams keeps this instance's process id
     *     (its members' client ids carry it), so that a member left by this instance's own previous run is told apart
     */
    static StartupHistory capture(Admin admin, Map<String, Object> clients, String topic, String groupId,
                                  java.nio.file.Path applicationStateDir) {
        try {
            Map<Integer, Long> last = lastOffsetsIfNoMemberRuns(admin, clients, topic, groupId,
                    PreviousRunMembers.processIdIn(applicationStateDir));
            if (last.isEmpty()) {
                return StartupHistory.none();
            }
            LOG.info("History: the complaint events in {} up to offsets {} (partition=offset) were there at start-up with no "
                    + "instance running; they are judged by stream time, then the wall clock", topic, last);
            return StartupHistory.of(last, partition -> committed(admin, groupId, new TopicPartition(topic, partition)));
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.warn("Could not read which complaint events were waiting at start-up ({}): all are judged by the wall clock",
                    e.toString());
            return StartupHistory.none();
        }
    }

    private static Map<Integer, Long> lastOffsetsIfNoMemberRuns(Admin admin, Map<String, Object> clients, String topic,
                                                                String groupId, java.util.Optional<String> ownProcessId)
            throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(List.of(topic)).allTopicNames().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS).get(topic).partitions()
                .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS).forEach((tp, info) -> {
                    if (info.offset() > 0) {
                        ends.put(tp, info.offset());
                    }
                });
        if (ends.isEmpty() || membersRunning(admin, groupId, ownProcessId) > 0) {
            return Map.of();
        }
        Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
        ends.keySet().forEach(tp -> earliest.put(tp, OffsetSpec.earliest()));
        Map<TopicPartition, Long> begins = new HashMap<>();
        admin.listOffsets(earliest).all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                .forEach((tp, info) -> begins.put(tp, info.offset()));
        return LastCommittedRecords.before(clients, begins, ends, TIMEOUT);
    }

    private static int membersRunning(Admin admin, String groupId, java.util.Optional<String> ownProcessId) throws Exception {
        try {
            List<String> clientIds = memberClientIds(admin, groupId);
            long others = PreviousRunMembers.othersThan(clientIds, ownProcessId);
            if (others > 0) {
                LOG.info("History: {} member(s) of group {} already running: this instance joins a running cluster, so no "
                        + "complaint event is judged as history", others, groupId);
            } else if (!clientIds.isEmpty()) {
                LOG.info("History: group {} still lists {} member(s) of this instance's previous run (process id {}), which "
                        + "stopped without leaving it (killed) and stays listed until its session times out; the complaint "
                        + "events waiting now were accepted while that run was running, so none is judged as history",
                        groupId, clientIds.size(), ownProcessId.orElse("?"));
            }
            return clientIds.size();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GroupIdNotFoundException) {
                return 0;
            }
            throw e;
        }
    }

    /** The client ids of the group's members now (describeConsumerGroups, at most {@link #TIMEOUT}). */
    private static List<String> memberClientIds(Admin admin, String groupId)
            throws InterruptedException, ExecutionException, java.util.concurrent.TimeoutException {
        return admin.describeConsumerGroups(List.of(groupId)).describedGroups().get(groupId)
                .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS).members().stream().map(m -> m.clientId()).toList();
    }

    /**
     * After Kafka Streams started and before ingest opens: waits (at most {@code timeout}, polling every 100 ms) until
     * the group has a member, so every record this instance accepts is written while the group has a member, and an
     * instance starting meanwhile does not count it as history. Returns whether a member was seen (else a warning).
     */
    static boolean awaitMember(Admin admin, String groupId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (!memberClientIds(admin, groupId).isEmpty()) {
                    return true;
                }
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                LOG.debug("Group {} not described yet: {}", groupId, e.toString());
            }
        }
        LOG.warn("Kafka Streams had not joined group {} within {}: an instance starting now may count what this one accepts "
                + "meanwhile as history", groupId, timeout);
        return false;
    }

    /** The group's committed offset (stable: a pending transactional commit is waited for), empty if none. */
    private static OptionalLong committed(Admin admin, String groupId, TopicPartition tp) {
        try {
            OffsetAndMetadata c = admin.listConsumerGroupOffsets(
                            Map.of(groupId, new ListConsumerGroupOffsetsSpec().topicPartitions(List.of(tp))),
                            new ListConsumerGroupOffsetsOptions().requireStable(true))
                    .partitionsToOffsetAndMetadata(groupId).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS).get(tp);
            return c == null ? OptionalLong.empty() : OptionalLong.of(c.offset());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }
}
