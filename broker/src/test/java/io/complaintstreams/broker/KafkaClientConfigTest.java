package io.complaintstreams.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaClientConfigTest {
    @Test
    void shouldPassSecuritySettingsThroughAndDropOthers() {
        KafkaClientConfig config = new KafkaClientConfig("broker-1:9093", Map.of(
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", "secret",
                "ssl.truststore.location", "/etc/ts.jks",
                "request.timeout.ms", "20000",
                "acks", "0"));

        Map<String, Object> map = config.asMap();

        assertEquals("broker-1:9093", map.get("bootstrap.servers"));
        assertEquals("SASL_SSL", map.get("security.protocol"));
        assertEquals("SCRAM-SHA-512", map.get("sasl.mechanism"));
        assertEquals("/etc/ts.jks", config.asProperties().get("ssl.truststore.location"));
        assertEquals("20000", map.get("request.timeout.ms"), "understood by every client type: passes");
        assertFalse(map.containsKey("acks"), "a producer-only setting is not for every client");
        assertFalse(config.toString().contains("secret"));
    }

    @Test
    void shouldRefuseBlankBootstrapServers() {
        assertThrows(IllegalArgumentException.class, () -> KafkaClientConfig.of(" "));
    }
}
