package io.complaintstreams.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.common.errors.GroupIdNotFoundException;

/**
 * Resets a Kafka Streams application so that its next start replays everything from the input topics (for an upgrade
 * that changes state): with Kafka's own Admin API it deletes the application's internal topics (its changelogs and
 * repartition topics, {@code APPLICATION_ID-*-changelog} and {@code APPLICATION_ID-*-repartition}, as Kafka's
 * {@code kafka-streams-application-reset} tool does) and its consumer group (so its committed input offsets go and it
 * starts from the earliest records), then deletes its local state directory ({@code STATE_DIR/APPLICATION_ID}, as
 * {@code KafkaStreams#cleanUp} does). Refuses while any instance is still running (members in the group). The input
 * and output topics are not touched.
 */
public final class StreamsReset {
    private final Admin admin;
    private final String applicationId;
    private final Path localState;

    /** @param stateDir the Streams state directory ({@code DATA_DIR/streams}); the application's part is deleted */
    public StreamsReset(Admin admin, String applicationId, Path stateDir) {
        this.admin = admin;
        this.applicationId = applicationId;
        this.localState = stateDir.resolve(applicationId);
    }

    /** What a reset would delete, to show before asking. */
    public record Plan(List<String> internalTopics, boolean groupExists, int runningMembers, Path localState, boolean localStateExists) {}

    public Plan plan() throws ExecutionException, InterruptedException {
        List<String> internal = admin.listTopics().names().get().stream().filter(this::isInternal).sorted().toList();
        int members = 0;
        boolean group = false;
        try {
            ConsumerGroupDescription d = admin.describeConsumerGroups(List.of(applicationId)).describedGroups().get(applicationId).get();
            group = !d.members().isEmpty() || d.groupState() != org.apache.kafka.common.GroupState.DEAD;
            members = d.members().size();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof GroupIdNotFoundException)) {
                throw e;
            }
        }
        return new Plan(internal, group, members, localState, Files.exists(localState));
    }

    /** Carries out the plan; throws {@link IllegalStateException} while instances are running. */
    public Plan reset() throws ExecutionException, InterruptedException {
        Plan plan = plan();
        if (plan.runningMembers() > 0) {
            throw new IllegalStateException("application " + applicationId + " still has " + plan.runningMembers()
                    + " running member(s): stop every instance first");
        }
        if (!plan.internalTopics().isEmpty()) {
            admin.deleteTopics(plan.internalTopics()).all().get();
        }
        if (plan.groupExists()) {
            try {
                admin.deleteConsumerGroups(List.of(applicationId)).all().get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof GroupIdNotFoundException)) {
                    throw e;
                }
            }
        }
        deleteRecursively(localState);
        return plan;
    }

    boolean isInternal(String topic) {
        return topic.startsWith(applicationId + "-") && (topic.endsWith("-changelog") || topic.endsWith("-repartition"));
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete local state " + dir, e);
        }
    }
}
