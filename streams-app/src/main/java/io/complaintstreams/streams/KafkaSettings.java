package io.complaintstreams.streams;

import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Kafka Streams and Kafka client settings from the application's configuration ({@code kafka.NAME=VALUE}), each
 * checked at start-up against Kafka's own {@link ConfigDef}s: its name must be a {@link StreamsConfig},
 * {@link ProducerConfig}, {@link ConsumerConfig} or {@link AdminClientConfig} setting, or one of those behind Kafka
 * Streams' prefixes ({@code producer.}, {@code consumer.}, {@code main.consumer.}, {@code restore.consumer.},
 * {@code global.consumer.}, {@code admin.}, and {@code topic.} for {@link TopicConfig} names), and its value must
 * parse as that setting's type and pass its validator. Settings the application decides itself are refused with
 * the reason ({@link StreamsProperties#FORCED}). Immutable.
 */
public final class KafkaSettings {
    private static final List<Prefix> PREFIXES = List.of(
            new Prefix(StreamsConfig.MAIN_CONSUMER_PREFIX, ConsumerConfig.configDef()),
            new Prefix(StreamsConfig.RESTORE_CONSUMER_PREFIX, ConsumerConfig.configDef()),
            new Prefix(StreamsConfig.GLOBAL_CONSUMER_PREFIX, ConsumerConfig.configDef()),
            new Prefix(StreamsConfig.CONSUMER_PREFIX, ConsumerConfig.configDef()),
            new Prefix(StreamsConfig.PRODUCER_PREFIX, ProducerConfig.configDef()),
            new Prefix(StreamsConfig.ADMIN_CLIENT_PREFIX, AdminClientConfig.configDef()));
    private static final List<ConfigDef> UNPREFIXED = List.of(StreamsConfig.configDef(), ProducerConfig.configDef(),
            ConsumerConfig.configDef(), AdminClientConfig.configDef());
    private static final Set<String> TOPIC_CONFIGS = topicConfigNames();

    private final Map<String, String> values;

    private KafkaSettings(Map<String, String> values) {
        this.values = values;
    }

    public static KafkaSettings none() {
        return new KafkaSettings(Map.of());
    }

    /**
     * Checks every setting and parses its value to the type Kafka declares for it.
     *
     * @param raw Kafka setting name (without the application's {@code kafka.} prefix) to its text value
     * @throws IllegalArgumentException naming the first unknown, ill-typed, invalid or forced setting
     */
    public static KafkaSettings parse(Map<String, String> raw) {
        Map<String, String> checked = new TreeMap<>();
        for (var e : new TreeMap<>(raw).entrySet()) {
            String value = e.getValue() == null ? "" : e.getValue().trim();
            Object typed = parseOne(e.getKey(), value);
            StreamsProperties.FORCED.stream().filter(f -> f.refuses(e.getKey(), typed)).findFirst().ifPresent(f -> {
                throw new IllegalArgumentException("kafka." + e.getKey() + " cannot be set to '" + value + "': " + f.reason());
            });
            checked.put(e.getKey(), value);
        }
        return new KafkaSettings(Collections.unmodifiableMap(checked));
    }

    private static Object parseOne(String name, String value) {
        for (Prefix prefix : PREFIXES) {
            if (name.startsWith(prefix.prefix())) {
                String inner = name.substring(prefix.prefix().length());
                return typed(name, value, prefix.def().configKeys().get(inner)).orElseThrow(() -> unknown(name,
                        "'" + inner + "' is not a " + prefix.prefix().replace(".", " ") + "setting"));
            }
        }
        if (name.startsWith(StreamsConfig.TOPIC_PREFIX)) {
            if (!TOPIC_CONFIGS.contains(name.substring(StreamsConfig.TOPIC_PREFIX.length()))) {
                throw unknown(name, "not a topic setting (org.apache.kafka.common.config.TopicConfig)");
            }
            return value;
        }
        for (ConfigDef def : UNPREFIXED) {
            Optional<Object> v = typed(name, value, def.configKeys().get(name));
            if (v.isPresent()) {
                return v.get();
            }
        }
        throw unknown(name, "not a Kafka Streams, producer, consumer or admin client setting");
    }

    private static Optional<Object> typed(String name, String value, ConfigDef.ConfigKey key) {
        if (key == null) {
            return Optional.empty();
        }
        try {
            Object parsed = ConfigDef.parseType(key.name, value.trim(), key.type);
            if (key.validator != null) {
                key.validator.ensureValid(key.name, parsed);
            }
            return Optional.of(parsed == null ? "" : parsed);
        } catch (ConfigException e) {
            throw new IllegalArgumentException("kafka." + name + ": " + e.getMessage() + " (expected " + describe(key) + ")", e);
        }
    }

    private static String describe(ConfigDef.ConfigKey key) {
        return key.type.name().toLowerCase() + (key.validator != null ? ", " + key.validator : "");
    }

    private static IllegalArgumentException unknown(String name, String why) {
        return new IllegalArgumentException("unknown setting kafka." + name + ": " + why);
    }

    private static Set<String> topicConfigNames() {
        return Arrays.stream(TopicConfig.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getName().endsWith("_CONFIG") && f.getType() == String.class)
                .map(f -> {
                    try {
                        return (String) f.get(null);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }).collect(Collectors.toUnmodifiableSet());
    }

    /** Every setting (checked; Kafka parses the text again) for {@link StreamsProperties}, sorted by name. */
    public Map<String, String> forStreams() {
        return values;
    }

    /**
     * The unprefixed settings every client type understands (security, SASL, SSL, timeouts, DNS, metadata): for the
     * application's own producers, consumers and admin clients outside Kafka Streams (ingest, the alert feed).
     */
    public Map<String, String> forEveryClient() {
        Map<String, String> common = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (!name.equals(CommonClientConfigs.CLIENT_ID_CONFIG) && ProducerConfig.configNames().contains(name) && ConsumerConfig.configNames().contains(name)
                    && AdminClientConfig.configNames().contains(name)) {
                common.put(name, value);
            }
        });
        return common;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** Names only: values may be secrets. */
    @Override
    public String toString() {
        return "KafkaSettings" + values.keySet();
    }

    private record Prefix(String prefix, ConfigDef def) {
    }
}
