package io.complaintstreams.broker;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base Kafka client settings: bootstrap servers plus the settings passed through from the application's
 * configuration that every client type understands (security, {@code sasl.*}, {@code ssl.*}, timeouts, DNS,
 * metadata), so the same code runs against the embedded broker and an external, secured cluster. Other keys are
 * ignored (logged); the app checks them before they get here.
 * Immutable.
 */
public record KafkaClientConfig(String bootstrapServers, Map<String, String> passThrough) {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaClientConfig.class);

    public KafkaClientConfig {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        if (bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("bootstrapServers is blank");
        }
        Map<String, String> kept = new TreeMap<>();
        if (passThrough != null) {
            passThrough.forEach((key, value) -> {
                if (isPassThrough(key)) {
                    kept.put(key, value);
                } else {
                    LOG.warn("Ignoring Kafka client setting {}: only settings every producer, consumer and admin client "
                            + "understands pass through", key);
                }
            });
        }
        passThrough = Map.copyOf(kept);
    }

    public static KafkaClientConfig of(String bootstrapServers) {
        return new KafkaClientConfig(bootstrapServers, Map.of());
    }

    /** True for the settings passed through to every client. */
    public static boolean isPassThrough(String key) {
        return key.equals(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG) || key.startsWith("sasl.") || key.startsWith("ssl.")
                || !key.equals(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG) && !key.equals(CommonClientConfigs.CLIENT_ID_CONFIG)
                && ProducerConfig.configNames().contains(key) && ConsumerConfig.configNames().contains(key)
                && AdminClientConfig.configNames().contains(key);
    }

    /** A new, mutable map: add the client-specific settings to it. */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new HashMap<>(passThrough);
        map.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return map;
    }

    /** A new, mutable {@link Properties} with the same content as {@link #asMap()}. */
    public Properties asProperties() {
        Properties props = new Properties();
        props.putAll(asMap());
        return props;
    }

    /** Hides secret values (sasl.jaas.config, passwords). */
    @Override
    public String toString() {
        Map<String, String> shown = new TreeMap<>();
        passThrough.forEach((k, v) -> shown.put(k, k.contains("password") || k.contains("jaas") ? "[hidden]" : v));
        return "KafkaClientConfig[bootstrapServers=" + bootstrapServers + ", " + shown + "]";
    }
}
