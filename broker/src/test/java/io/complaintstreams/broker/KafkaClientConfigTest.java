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
                "acks", "0"));

        Map<String, Object> map = config.asMap();

        assertEquals("broker-1:9093", map.get("bootstrap.servers"));
        assertEquals("SASL_SSL", map.get("security.protocol"));
        assertEquals("SCRAM-SHA-512", map.get("sasl.mechanism"));
        assertEquals("/etc/ts.jks", config.asProperties().get("ssl.truststore.location"));
        assertFalse(map.containsKey("acks"));
        assertFalse(config.toString().contains("secret"));
    }

    @Test
    void shouldRefuseBlankBootstrapServers() {
        assertThrows(IllegalArgumentException.class, () -> KafkaClientConfig.of(" "));
    }
}
