package io.complaintstreams.config;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.Uuid;
import org.junit.jupiter.api.Test;

/**
 * No Docker engine or Kubernetes runs where this is built, so the deployment files are checked here: the services a
 * cluster needs are present, the KRaft quorum and replication add up, every host path mounted exists in the
 * repository, and every setting given to the app is a key the app knows (Kafka settings checked against Kafka's own
 * definitions, as at start-up).
 */
class DeploymentFilesTest {
    private static final Path ROOT = Path.of("..");
    private static final YAMLMapper YAML = new YAMLMapper();
    /** Read by the launcher or the image, not by the app's configuration. */
    private static final Set<String> LAUNCHER_VARIABLES = Set.of("COMPLAINT_STREAMS_JAVA_OPTS", "COMPLAINT_STREAMS_LOG_LEVEL");

    @Test
    void shouldDescribeAThreeBrokerKraftClusterTwoAppsConnectPrometheusAndGrafana() throws Exception {
        JsonNode services = YAML.readTree(ROOT.resolve("docker-compose.yml").toFile()).get("services");
        List<String> names = new ArrayList<>();
        services.fieldNames().forEachRemaining(names::add);
        assertTrue(names.containsAll(List.of("kafka-1", "kafka-2", "kafka-3", "app-1", "app-2", "connect", "prometheus", "grafana")), names.toString());

        for (String broker : List.of("kafka-1", "kafka-2", "kafka-3")) {
            JsonNode service = services.get(broker);
            assertTrue(service.get("image").asText().startsWith("apache/kafka:"), broker);
            JsonNode env = service.get("environment");
            assertEquals("broker,controller", env.get("KAFKA_PROCESS_ROLES").asText());
            assertEquals("1@kafka-1:9093,2@kafka-2:9093,3@kafka-3:9093", env.get("KAFKA_CONTROLLER_QUORUM_VOTERS").asText());
            assertEquals(broker.substring("kafka-".length()), env.get("KAFKA_NODE_ID").asText());
            assertDoesNotThrow(() -> Uuid.fromString(env.get("CLUSTER_ID").asText()), "CLUSTER_ID is a Kafka cluster id");
            assertEquals("3", env.get("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR").asText());
            assertEquals("2", env.get("KAFKA_MIN_INSYNC_REPLICAS").asText());
        }
        assertEquals(1, new java.util.HashSet<>(List.of(services.get("kafka-1").at("/environment/CLUSTER_ID").asText(),
                services.get("kafka-2").at("/environment/CLUSTER_ID").asText(),
                services.get("kafka-3").at("/environment/CLUSTER_ID").asText())).size(), "one cluster id");

        for (String app : List.of("app-1", "app-2")) {
            AppConfig config = checkedAppConfig(app, environment(services.get(app).get("environment")));
            assertEquals("kafka-1:9092,kafka-2:9092,kafka-3:9092", config.get(AppConfig.BOOTSTRAP_SERVERS));
            assertEquals(3, config.getInt(AppConfig.REPLICATION));
            assertEquals(app, config.get(AppConfig.ADVERTISED_HOST), "queries are forwarded to the service name");
        }
        assertHostPathsExist(services);
    }

    @Test
    void shouldGiveTheKubernetesStatefulSetPersistentStateReadinessOnHealthAndKnownSettings() throws Exception {
        List<JsonNode> documents = new ArrayList<>();
        try (var parser = new YAMLFactory().createParser(ROOT.resolve("deploy/k8s/complaint-streams.yaml").toFile())) {
            new ObjectMapper().readValues(parser, JsonNode.class).forEachRemaining(documents::add);
        }
        JsonNode set = documents.stream().filter(d -> "StatefulSet".equals(d.path("kind").asText())).findFirst().orElseThrow();
        JsonNode container = set.at("/spec/template/spec/containers/0");
        assertEquals("/health", container.at("/readinessProbe/httpGet/path").asText());
        assertEquals("state", set.at("/spec/volumeClaimTemplates/0/metadata/name").asText());
        assertEquals("/var/lib/complaint-streams", container.at("/volumeMounts/0/mountPath").asText());
        Map<String, String> env = new LinkedHashMap<>();
        container.get("env").forEach(e -> env.put(e.get("name").asText(), e.path("value").asText("")));
        env.remove("POD_NAME");
        AppConfig config = checkedAppConfig("the StatefulSet", env);
        assertEquals("/var/lib/complaint-streams", config.get(AppConfig.DATA_DIR));
    }

    @Test
    void shouldConfigureTheConnectWorkerWithThePluginAndAnExistingMapping() throws Exception {
        String worker = Files.readString(ROOT.resolve("deploy/connect/connect-distributed.properties"));
        assertTrue(worker.contains("plugin.path=/opt/connect-plugins"));
        JsonNode connector = new ObjectMapper().readTree(ROOT.resolve("deploy/connect/housing-system-exports.json").toFile());
        String mapping = connector.get("transforms.map.mapping.file").asText();
        assertTrue(mapping.startsWith("/etc/complaint-streams/mappings/"), mapping);
        assertTrue(Files.isRegularFile(ROOT.resolve("config/mappings").resolve(mapping.substring(mapping.lastIndexOf('/') + 1))),
                "the connector's mapping file is one the image copies from config/mappings");
        assertEquals("${env:COMPLAINT_STREAMS_PRIVACY_MASTER_KEY}", connector.path("transforms.map.privacy.master-key").asText(),
                "the transform seals text with the apps' master key, from the worker's environment");
        assertTrue(worker.contains("config.providers.env.class=org.apache.kafka.common.config.provider.EnvVarConfigProvider"));
        assertTrue(connector.path("transforms.map.privacy.bootstrap.servers").asText().contains("kafka-1:9092"));
    }

    /** Every COMPLAINT_STREAMS_* variable is a key the app knows; the resulting config passes the app's own checks. */
    private static AppConfig checkedAppConfig(String where, Map<String, String> env) throws Exception {
        Set<String> known = new java.util.HashSet<>(LAUNCHER_VARIABLES);
        AppConfig.ALL.forEach(k -> known.add(k.environmentVariable()));
        for (String name : env.keySet()) {
            assertTrue(known.contains(name) || name.startsWith("COMPLAINT_STREAMS_KAFKA_"),
                    where + " sets " + name + ", which is not a configuration key of the app");
        }
        AppConfig config = AppConfig.load(null, env, Map.of());
        assertDoesNotThrow(config::kafkaSettings, where + ": a kafka.* setting Kafka does not know or the app refuses");
        for (ConfigKey key : List.of(AppConfig.HTTP_PORT, AppConfig.PARTITIONS, AppConfig.REPLICATION)) {
            config.getInt(key);
        }
        config.homesByLandlord();
        return config;
    }

    private static Map<String, String> environment(JsonNode env) {
        Map<String, String> out = new LinkedHashMap<>();
        env.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    private static void assertHostPathsExist(JsonNode services) {
        services.forEach(service -> service.path("volumes").forEach(volume -> {
            String source = volume.asText().split(":")[0];
            if (source.startsWith("./") && !source.equals("./exports")) {
                assertTrue(Files.exists(ROOT.resolve(source)), "mounted path " + source + " exists in the repository");
            }
        }));
    }
}
