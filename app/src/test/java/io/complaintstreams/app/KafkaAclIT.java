package io.complaintstreams.app;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.complaintstreams.broker.BrokerSettings;
import io.complaintstreams.broker.EmbeddedKafkaBroker;
import io.complaintstreams.broker.internal.FreePorts;
import io.complaintstreams.config.AppConfig;
import io.complaintstreams.config.ConfigKey;
import io.complaintstreams.privacy.MasterKey;
import io.complaintstreams.testsupport.Poll;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 item 4: a real KRaft broker with a SASL_PLAINTEXT SCRAM-SHA-256 listener and the StandardAuthorizer (no ACL,
 * no access). The app, authenticating as {@code User:app}, refuses to start with one error naming each missing
 * permission when the group and transactional-id ACLs are left out, and when only Read on the group is (a group that
 * never ran), and runs end to end (ingest, topology, query) with exactly the ACLs the README lists. The broker's PLAINTEXT listener (loopback, principal ANONYMOUS, a super user)
 * is the administrator's way in.
 */
@Timeout(240)
class KafkaAclIT {
    private static final String APP = "complaint-streams";
    private static final String USER = "app";
    private static final String PASSWORD = "app-secret-9f3c";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void shouldRunWithTheDocumentedAclsAndRefuseToStartNamingTheMissingOnes() throws Exception {
        int saslPort = FreePorts.pick();
        Map<String, String> broker = new HashMap<>();
        broker.put("listeners", "PLAINTEXT://127.0.0.1:{clientPort},SASL_PLAINTEXT://127.0.0.1:" + saslPort
                + ",CONTROLLER://127.0.0.1:{controllerPort}");
        broker.put("advertised.listeners", "PLAINTEXT://127.0.0.1:{clientPort},SASL_PLAINTEXT://127.0.0.1:" + saslPort);
        broker.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT");
        broker.put("sasl.enabled.mechanisms", "SCRAM-SHA-256");
        broker.put("listener.name.sasl_plaintext.scram-sha-256.sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;");
        broker.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        broker.put("super.users", "User:ANONYMOUS");
        broker.put("allow.everyone.if.no.acl.found", "false");
        Path keyFile = dir.resolve("master.key");
        MasterKey.generate().writeNew(keyFile);

        try (EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(new BrokerSettings(dir.resolve("broker"), 0, null, broker));
             Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            kafka.awaitReady(Duration.ofSeconds(90));
            admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(USER,
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_256, 4096), PASSWORD))).all().get();
            List<AclBinding> withoutGroupAndTransactions = readmeAcls().stream()
                    .filter(b -> b.pattern().resourceType() != ResourceType.GROUP && b.pattern().resourceType() != ResourceType.TRANSACTIONAL_ID)
                    .toList();
            admin.createAcls(withoutGroupAndTransactions).all().get();

            MissingKafkaPermissionException refused = assertThrows(MissingKafkaPermissionException.class,
                    () -> assertTimeoutPreemptively(Duration.ofSeconds(120), () -> app(saslPort, keyFile, "refused").start()));
            assertTrue(refused.getMessage().contains("Read on group '" + APP + "'"), refused.getMessage());
            assertTrue(refused.getMessage().contains("transactional ids prefixed '" + APP + "'"), refused.getMessage());
            assertTrue(!refused.getMessage().contains("topic"), "the topic ACLs are all there: " + refused.getMessage());

            List<AclBinding> allButGroupRead = readmeAcls().stream()
                    .filter(b -> !(b.pattern().resourceType() == ResourceType.GROUP && b.entry().operation() == AclOperation.READ)).toList();
            admin.createAcls(allButGroupRead).all().get();
            MissingKafkaPermissionException noRead = assertThrows(MissingKafkaPermissionException.class,
                    () -> assertTimeoutPreemptively(Duration.ofSeconds(120), () -> app(saslPort, keyFile, "no-read").start()));
            assertTrue(noRead.getMessage().contains("Read on group '" + APP + "'"), noRead.getMessage());
            assertTrue(!noRead.getMessage().contains("transactional"), noRead.getMessage());

            admin.createAcls(readmeAcls()).all().get();
            try (Application app = app(saslPort, keyFile, "granted").start()) {
                Instant now = Instant.now();
                Poll.until(Duration.ofSeconds(120), () -> post(app, "{\"complaintId\":\"C-ACL-1\",\"landlordId\":\"LL1\",\"residentId\":\"R-ACL\","
                        + "\"type\":\"RECEIVED\",\"stage\":1,\"occurredAt\":\"" + now.minusSeconds(3600) + "\"}") == 202, "ingest accepted over SASL");
                Poll.until(Duration.ofSeconds(120), () -> get(app, "/api/v1/complaints/C-ACL-1") == 200,
                        "the topology processed it (internal topics, exactly-once transactions, group)");
            }
        }
    }

    /** The ACLs of README "Deploying on a cluster", for principal User:app and application id complaint-streams. */
    static List<AclBinding> readmeAcls() {
        List<AclBinding> acls = new ArrayList<>();
        for (String prefix : List.of("crm.", "complaints.")) {
            allow(acls, ResourceType.TOPIC, prefix, PatternType.PREFIXED, AclOperation.DESCRIBE, AclOperation.READ, AclOperation.WRITE,
                    AclOperation.CREATE, AclOperation.DESCRIBE_CONFIGS);
        }
        allow(acls, ResourceType.TOPIC, APP + "-", PatternType.PREFIXED, AclOperation.CREATE, AclOperation.DELETE, AclOperation.DESCRIBE,
                AclOperation.DESCRIBE_CONFIGS, AclOperation.READ, AclOperation.WRITE);
        allow(acls, ResourceType.GROUP, APP, PatternType.LITERAL, AclOperation.READ, AclOperation.DESCRIBE);
        allow(acls, ResourceType.TRANSACTIONAL_ID, APP, PatternType.PREFIXED, AclOperation.WRITE, AclOperation.DESCRIBE);
        return acls;
    }

    private static void allow(List<AclBinding> acls, ResourceType type, String name, PatternType pattern, AclOperation... operations) {
        for (AclOperation op : operations) {
            acls.add(new AclBinding(new ResourcePattern(type, name, pattern),
                    new AccessControlEntry("User:" + USER, "*", op, AclPermissionType.ALLOW)));
        }
    }

    private Application app(int saslPort, Path keyFile, String name) throws Exception {
        Map<ConfigKey, String> flags = new HashMap<>();
        flags.put(AppConfig.DATA_DIR, dir.resolve(name).toString());
        flags.put(AppConfig.BOOTSTRAP_SERVERS, "127.0.0.1:" + saslPort);
        flags.put(AppConfig.HTTP_PORT, "0");
        flags.put(AppConfig.PARTITIONS, "2");
        flags.put(AppConfig.PUNCTUATE_SECONDS, "1");
        flags.put(AppConfig.PRIVACY_MASTER_KEY_FILE, keyFile.toString());
        AppConfig config = AppConfig.load(null, Map.of(), flags).withKafka(Map.of(
                "security.protocol", "SASL_PLAINTEXT",
                "sasl.mechanism", "SCRAM-SHA-256",
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + USER
                        + "\" password=\"" + PASSWORD + "\";"));
        return new Application(new RunSettings(config, false));
    }

    private static int post(Application app, String json) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(app.httpUrl() + "/api/v1/events/complaint-events"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static int get(Application app, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(app.httpUrl() + path)).GET().build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode();
        } catch (Exception e) {
            return -1;
        }
    }
}
