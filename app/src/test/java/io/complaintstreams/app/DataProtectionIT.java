package io.complaintstreams.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import complaintstreams.events.Contact;
import complaintstreams.events.DeadlineState;
import complaintstreams.events.Signal;
import complaintstreams.privacy.ErasureAudit;
import complaintstreams.privacy.ResidentKey;
import io.complaintstreams.broker.KafkaClientConfig;
import io.complaintstreams.cli.Main;
import io.complaintstreams.erase.ResidentErasure;
import io.complaintstreams.erase.ResidentKeyScan;
import io.complaintstreams.erase.TextRetentionJob;
import io.complaintstreams.privacy.KeyRingVault;
import io.complaintstreams.privacy.MasterKey;
import io.complaintstreams.privacy.TextRetention;
import io.complaintstreams.privacy.TextSealer;
import io.complaintstreams.streams.TopologySettings;
import io.complaintstreams.testsupport.Poll;
import io.complaintstreams.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.HashMap;
import io.complaintstreams.config.AppConfig;
import io.complaintstreams.streams.classification.ClassificationPart;
import io.complaintstreams.streams.deadline.DeadlineClockPart;
import io.complaintstreams.streams.privacy.PersonalDataInventory;
import io.complaintstreams.streams.privacy.PersonalDataInventory.Holding;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 "Done when", on the real app and broker: a resident's free text never appears in clear in any topic
 * (internal ones included), before or after erasure; after {@code erase --resident} their text can no longer be
 * decrypted, their id is masked in the complaint state and complaints.deadlines, the TSM and annual figures are
 * unchanged, and the erasure is audited without the id; retention deletes old months' keys. The stores and topics
 * checked for the resident id are enumerated from the running topology, each checked against the
 * {@link PersonalDataInventory}: after the erasure no store names the resident and only the append-only kept
 * topics (whose text is sealed) still carry the id.
 */
class DataProtectionIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String APP_ID = AppConfig.APPLICATION_ID.defaultValue();
    private static final String RESIDENT = "R-DP-4471";
    private static final String OTHER = "R-DP-9000";
    private static final String TEXT = "Zanzibarquux: still waiting for the bedroom window to be fixed, reported in August, "
            + "nobody came and there is a draught coming through the gap";
    private static final String REPRESENTATIVE = "Cllr Quentin Xylophone";
    private static final String COMMENT = "Plumbobquux contractors left a mess and never came back";
    private static final String OLD_TEXT = "Oldfjordquux the gutter has been leaking since March, nobody has been out";
    private static final String ORDER = "apologise to Mrs Quagmirequux in writing";
    private static final List<String> SECRETS = List.of("Zanzibarquux", "Xylophone", "Plumbobquux", "Oldfjordquux", "Quagmirequux");

    @TempDir
    Path dataDir;

    @Test
    void shouldKeepTextSealedEverywhereAndEraseAResidentKeepingTheFigures() throws Exception {
        Instant now = Instant.now();
        String period = financialYear(LocalDate.now(TopologySettings.LONDON));
        try (RunningApp running = RunningApp.start(dataDir, Map.of())) {
            Topics topics = Topics.unprefixed();
            KafkaClientConfig clients = KafkaClientConfig.of(running.app.kafkaAddress());
            MasterKey master = MasterKey.read(dataDir.resolve(PrivacyWiring.DEFAULT_KEY_FILE));

            postAccepted(running, "/api/v1/events/contacts", contact("CT-1", RESIDENT, now.minusSeconds(3600), TEXT, REPRESENTATIVE));
            postAccepted(running, "/api/v1/events/contacts", contact("CT-2", OTHER, now.minusSeconds(600),
                    "Please can someone call me about my rent statement", null));
            postAccepted(running, "/api/v1/events/contacts", contact("CT-OLD", OTHER, Instant.parse("2019-06-03T10:00:00Z"), OLD_TEXT, null));
            postAccepted(running, "/api/v1/events/surveys", "{\"surveyId\":\"SV-1\",\"landlordId\":\"LL1\",\"residentId\":\"" + RESIDENT
                    + "\",\"occurredAt\":\"" + now.minusSeconds(3000) + "\",\"kind\":\"TRANSACTIONAL\",\"score\":2,\"comment\":\"" + COMMENT + "\"}");
            for (String[] c : new String[][] {{"C-DP-1", RESIDENT}, {"C-DP-2", OTHER}}) {
                postAccepted(running, "/api/v1/events/complaint-events", "[" + event(c[0], c[1], "RECEIVED", now.minusSeconds(7200)) + ","
                        + event(c[0], c[1], "ACKNOWLEDGED", now.minusSeconds(3600)) + "]");
            }

            postAccepted(running, "/api/v1/events/ombudsman-cases", "{\"caseId\":\"HOS-1\",\"complaintId\":\"C-DP-1\",\"landlordId\":\"LL1\","
                    + "\"residentId\":\"" + RESIDENT + "\",\"type\":\"ORDER_MADE\",\"occurredAt\":\"" + now.minusSeconds(1800)
                    + "\",\"orderId\":\"O-1\",\"order\":\"" + ORDER + "\",\"orderDueOn\":\"" + LocalDate.now(TopologySettings.LONDON) + "\"}"); // due in this quarter: the pack lists orders due by its end
            String quarter = "/api/v1/reports/quarter?period=" + period + "-Q" + quarterOf(LocalDate.now(TopologySettings.LONDON));
            Poll.until(Duration.ofSeconds(120), () -> body(running, quarter).contains(ORDER),
                    "the quarterly pack shows the order's wording, opened with the resident's key");
            Poll.until(Duration.ofSeconds(120), () -> signalFor(running, "CT-1").isPresent(), "the sealed contact is classified");
            assertTrue(signalFor(running, "CT-1").get().getDissatisfied(), "the classifier read the decrypted text");
            Poll.until(Duration.ofSeconds(60), () -> body(running, "/api/v1/complaints/C-DP-1").contains(RESIDENT), "complaint state");
            String tsmBefore = running.get("/api/v1/tsm?period=" + period).body();
            JsonNode annualBefore = withoutTimes(running.get("/api/v1/reports/annual?period=" + period).body());
            assertTrue(JSON.readTree(tsmBefore).path("stage1Complaints").asInt() >= 2, tsmBefore);

            assertNoSecretInAnyTopic(running);
            PersonalDataInventory inventory = PersonalDataInventory.of(topics);
            Set<String> storesBefore = storesNaming(running, RESIDENT);
            assertTrue(storesBefore.containsAll(Set.of(DeadlineClockPart.LEDGER_STORE, ClassificationPart.UNLOGGED_STORE)), storesBefore.toString());
            for (String store : storesBefore) {
                assertEquals(Holding.RESIDENT_ID_MASKED, inventory.store(store).orElseThrow().holding(),
                        store + " holds resident ids: the inventory must say so and erasure must mask it");
            }
            for (String topic : topicsNaming(running, RESIDENT)) {
                assertTrue(Set.of(Holding.RESIDENT_ID_KEPT, Holding.RESIDENT_ID_MASKED, Holding.RESIDENT_ID_PURGED, Holding.RESIDENT_ID_BOUNDED)
                        .contains(inventory.topic(topic).orElseThrow().holding()), topic + " holds resident ids: the inventory must say so");
            }
            Contact sealed = sealedContact(running, "CT-1");
            String aad = TextSealer.associatedData("Contact", sealed.getEventId(), "text");
            assertEquals(Optional.of(TEXT), vault(master, clients, topics).open(sealed.getTextSealed(), aad), "readable before erasure");

            int exit = Main.execute("erase", "--resident", RESIDENT, "--yes", "--reason", "DSAR-2026-117", "--by", "dpo@landlord.example",
                    "--bootstrap-servers", running.app.kafkaAddress(), "--data-dir", dataDir.toString());
            assertEquals(Main.OK, exit);

            Poll.until(Duration.ofSeconds(120), () -> body(running, "/api/v1/complaints/C-DP-1").contains("\"erased-"),
                    "the complaint state shows the masked id");
            assertFalse(running.get("/api/v1/complaints/C-DP-1").body().contains(RESIDENT));
            assertTrue(running.get("/api/v1/complaints/C-DP-2").body().contains(OTHER), "other residents untouched");
            Poll.until(Duration.ofSeconds(60), () -> Optional.ofNullable(latestDeadline(running, "C-DP-1")).map(d -> d.getResidentId().startsWith("erased-")).orElse(false),
                    "complaints.deadlines carries the masked id as the complaint's latest state");

            Poll.until(Duration.ofSeconds(120), () -> storesNaming(running, RESIDENT).isEmpty(),
                    "no store of the topology holds the erased id");
            Poll.until(Duration.ofSeconds(120), () -> topicsNaming(running, RESIDENT).stream()
                            .allMatch(t -> Set.of(Holding.RESIDENT_ID_KEPT, Holding.RESIDENT_ID_BOUNDED)
                                    .contains(inventory.topic(t).orElseThrow().holding())),
                    "only kept append-only topics (and dead letters, bounded by retention) still name the erased id");
            assertTrue(storesNaming(running, OTHER).contains(DeadlineClockPart.LEDGER_STORE), "other residents untouched");

            assertEquals(Optional.empty(), vault(master, clients, topics).open(sealed.getTextSealed(), aad), "unreadable after erasure");
            assertEquals(tsmBefore, running.get("/api/v1/tsm?period=" + period).body(), "TSM unchanged");
            String packAfter = running.get(quarter).body();
            assertTrue(packAfter.contains("O-1") && !packAfter.contains("Quagmirequux"), "the order is listed, its wording erased: " + packAfter);
            String annualAfter = running.get("/api/v1/reports/annual?period=" + period).body();
            assertFalse(annualAfter.contains("Quagmirequux"), "the annual report lists the order without its erased wording");
            assertEquals(withoutOrderWording(annualBefore), withoutOrderWording(withoutTimes(annualAfter)),
                    "annual report unchanged but for the erased order wording");

            List<ConsumerRecord<String, byte[]>> audits = running.readAll(Topics.ERASURE_AUDIT, Duration.ofSeconds(2));
            assertEquals(1, audits.size());
            assertFalse(new String(audits.get(0).value(), StandardCharsets.UTF_8).contains(RESIDENT), "the audit record holds no id");
            ErasureAudit audit = topics.erasureAudit.valueSerde().decode(audits.get(0).value());
            assertEquals("dpo@landlord.example", audit.getRequestedBy());
            assertEquals("DSAR-2026-117", audit.getReason());
            assertTrue(audit.getKeysErased() >= 1);
            assertEquals(ResidentErasure.saltedHash(HexFormat.of().parseHex(audit.getSalt()), RESIDENT), audit.getResidentHash());

            // The app's own job runs a minute after start; either it or this run deletes the 2019 month's key.
            new TextRetentionJob(clients, topics, TextRetention.parse("P6Y"), Clock.systemUTC(), TopologySettings.LONDON).runOnce();
            String oldKeyId = sealedContact(running, "CT-OLD").getTextSealed().getKeyId();
            assertTrue(oldKeyId.contains("|2019-06|"), oldKeyId);
            List<ConsumerRecord<String, byte[]>> keyHistory = running.readAll(Topics.RESIDENT_KEYS, Duration.ofSeconds(1)).stream()
                    .filter(r -> r.key().equals(oldKeyId)).toList();
            assertTrue(keyHistory.get(0).value() != null, "the key was published with the record");
            assertTrue(keyHistory.get(keyHistory.size() - 1).value() == null, "retention tombstoned it");
            assertTrue(ResidentKeyScan.live(clients, topics.residentKeys, Duration.ofSeconds(30)).values().stream()
                    .noneMatch(k -> k.getPeriod().equals("2019-06")), "no key of 2019-06 is left");
            assertEquals(1, ResidentKeyScan.live(clients, topics.residentKeys, Duration.ofSeconds(30)).values().stream()
                    .filter(k -> k.getResidentRef().equals(master.residentRef(OTHER))).count(), "the other resident's current key stays");

            assertNoSecretInAnyTopic(running);
        }
    }

    /** 503 means "not accepted, retry" (e.g. the broker's transaction log still starting on a loaded machine). */
    private static void postAccepted(RunningApp running, String path, String json) {
        Poll.until(Duration.ofSeconds(120), () -> {
            try {
                int status = running.post(path, json).statusCode();
                assertTrue(status == 202 || status == 503, "status " + status);
                return status == 202;
            } catch (Exception e) {
                return false;
            }
        }, "POST " + path + " accepted");
    }

    private static String body(RunningApp running, String path) {
        try {
            return running.get(path).body();
        } catch (Exception e) {
            return "";
        }
    }

    private static KeyRingVault vault(MasterKey master, KafkaClientConfig clients, Topics topics) throws Exception {
        Map<String, ResidentKey> ring = ResidentKeyScan.live(clients, topics.residentKeys, Duration.ofSeconds(30));
        return new KeyRingVault(master, ring::get, TextRetention.parse("P6Y"), () -> LocalDate.now(TopologySettings.LONDON), Duration.ZERO);
    }

    /** Every record of every topic on the broker, internal ones included, aborted ones included: no secret in clear. */
    private static void assertNoSecretInAnyTopic(RunningApp running) throws Exception {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, running.app.kafkaAddress());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
        List<TopicPartition> partitions = new ArrayList<>();
        try (Admin admin = Admin.create(p)) {
            for (var d : admin.describeTopics(admin.listTopics(new ListTopicsOptions().listInternal(true)).names().get()).allTopicNames().get().values()) {
                d.partitions().forEach(tp -> partitions.add(new TopicPartition(d.name(), tp.partition())));
            }
        }
        int scanned = 0;
        try (var consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    scanned++;
                    for (String secret : SECRETS) {
                        assertFalse(contains(r.key(), secret) || contains(r.value(), secret) || inHeaders(r, secret),
                                secret + " in clear on " + r.topic() + " offset " + r.offset());
                    }
                }
            }
        }
        assertTrue(scanned > 10, "scanned " + scanned + " records");
    }

    /**
     * The stores of the running topology (enumerated from its description, so a new store is checked too) whose live
     * entries name {@code residentId}: each store is read through its changelog (a global store through its source
     * topic), latest value per key, as the store holds it and as log compaction will keep it. A store without a
     * changelog fails the test: it could hold anything.
     */
    private static Set<String> storesNaming(RunningApp running, String residentId) {
        TopologyDescription description = running.app.topologyDescription();
        Map<String, String> globalTopics = PersonalDataInventory.globalStoreTopics(description);
        Set<String> out = new TreeSet<>();
        for (String store : PersonalDataInventory.storesOf(description)) {
            String topic = globalTopics.getOrDefault(store, APP_ID + "-" + store + "-changelog");
            if (latestNaming(running, topic, residentId)) {
                out.add(store);
            }
        }
        return out;
    }

    /**
     * The topics of the running topology and of the app ({@code Topics}) that name {@code residentId} in a record a
     * reader can still get: every record of an append-only topic, the latest value per key of a compacted one
     * (changelogs and complaints.deadlines), what is left of a repartition topic after Kafka Streams' purge.
     */
    private static Set<String> topicsNaming(RunningApp running, String residentId) {
        Set<String> names = new TreeSet<>(PersonalDataInventory.topicsOf(running.app.topologyDescription()));
        names.addAll(Topics.unprefixed().allNames());
        Set<String> out = new TreeSet<>();
        for (String name : names) {
            String topic = name.endsWith("-repartition") ? APP_ID + "-" + name : name;
            boolean compacted = compacted(running, topic);
            boolean naming = compacted ? latestNaming(running, topic, residentId)
                    : readCommitted(running, topic).stream().anyMatch(r -> contains(r.key(), residentId) || contains(r.value(), residentId));
            if (naming) {
                out.add(name);
            }
        }
        return out;
    }

    private static boolean latestNaming(RunningApp running, String topic, String residentId) {
        Map<String, byte[]> latest = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> r : readCommitted(running, topic)) {
            latest.put(r.partition() + "/" + HexFormat.of().formatHex(r.key()), r.value());
        }
        return latest.entrySet().stream().anyMatch(e -> e.getValue() != null
                && (contains(HexFormat.of().parseHex(e.getKey().substring(e.getKey().indexOf('/') + 1)), residentId)
                || contains(e.getValue(), residentId)));
    }

    private static boolean compacted(RunningApp running, String topic) {
        try (Admin admin = Admin.create(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, running.app.kafkaAddress()))) {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            var config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
            return config.get("cleanup.policy").value().contains("compact");
        } catch (Exception e) {
            throw new AssertionError("topic " + topic + " of the topology is not on the broker", e);
        }
    }

    /** Every committed record of {@code topic} from its first offset to its end offset as of the call (bounded). */
    private static List<ConsumerRecord<byte[], byte[]>> readCommitted(RunningApp running, String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, running.app.kafkaAddress());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream().map(i -> new TopicPartition(topic, i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                assertTrue(System.nanoTime() < deadline, "reading " + topic + " timed out");
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        return out;
    }

    private static boolean inHeaders(ConsumerRecord<byte[], byte[]> r, String secret) {
        for (Header h : r.headers()) {
            if (contains(h.value(), secret)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(byte[] bytes, String secret) {
        return bytes != null && new String(bytes, StandardCharsets.ISO_8859_1).contains(secret);
    }

    private static Optional<Signal> signalFor(RunningApp running, String sourceId) {
        return running.readAll(Topics.SIGNALS, Duration.ofMillis(500)).stream()
                .map(r -> Topics.unprefixed().signals.valueSerde().decode(r.value()))
                .filter(s -> s.getSourceId().equals(sourceId)).findFirst();
    }

    private static Contact sealedContact(RunningApp running, String contactId) {
        return running.readAll(Topics.CONTACTS, Duration.ofSeconds(3)).stream()
                .map(r -> Topics.unprefixed().contacts.valueSerde().decode(r.value()))
                .filter(c -> c.getContactId().equals(contactId)).findFirst().orElseThrow();
    }

    private static DeadlineState latestDeadline(RunningApp running, String complaintId) {
        DeadlineState latest = null;
        for (var r : running.readAll(Topics.DEADLINES, Duration.ofMillis(500))) {
            if (complaintId.equals(r.key())) {
                latest = Topics.unprefixed().deadlines.valueSerde().decode(r.value());
            }
        }
        return latest;
    }

    /** The report with each Ombudsman order's wording (erasable free text) left out: the figures and the orders stay. */
    private static JsonNode withoutOrderWording(JsonNode report) {
        JsonNode copy = report.deepCopy();
        copy.path("ombudsmanOrders").path("orders").forEach(o -> ((ObjectNode) o).remove("order"));
        return copy;
    }

    private static JsonNode withoutTimes(String body) throws Exception {
        JsonNode node = JSON.readTree(body);
        strip(node);
        return node;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode o) {
            for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (name.toLowerCase().contains("generated") || name.toLowerCase().contains("asof")) {
                    it.remove();
                } else {
                    strip(o.get(name));
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(DataProtectionIT::strip);
        }
    }

    private static String contact(String id, String resident, Instant at, String text, String representative) {
        return "{\"contactId\":\"" + id + "\",\"landlordId\":\"LL1\",\"residentId\":\"" + resident + "\",\"channel\":\"email\","
                + "\"occurredAt\":\"" + at + "\",\"text\":\"" + text + "\""
                + (representative == null ? "" : ",\"representative\":\"" + representative + "\"") + "}";
    }

    private static String event(String complaintId, String resident, String type, Instant at) {
        return "{\"complaintId\":\"" + complaintId + "\",\"landlordId\":\"LL1\",\"residentId\":\"" + resident + "\",\"type\":\"" + type
                + "\",\"stage\":1,\"occurredAt\":\"" + at + "\"}";
    }

    private static int quarterOf(LocalDate d) {
        return (d.getMonthValue() + 8) % 12 / 3 + 1; // April-June Q1 ... January-March Q4
    }

    private static String financialYear(LocalDate d) {
        int start = d.getMonthValue() >= 4 ? d.getYear() : d.getYear() - 1;
        return start + "-" + String.format("%02d", (start + 1) % 100);
    }
}
