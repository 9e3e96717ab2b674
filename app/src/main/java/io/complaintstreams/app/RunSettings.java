package io.complaintstreams.app;

import io.complaintstreams.config.AppConfig;
import io.complaintstreams.domain.deadline.LocalStageTarget;
import io.complaintstreams.domain.deadline.LocalTargets;
import io.complaintstreams.streams.ClockMode;
import io.complaintstreams.streams.KafkaSettings;
import io.complaintstreams.streams.TopologySettings;
import io.complaintstreams.streams.guard.InputGuard;
import io.complaintstreams.topics.Topics;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The resolved settings of one {@code run}, derived from {@link AppConfig}. */
public record RunSettings(AppConfig config, boolean demo) {

    /** Port 0 means any free port: chosen now, because instances advertise it for interactive queries. */
    public RunSettings withResolvedHttpPort() {
        if (httpPort() != 0) {
            return this;
        }
        try (var socket = new java.net.ServerSocket(0)) {
            var flags = java.util.Map.of(AppConfig.HTTP_PORT, Integer.toString(socket.getLocalPort()));
            return new RunSettings(config.with(flags), demo);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public Path dataDir() {
        return Path.of(config.get(AppConfig.DATA_DIR)).toAbsolutePath().normalize();
    }

    public Topics topics() {
        return new Topics(config.get(AppConfig.TOPIC_PREFIX));
    }

    public int httpPort() {
        return config.port(AppConfig.HTTP_PORT);
    }

    public int kafkaPort() {
        return config.port(AppConfig.KAFKA_PORT);
    }

    public Set<String> ingestTokens() {
        return Arrays.stream(config.get(AppConfig.INGEST_TOKENS).split(",")).map(String::trim)
                .filter(t -> !t.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    public ClockMode clock() {
        String raw = config.get(AppConfig.CLOCK).trim().toUpperCase(Locale.ROOT);
        try {
            return ClockMode.valueOf(raw);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("clock must be 'wall' or 'event', got '" + config.get(AppConfig.CLOCK) + "'");
        }
    }

    public TopologySettings topology() {
        return new TopologySettings(topics(), clock(),
                Duration.ofSeconds(config.getInt(AppConfig.PUNCTUATE_SECONDS, 1)),
                config.getInt(AppConfig.DUE_SOON_DAYS, 0), config.getInt(AppConfig.SURVEY_THRESHOLD, 0),
                config.getInt(AppConfig.UNLOGGED_DAYS, 0), config.homesByLandlord(), TopologySettings.LONDON, localTargets())
                .withInputGuard(new InputGuard(config.timestampBounds(), Clock.systemUTC()));
    }

    /** The operator's {@code kafka.*} settings, checked (throws IllegalArgumentException naming a bad one). */
    public KafkaSettings kafka() {
        return config.kafkaSettings();
    }

    /** Checks every setting that is parsed later, so that a bad one stops the start with its name (exit 2). */
    public RunSettings validated() {
        httpPort();
        kafkaPort();
        topicNamePart(AppConfig.TOPIC_PREFIX, true);
        topicNamePart(AppConfig.APPLICATION_ID, false); // Streams' internal topics and the transactional ids start with it
        topology();
        serviceRequestTargets();
        kafka();
        config.rocksDbTotalBytes();
        config.brokerCleanerDedupeBufferBytes();
        // read later, once the broker (or Streams, or the HTTP server) has started: checked now, naming the key
        config.getInt(AppConfig.PARTITIONS, 1);
        config.getLong(AppConfig.REPLICATION, 1, Short.MAX_VALUE);
        config.getLong(AppConfig.RETENTION_MS, -1, Long.MAX_VALUE);
        config.getLong(AppConfig.DEAD_LETTER_RETENTION_MS, -1, Long.MAX_VALUE);
        ingestMaxRequestBytes();
        config.httpServerLimits();
        PrivacyWiring.encryptText(config);
        PrivacyWiring.retention(config);
        return this;
    }

    /**
     * A key whose value becomes part of topic names: only the characters Kafka allows in one (ASCII letters and digits,
     * {@code .}, {@code _}, {@code -}), leaving room for the longest name it starts. Checked now: Kafka refused it only
     * once the broker had started ("cannot create topic bad prefix!complaints..." with a stack trace, exit 1), and an
     * empty application id as "transactionalIdPrefix is required when transactional".
     */
    private void topicNamePart(io.complaintstreams.config.ConfigKey key, boolean mayBeEmpty) {
        String value = config.get(key);
        if (value.isEmpty() && !mayBeEmpty) {
            throw new IllegalArgumentException(key.name() + " must not be empty");
        }
        if (!value.matches("[A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException(key.name() + " may hold only ASCII letters, digits, '.', '_' and '-' (it"
                    + " becomes part of topic names), got '" + value + "'");
        }
        if (value.length() > 150) { // Kafka's topic names end at 249 characters; ours and Streams' add up to about 90
            throw new IllegalArgumentException(key.name() + " must be at most 150 characters (it becomes part of topic"
                    + " names, which Kafka ends at 249), got " + value.length());
        }
    }

    /** {@code ingest.max-request-bytes}: 1 byte to about 2 GiB (what one request body can be read into). */
    public long ingestMaxRequestBytes() {
        return config.getLong(AppConfig.INGEST_MAX_BYTES, 1, Integer.MAX_VALUE - 8);
    }

    /** The landlord's service-request targets (throws IllegalArgumentException naming a bad entry). */
    public io.complaintstreams.domain.request.ServiceRequestTargets serviceRequestTargets() {
        try {
            return io.complaintstreams.domain.request.ServiceRequestTargets.parse(config.get(AppConfig.SERVICE_REQUEST_TARGETS));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(AppConfig.SERVICE_REQUEST_TARGETS.name() + ": " + e.getMessage());
        }
    }

    public LocalTargets localTargets() {
        return new LocalTargets(
                new LocalStageTarget(config.getOptionalInt(AppConfig.LOCAL_STAGE1_ACK, 0), config.getOptionalInt(AppConfig.LOCAL_STAGE1_RESPOND, 0)),
                new LocalStageTarget(config.getOptionalInt(AppConfig.LOCAL_STAGE2_ACK, 0), config.getOptionalInt(AppConfig.LOCAL_STAGE2_RESPOND, 0)));
    }
}
