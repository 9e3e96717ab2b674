package io.complaintstreams.app;

import io.complaintstreams.broker.KafkaClientConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.CreateTopicsOptions;
import org.apache.kafka.clients.admin.DescribeConsumerGroupsOptions;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.ClusterAuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.TransactionalIdAuthorizationException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Start-up check, against an external cluster, that the app's principal has every permission it needs (README
 * "Deploying on a cluster", ACLs): without it a missing ACL shows up later as a stream thread failing and being
 * replaced for ever, or a topic creation retried until its timeout. Checks: Describe, Read and Write on each of the
 * app's topics (Create for one not there yet, by a validate-only creation); Create on topics prefixed
 * {@code APP-} for Kafka Streams' internal topics (or Read, Write and Delete on those already there); Read on the
 * group {@code APP} (from the group's authorized operations; for a group that has never run, by committing offset 0
 * of the first input partition, where Kafka Streams starts a new group anyway); Write on the transactional ids prefixed {@code APP} (a probe producer initialises
 * {@code APP-permission-check}). Every missing permission is named in one {@link MissingKafkaPermissionException}.
 */
final class KafkaPermissions {
    private static final Set<AclOperation> TOPIC_OPERATIONS = Set.of(AclOperation.READ, AclOperation.WRITE);

    private final Admin admin;
    private final KafkaClientConfig clients;
    private final String applicationId;
    private final Duration timeout;
    private final List<String> missing = new ArrayList<>();

    private KafkaNotAnsweringException notAnswering(String what) {
        return new KafkaNotAnsweringException("Kafka at " + clients.bootstrapServers() + " did not answer within "
                + timeout.toSeconds() + " s (" + what.strip() + "): is --bootstrap-servers (bootstrap.servers) right, the"
                + " cluster up and reachable from here, and are the kafka.security.* / kafka.sasl.* settings the cluster's?");
    }

    private KafkaPermissions(Admin admin, KafkaClientConfig clients, String applicationId, Duration timeout) {
        this.admin = admin;
        this.clients = clients;
        this.applicationId = applicationId;
        this.timeout = timeout;
    }

    /** Throws {@link MissingKafkaPermissionException} naming every permission the principal lacks. */
    static void check(Admin admin, KafkaClientConfig clients, List<String> topics, int partitions, short replication,
                      String applicationId, Duration timeout) throws InterruptedException {
        KafkaPermissions check = new KafkaPermissions(admin, clients, applicationId, timeout);
        check.appTopics(topics, partitions, replication);
        check.internalTopics(partitions, replication);
        check.groupDescribeOnly();
        check.transactionalIds();
        check.throwIfMissing();
    }

    /**
     * The second half of the check, once the app's topics exist: Read on the group (see {@link #group}). Throws
     * {@link MissingKafkaPermissionException} when it is missing.
     */
    static void checkGroup(Admin admin, KafkaClientConfig clients, String firstInputTopic, String applicationId, Duration timeout)
            throws InterruptedException {
        KafkaPermissions check = new KafkaPermissions(admin, clients, applicationId, timeout);
        check.group(firstInputTopic);
        check.throwIfMissing();
    }

    private void throwIfMissing() {
        if (!missing.isEmpty()) {
            throw new MissingKafkaPermissionException("Kafka refuses permissions complaint-streams needs (the principal of its "
                    + "kafka.sasl.* / kafka.ssl.* credentials): " + String.join("; ", missing)
                    + ". Grant them (README, Deploying on a cluster, ACLs), e.g. kafka-acls.sh --add --allow-principal User:NAME "
                    + "--operation Read --group " + applicationId);
        }
    }

    private void appTopics(List<String> topics, int partitions, short replication) throws InterruptedException {
        var described = admin.describeTopics(topics, new DescribeTopicsOptions().includeAuthorizedOperations(true)).topicNameValues();
        List<NewTopic> absent = new ArrayList<>();
        for (String topic : topics) {
            try {
                TopicDescription d = described.get(topic).get(seconds(), TimeUnit.SECONDS);
                lacking(d.authorizedOperations(), TOPIC_OPERATIONS).forEach(op -> missing.add(op + " on topic '" + topic + "'"));
            } catch (ExecutionException e) {
                if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                    absent.add(new NewTopic(topic, partitions, replication));
                } else if (e.getCause() instanceof AuthorizationException) {
                    missing.add("Describe on topic '" + topic + "'");
                } else {
                    throw new IllegalStateException("cannot describe topic " + topic + ": " + e.getCause().getMessage());
                }
            } catch (TimeoutException e) {
                throw notAnswering(" describing topic " + topic);
            }
        }
        canCreate(absent, "topic '%s' (it does not exist yet)");
    }

    private void internalTopics(int partitions, short replication) throws InterruptedException {
        String prefix = applicationId + "-";
        List<String> existing;
        try {
            existing = admin.listTopics(new ListTopicsOptions().timeoutMs((int) timeout.toMillis())).names()
                    .get(seconds(), TimeUnit.SECONDS).stream().filter(n -> n.startsWith(prefix)).toList();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot list topics: " + e.getMessage());
        }
        if (existing.isEmpty()) {
            canCreate(List.of(new NewTopic(prefix + "permission-check-changelog", partitions, replication)),
                    "topics prefixed '" + prefix + "' (Kafka Streams' changelog and repartition topics; checked with '%s')");
            return;
        }
        var described = admin.describeTopics(existing, new DescribeTopicsOptions().includeAuthorizedOperations(true)).topicNameValues();
        for (String topic : existing) {
            Set<AclOperation> needed = topic.endsWith("-repartition")
                    ? Set.of(AclOperation.READ, AclOperation.WRITE, AclOperation.DELETE) : TOPIC_OPERATIONS;
            try {
                lacking(described.get(topic).get(seconds(), TimeUnit.SECONDS).authorizedOperations(), needed)
                        .forEach(op -> missing.add(op + " on topic '" + topic + "'"));
            } catch (ExecutionException | TimeoutException e) {
                missing.add("Describe on topic '" + topic + "'");
            }
        }
    }

    private void canCreate(List<NewTopic> absent, String what) throws InterruptedException {
        if (absent.isEmpty()) {
            return;
        }
        var results = admin.createTopics(absent, new CreateTopicsOptions().validateOnly(true)).values();
        for (NewTopic t : absent) {
            try {
                results.get(t.name()).get(seconds(), TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof TopicAuthorizationException || e.getCause() instanceof ClusterAuthorizationException) {
                    missing.add("Create on " + String.format(what, t.name()));
                }
                // other refusals (replication factor, policy) are for the topic creation itself to report
            } catch (TimeoutException e) {
                throw notAnswering(" checking creation of " + t.name());
            }
        }
    }

    private void group(String firstInputTopic) throws InterruptedException {
        try {
            var description = admin.describeConsumerGroups(List.of(applicationId),
                    new DescribeConsumerGroupsOptions().includeAuthorizedOperations(true)).all().get(seconds(), TimeUnit.SECONDS).get(applicationId);
            lacking(description.authorizedOperations(), Set.of(AclOperation.READ))
                    .forEach(op -> missing.add(op + " on group '" + applicationId + "'"));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GroupAuthorizationException) {
                missing.add("Describe and Read on group '" + applicationId + "'");
            } else if (e.getCause() instanceof GroupIdNotFoundException) {
                groupNotStartedYet(firstInputTopic);
            } else {
                throw new IllegalStateException("cannot describe group " + applicationId + ": " + e.getCause().getMessage());
            }
        } catch (TimeoutException e) {
            throw notAnswering(" describing group " + applicationId);
        }
    }

    /**
     * The group has never run (Describe passed, so only Read is in question): commit offset 0 of the first input
     * partition, which needs Read on the group and is where Kafka Streams starts a new group anyway.
     */
    private void groupNotStartedYet(String firstInputTopic) throws InterruptedException {
        try {
            admin.alterConsumerGroupOffsets(applicationId, Map.of(new TopicPartition(firstInputTopic, 0), new OffsetAndMetadata(0)))
                    .all().get(seconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GroupAuthorizationException) {
                missing.add("Read on group '" + applicationId + "'");
            } else if (!(e.getCause() instanceof AuthorizationException)) {
                throw new IllegalStateException("cannot check Read on group " + applicationId + ": " + e.getCause().getMessage());
            }
        } catch (TimeoutException e) {
            throw notAnswering(" checking group " + applicationId);
        }
    }

    /** With topic permissions missing the offset probe cannot run: Describe on the group is what can be told. */
    private void groupDescribeOnly() throws InterruptedException {
        try {
            admin.describeConsumerGroups(List.of(applicationId)).all().get(seconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GroupAuthorizationException) {
                missing.add("Describe and Read on group '" + applicationId + "'");
            }
        } catch (TimeoutException e) {
            throw notAnswering(" describing group " + applicationId);
        }
    }

    private void transactionalIds() {
        Map<String, Object> p = clients.asMap();
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, applicationId + "-permission-check");
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) timeout.toMillis());
        p.put(ProducerConfig.CLIENT_ID_CONFIG, applicationId + "-permission-check");
        try (var producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.initTransactions();
        } catch (TransactionalIdAuthorizationException e) {
            missing.add("Write and Describe on transactional ids prefixed '" + applicationId + "'");
        } catch (ClusterAuthorizationException e) {
            missing.add("IdempotentWrite on the cluster (or Write on a topic)");
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            throw notAnswering(" initialising a transactional producer");
        }
    }

    private static List<String> lacking(Set<AclOperation> authorized, Set<AclOperation> needed) {
        if (authorized == null) {
            return List.of(); // the broker did not say (an old broker): the work itself will tell
        }
        return needed.stream().filter(op -> !authorized.contains(op)).map(KafkaPermissions::name).sorted().toList();
    }

    private static String name(AclOperation op) {
        String n = op.name().toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    private long seconds() {
        return Math.max(1, timeout.toSeconds());
    }
}
