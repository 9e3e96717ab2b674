package io.complaintstreams.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.complaintstreams.broker.EmbeddedKafkaCluster;
import io.complaintstreams.broker.internal.FreePorts;
import io.complaintstreams.config.AppConfig;
import io.complaintstreams.config.ConfigKey;
import io.complaintstreams.query.Freshness;
import io.complaintstreams.schema.EventSerdes;
import io.complaintstreams.topics.Topics;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 item 3 on a real cluster: three KRaft brokers (replication 3, min.insync.replicas 2) and two app instances in
 * OS processes of their own. The second instance joins while the first answers queries; events stream in over HTTP to
 * both; one broker (a node in an OS process of its own, leading a partition of the input topic) is killed with SIGKILL
 * mid-stream, then the second instance is killed with SIGKILL. Every query answer of both instances is recorded
 * meanwhile (statistics, TSM, the annual report, complaints, the officer's work queue and unlogged items). Then: nothing acknowledged (202) is lost, no alert is raised twice, queries never
 * answered 500 (and 503 only with its reason), the survivor answered from standby copies while the lost instance's
 * tasks moved, saying so, and the figures (TSM, monthly statistics, alerts) equal those of one instance of the
 * application given the same input on the same cluster.
 */
@Timeout(600)
class ClusterFailoverIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCHES = 10;
    private static final int PER_BATCH = 9;
    private static final String TSM = "/api/v1/tsm?period=2026-27";
    private static final String MONTHLY = "/api/v1/stats/monthly?from=2026-10&to=2026-11";
    private static final String FIRST = "/api/v1/complaints/C-000";
    private static final String OVERDUE = "/api/v1/complaints?status=OVERDUE";
    private static final String ANNUAL = "/api/v1/reports/annual?period=2026-27";
    private static final String QUEUE = "/api/v1/officer/complaints?open=all&size=1";
    private static final String UNLOGGED = "/api/v1/officer/unlogged-items?status=ALL";
    private static final List<String> QUERIES = List.of(TSM, MONTHLY, FIRST, OVERDUE, ANNUAL, QUEUE, UNLOGGED);
    /** The broker killed mid-stream: the node the cluster runs in an OS process of its own. */
    private static final int KILLED_BROKER = 3;

    @TempDir
    Path dir;

    /** One query answer as the poller saw it. */
    record Seen(String instance, String phase, String path, int status, String stale, String body) {}

    @Test
    void shouldLoseNothingRepeatNoAlertAndKeepAnsweringThroughABrokerKillAndAnInstanceKill() throws Exception {
        String masterKey = Base64.getEncoder().encodeToString(new byte[32]);
        try (EmbeddedKafkaCluster cluster = EmbeddedKafkaCluster.start(dir.resolve("kafka"), 3, Map.of(), Set.of(KILLED_BROKER))) {
            cluster.awaitNodes(3, Duration.ofSeconds(60));
            Map<String, String> env = Map.of("COMPLAINT_STREAMS_PRIVACY_MASTER_KEY", masterKey,
                    "COMPLAINT_STREAMS_TOPIC_REPLICATION", "3", "COMPLAINT_STREAMS_TOPIC_PARTITIONS", "3",
                    "COMPLAINT_STREAMS_DEADLINE_CHECK_INTERVAL_SECONDS", "1");
            List<String> args = List.of("--bootstrap-servers", cluster.bootstrapServers(), "--kafka", "replication.factor=3",
                    "--homes", "LL1=1000");
            // both processes start at once (JVM start-up is the slow part); b joins while a already answers
            try (AppProcess a = AppProcess.start("a", FreePorts.pick(), dir.resolve("a"), args, env);
                 AppProcess b = AppProcess.start("b", FreePorts.pick(), dir.resolve("b"), args, env);
                 RunningApp single = singleInstance(cluster, masterKey)) {
                Feed feed = new Feed(single);
                Poller poller = new Poller();
                try {
                    a.awaitRunning(Duration.ofSeconds(180));
                    poller.watch(a);
                    poller.start();
                    feed.post(a, 0);
                    b.awaitRunning(Duration.ofSeconds(180));
                    poller.watch(b);
                    await(Duration.ofSeconds(90), () -> runsActives(b) && runsActives(a), "both instances run active tasks");
                    await(Duration.ofSeconds(60), () -> status(a, FIRST) == 200, "the first batch processed");
                    poller.phase("two instances");
                    for (int batch = 1; batch <= 3; batch++) {
                        feed.post(batch % 2 == 0 ? a : b, batch);
                    }
                    assertTrue(leadsAnInputPartition(cluster, KILLED_BROKER), "broker " + KILLED_BROKER
                            + " leads a partition of " + Topics.COMPLAINT_EVENTS + " (3 partitions on 3 brokers), so killing it moves a leader");
                    poller.phase("broker killed");
                    // killed while batch 4 is being posted and the earlier batches are still being processed
                    var killing = java.util.concurrent.CompletableFuture.runAsync(() -> {
                        try {
                            cluster.killNode(KILLED_BROKER);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
                    for (int batch = 4; batch <= 6; batch++) {
                        feed.post(batch % 2 == 0 ? a : b, batch);
                    }
                    killing.get(60, java.util.concurrent.TimeUnit.SECONDS);
                    assertTrue(!cluster.isRunning(KILLED_BROKER), "broker " + KILLED_BROKER + " was killed");
                    poller.phase("b killed");
                    poller.unwatch(b);
                    b.kill();
                    for (int batch = 7; batch < BATCHES; batch++) {
                        feed.post(a, batch);
                    }
                    await(Duration.ofSeconds(120), () -> sameFigures(a, single), "the survivor's figures equal the single instance's");
                    // Standby copies already hold the same figures; "settled" is once the group has rebalanced after the
                    // killed member's session timeout (45 s) and the survivor runs every partition as an active task.
                    await(Duration.ofSeconds(150), () -> activePartitions(a) == 3, "the survivor runs all 3 partitions as active tasks");
                    poller.phase("settled");
                    await(Duration.ofSeconds(30), () -> poller.count("settled") >= 8, "queries polled after settling");
                } finally {
                    poller.stop();
                }

                assertNothingLost(cluster, feed, a);
                assertAlertsOnceAndAsOneInstanceRaisesThem(cluster, single);
                assertAlwaysAnswered(poller.seen());
            }
        }
    }

    // ---- the input: complaints of three kinds, in batches, each batch retried on the survivor until acknowledged ----

    /** Posts batches of complaint events and remembers what was acknowledged (202), also giving it to the single instance. */
    private static final class Feed {
        private final RunningApp single;
        final Set<String> acknowledgedEvents = new HashSet<>();
        final Set<String> acknowledgedComplaints = new HashSet<>();

        Feed(RunningApp single) {
            this.single = single;
        }

        void post(AppProcess to, int batch) throws Exception {
            List<String> events = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            Set<String> complaints = new HashSet<>();
            for (int i = batch * PER_BATCH; i < (batch + 1) * PER_BATCH; i++) {
                String id = "C-%03d".formatted(i);
                complaints.add(id);
                for (String[] e : eventsOf(i)) {
                    events.add("""
                            {"eventId":"E-%s-%s","complaintId":"%s","landlordId":"LL1","residentId":"R%d","type":"%s","stage":%s,
                             "occurredAt":"%s"}""".formatted(id, e[0], id, i, e[0], e[1], e[2]));
                    ids.add("E-" + id + "-" + e[0]);
                }
            }
            String body = "[" + String.join(",", events) + "]";
            // a client retries what was not acknowledged (a 503 while a leader moves); the event ids make it harmless
            List<String> answers = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (answers.isEmpty() || !answers.get(answers.size() - 1).equals("202")) {
                assertTrue(System.nanoTime() < deadline, "batch " + batch + " acknowledged by " + to.name + " within 60 s: " + answers);
                if (!answers.isEmpty()) {
                    Thread.sleep(500);
                }
                try {
                    answers.add(Integer.toString(to.post("/api/v1/events/complaint-events", body).statusCode()));
                } catch (java.io.IOException e) {
                    answers.add(e.getClass().getSimpleName());
                }
            }
            acknowledgedEvents.addAll(ids);
            acknowledgedComplaints.addAll(complaints);
            assertEquals(202, postRetryingAClosedConnection(single, body), "batch " + batch + " to one instance");
        }

        /**
         * The single instance's answer. The JDK client may reuse a pooled connection the server has just closed for
         * idleness (Jetty's 10 s idle timeout; "header parser received no bytes"); it retries only idempotent methods
         * itself, so a client of ours retries the POST once, as the event ids make harmless.
         */
        private static int postRetryingAClosedConnection(RunningApp to, String body) throws Exception {
            try {
                return to.post("/api/v1/events/complaint-events", body).statusCode();
            } catch (java.io.IOException closed) {
                return to.post("/api/v1/events/complaint-events", body).statusCode();
            }
        }

        /** {type, stage, occurredAt}: overdue (two alerts), answered on time, answered late. */
        private static List<String[]> eventsOf(int i) {
            return switch (i % 3) {
                case 0 -> List.<String[]>of(new String[] {"RECEIVED", "1", "2026-10-01T10:00:00Z"});
                case 1 -> List.of(new String[] {"RECEIVED", "1", "2026-11-02T10:00:00Z"},
                        new String[] {"ACKNOWLEDGED", "1", "2026-11-03T10:00:00Z"},
                        new String[] {"RESPONDED", "1", "2026-11-10T10:00:00Z"});
                default -> List.of(new String[] {"RECEIVED", "1", "2026-10-05T10:00:00Z"},
                        new String[] {"ACKNOWLEDGED", "1", "2026-10-06T10:00:00Z"},
                        new String[] {"RESPONDED", "1", "2026-11-20T10:00:00Z"});
            };
        }
    }

    /** The same application alone (its own application id and topic prefix) on the same cluster: the reference figures. */
    private RunningApp singleInstance(EmbeddedKafkaCluster cluster, String masterKey) throws Exception {
        Map<ConfigKey, String> flags = new HashMap<>();
        flags.put(AppConfig.DATA_DIR, dir.resolve("single").toString());
        flags.put(AppConfig.BOOTSTRAP_SERVERS, cluster.bootstrapServers());
        flags.put(AppConfig.HTTP_PORT, "0");
        flags.put(AppConfig.PARTITIONS, "3");
        flags.put(AppConfig.REPLICATION, "3");
        flags.put(AppConfig.PUNCTUATE_SECONDS, "1");
        flags.put(AppConfig.TOPIC_PREFIX, "single.");
        flags.put(AppConfig.APPLICATION_ID, "single-instance");
        flags.put(AppConfig.PRIVACY_MASTER_KEY, masterKey);
        flags.put(AppConfig.HOMES, "LL1=1000");
        return RunningApp.of(new Application(new RunSettings(AppConfig.load(null, Map.of(), flags), false)).start(),
                dir.resolve("single"));
    }

    // ---- the query poller ----

    /** Polls every query on every watched instance, one after another, and records each answer. */
    private static final class Poller {
        private final List<AppProcess> watched = Collections.synchronizedList(new ArrayList<>());
        private final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
        private final AtomicBoolean running = new AtomicBoolean(true);
        private volatile String phase = "b joining";
        private final Thread thread = new Thread(this::run, "query-poller");

        void watch(AppProcess app) {
            watched.add(app);
        }

        void unwatch(AppProcess app) {
            watched.remove(app);
        }

        void phase(String name) {
            phase = name;
        }

        void start() {
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join(60_000);
        }

        long count(String inPhase) {
            synchronized (seen) {
                return seen.stream().filter(s -> s.phase().equals(inPhase)).count();
            }
        }

        List<Seen> seen() {
            synchronized (seen) {
                return List.copyOf(seen);
            }
        }

        private void run() {
            while (running.get()) {
                List<AppProcess> now;
                synchronized (watched) {
                    now = List.copyOf(watched);
                }
                for (AppProcess app : now) {
                    for (String path : QUERIES) {
                        String at = phase;
                        try {
                            HttpResponse<String> r = app.get(path);
                            if (watched.contains(app)) { // an answer from an instance being killed is not the survivor's
                                seen.add(new Seen(app.name, at, path, r.statusCode(),
                                        r.headers().firstValue(Freshness.STALE).orElse(""), r.statusCode() == 200 ? "" : r.body()));
                            }
                        } catch (Exception e) {
                            if (watched.contains(app)) {
                                seen.add(new Seen(app.name, at, path, -1, "", e.toString()));
                            }
                        }
                    }
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    // ---- assertions ----

    private static void assertAlwaysAnswered(List<Seen> seen) {
        Map<String, Long> byPhase = new TreeMap<>();
        seen.forEach(s -> byPhase.merge(s.instance() + " " + s.phase() + " " + s.status() + (s.stale().equals("true") ? " stale" : ""), 1L, Long::sum));
        String summary = byPhase.toString();
        System.out.println("query answers (instance, phase, status): " + summary);
        List<Seen> failed = seen.stream().filter(s -> s.status() != 200 && s.status() != 503
                && !(s.status() == 404 && s.path().equals(FIRST) && (s.phase().equals("b joining") || s.stale().equals("true"))))
                .toList();
        assertTrue(failed.isEmpty(), "every query answered 200 or 503 (404 for the first complaint before it was processed), "
                + "never 500 or not at all: " + failed + "\n" + summary);
        List<Seen> unexplained = seen.stream().filter(s -> s.status() == 503 && !s.body().contains("\"reason\"")).toList();
        assertTrue(unexplained.isEmpty(), "every 503 gives its reason: " + unexplained);
        // The survivor may answer 503 only while a task is between owners (the other instance joining, or killed):
        // Kafka Streams closes a copy and reopens it in its new role, and for that moment (seconds on a loaded machine,
        // after the 5 s the query looks again) no copy is queryable. Anywhere else, or more than now and then, fails.
        // A complaint read from a lagging copy that does not hold it yet is a 404 marked stale.
        List<Seen> survivorRefused = seen.stream().filter(s -> s.instance().equals("a") && s.status() == 503).toList();
        assertTrue(survivorRefused.stream().allMatch(s -> (s.phase().equals("b killed") || s.phase().equals("b joining"))
                        && (s.body().contains("store partitions [") || s.body().contains(" of 3 has no copy"))),
                "the survivor answered every query while the other joined and a broker was killed, and refused only for a "
                        + "partition between owners after the kill: " + survivorRefused + "\n" + summary);
        long afterKill = seen.stream().filter(s -> s.instance().equals("a")
                && (s.phase().equals("b killed") || s.phase().equals("b joining"))).count();
        assertTrue(survivorRefused.size() * 10 <= afterKill, "the survivor answered at least 90% of queries while the other joined or after the kill: "
                + survivorRefused.size() + " refused of " + afterKill + "\n" + summary);
        assertTrue(seen.stream().anyMatch(s -> s.instance().equals("a") && s.phase().equals("b killed")
                        && s.status() == 200 && s.stale().equals("true")),
                "while the killed instance's tasks moved, the survivor answered from standby copies and said so: " + summary);
        // every query over all partitions (statistics, TSM, the report with its Ombudsman cases, the lists and the
        // officer's lists) read the killed instance's partitions from the survivor's standby copies, saying so
        for (String path : List.of(TSM, MONTHLY, OVERDUE, ANNUAL, QUEUE, UNLOGGED)) {
            assertTrue(seen.stream().anyMatch(s -> s.instance().equals("a") && s.phase().equals("b killed")
                            && s.path().equals(path) && s.status() == 200 && s.stale().equals("true")),
                    path + " answered from standby copies after the kill, saying so: " + summary);
        }
        assertTrue(seen.stream().anyMatch(s -> s.instance().equals("a") && s.phase().equals("settled")
                        && s.status() == 200 && s.stale().equals("false")),
                "once settled, answers come from running actives: " + summary);
    }

    private static void assertNothingLost(EmbeddedKafkaCluster cluster, Feed feed, AppProcess survivor) throws Exception {
        Set<String> published = readAll(cluster.bootstrapServers(), Topics.COMPLAINT_EVENTS).stream()
                .map(r -> EventSerdes.COMPLAINT_EVENT.decode(r.value()).getEventId().toString()).collect(Collectors.toSet());
        Set<String> lost = new HashSet<>(feed.acknowledgedEvents);
        lost.removeAll(published);
        assertTrue(lost.isEmpty(), "acknowledged events missing from " + Topics.COMPLAINT_EVENTS + ": " + lost);
        assertEquals(BATCHES * PER_BATCH, feed.acknowledgedComplaints.size());

        JsonNode all = JSON.readTree(survivor.get("/api/v1/complaints?limit=100000").body());
        Set<String> answered = new HashSet<>();
        all.forEach(s -> answered.add(s.get("complaintId").asText()));
        assertEquals(new java.util.TreeSet<>(feed.acknowledgedComplaints), new java.util.TreeSet<>(answered),
                "the survivor answers for every acknowledged complaint");
    }

    private static void assertAlertsOnceAndAsOneInstanceRaisesThem(EmbeddedKafkaCluster cluster, RunningApp single) throws Exception {
        // The figures settle before every alert is out: a task moved to the survivor raises its overdue alerts at its
        // next deadline check after the restore. Wait (bounded) for the two alert sets to meet, then judge them.
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline && !new java.util.TreeSet<>(alertKeys(cluster.bootstrapServers(), Topics.ALERTS))
                .equals(new java.util.TreeSet<>(alertKeys(cluster.bootstrapServers(), "single." + Topics.ALERTS)))) {
            Thread.sleep(500); // then the assertions below say what differs
        }
        List<String> cluster2 = alertKeys(cluster.bootstrapServers(), Topics.ALERTS);
        List<String> one = alertKeys(cluster.bootstrapServers(), "single." + Topics.ALERTS);
        Map<String, Long> repeated = cluster2.stream().collect(Collectors.groupingBy(k -> k, TreeMap::new, Collectors.counting()));
        repeated.values().removeIf(n -> n == 1);
        assertTrue(repeated.isEmpty(), "alerts raised more than once: " + repeated);
        assertTrue(cluster2.size() >= 2 * (BATCHES * PER_BATCH / 3), "every overdue complaint alerted: " + cluster2.size());
        assertEquals(new java.util.TreeSet<>(one), new java.util.TreeSet<>(cluster2), "the same alerts as one instance raises");
        assertEquals(one.size(), new HashSet<>(one).size(), "one instance raises each alert once too");
    }

    /** {@code complaintId|stage|kind} of every committed alert. */
    private static List<String> alertKeys(String bootstrap, String topic) {
        return readAll(bootstrap, topic).stream().map(r -> EventSerdes.DEADLINE_ALERT.decode(r.value()))
                .map(a -> a.getComplaintId() + "|" + a.getStage() + "|" + a.getKind()).toList();
    }

    /** Every committed record of the topic, read up to its end offsets as of now. */
    private static List<ConsumerRecord<String, byte[]>> readAll(String bootstrap, String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            var partitions = consumer.partitionsFor(topic).stream().map(i -> new TopicPartition(topic, i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                assertTrue(System.nanoTime() < deadline, "read " + topic + " to its end within 60 s");
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        return out;
    }

    // ---- helpers ----

    private static boolean sameFigures(AppProcess a, RunningApp single) {
        try {
            for (String path : List.of(TSM, MONTHLY)) {
                HttpResponse<String> mine = a.get(path);
                HttpResponse<String> theirs = single.get(path);
                if (mine.statusCode() != 200 || theirs.statusCode() != 200
                        || !JSON.readTree(mine.body()).equals(JSON.readTree(theirs.body()))) {
                    return false;
                }
            }
            JsonNode tsm = JSON.readTree(a.get(TSM).body());
            HttpResponse<String> queue = a.get(QUEUE);
            return tsm.get("stage1Complaints").asInt() == BATCHES * PER_BATCH && queue.statusCode() == 200
                    && JSON.readTree(queue.body()).get("total").asInt() == BATCHES * PER_BATCH;
        } catch (Exception e) {
            return false;
        }
    }

    /** Whether the instance runs at least one active task of the ledger (its internal endpoint, loopback). */
    private static boolean runsActives(AppProcess app) {
        try {
            JsonNode copies = JSON.readTree(app.get("/api/v1/internal/complaint-facts/partitions").body()).path("copies");
            for (JsonNode c : copies) {
                if (c.path("active").asBoolean()) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    /** How many partitions of the ledger the instance runs as active tasks (its internal endpoint, loopback). */
    private static long activePartitions(AppProcess app) {
        try {
            JsonNode copies = JSON.readTree(app.get("/api/v1/internal/complaint-facts/partitions").body()).path("copies");
            java.util.Set<Integer> active = new java.util.HashSet<>();
            copies.forEach(c -> {
                if (c.path("active").asBoolean()) {
                    active.add(c.path("partition").asInt());
                }
            });
            return active.size();
        } catch (Exception e) {
            return -1;
        }
    }

    /** Whether the node leads a partition of the input topic of complaint events now. */
    private static boolean leadsAnInputPartition(EmbeddedKafkaCluster cluster, int nodeId) throws Exception {
        try (var admin = org.apache.kafka.clients.admin.Admin.create(Map.of("bootstrap.servers", cluster.bootstrapServers()))) {
            return admin.describeTopics(List.of(Topics.COMPLAINT_EVENTS)).allTopicNames().get(30, java.util.concurrent.TimeUnit.SECONDS)
                    .get(Topics.COMPLAINT_EVENTS).partitions().stream()
                    .anyMatch(p -> p.leader() != null && p.leader().id() == nodeId);
        }
    }

    private static int status(AppProcess app, String path) {
        try {
            return app.get(path).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    /** Evaluates {@code condition} every 250 ms until true; fails after {@code timeout}. */
    private static void await(Duration timeout, BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " (not within " + timeout + ")");
            }
            Thread.sleep(250);
        }
    }
}
