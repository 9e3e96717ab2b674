package io.complaintstreams.config;

import io.complaintstreams.streams.KafkaSettings;
import io.complaintstreams.streams.memory.RocksDBMemoryPool;
import io.complaintstreams.domain.validation.InstantParser;
import io.complaintstreams.domain.validation.TimestampBounds;
import io.complaintstreams.ingest.http.HttpServerLimits;
import java.time.Duration;
import java.time.Instant;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Typed, documented configuration. Values come from the config file (Java properties), then the environment
 * ({@code COMPLAINT_STREAMS_*}), then command-line flags, each overriding the one before.
 * Keys starting with {@code kafka.} (other than the app's own {@code kafka.port}) are Kafka Streams and Kafka client
 * settings, checked against Kafka's own definitions ({@link KafkaSettings}); in the environment
 * {@code COMPLAINT_STREAMS_KAFKA_NUM_STREAM_THREADS} is {@code kafka.num.stream.threads}.
 */
public final class AppConfig {
    public static final ConfigKey BOOTSTRAP_SERVERS = new ConfigKey("bootstrap.servers", "",
            "External Kafka cluster; empty starts the embedded single-node KRaft broker.");
    public static final ConfigKey DATA_DIR = new ConfigKey("data.dir", "./data", "Broker logs and Streams state.");
    public static final ConfigKey HTTP_PORT = new ConfigKey("http.port", "8080", "Port of the API, dashboard and /metrics.");
    public static final ConfigKey KAFKA_PORT = new ConfigKey("kafka.port", "9092", "Client port of the embedded broker.");
    public static final ConfigKey TOPIC_PREFIX = new ConfigKey("topic.prefix", "", "Prefix prepended to every topic name.");
    public static final ConfigKey PARTITIONS = new ConfigKey("topic.partitions", "3", "Partitions of topics the app creates.");
    public static final ConfigKey REPLICATION = new ConfigKey("topic.replication", "1", "Replication factor of topics the app creates.");
    public static final ConfigKey RETENTION_MS = new ConfigKey("topic.retention-ms", "-1",
            "Time retention of the topics the app creates; -1 keeps the complaints record until deleted on purpose.");
    public static final ConfigKey DEAD_LETTER_RETENTION_MS = new ConfigKey("topic.dead-letter-retention-ms", "2592000000",
            "Time retention of complaints.dead-letter when the app creates it (30 days): refused rows are kept as received, so a row refused before it could be sealed holds a resident's id and words in clear until then; -1 keeps them beyond erasure.");
    public static final ConfigKey APPLICATION_ID = new ConfigKey("application.id", "complaint-streams", "Kafka Streams application id.");
    public static final ConfigKey CLOCK = new ConfigKey("clock", "wall", "wall: deadlines by the wall clock; event: by stream time (replays).");
    public static final ConfigKey DUE_SOON_DAYS = new ConfigKey("deadline.due-soon-working-days", "2", "DUE_SOON alert this many working days before a deadline.");
    public static final ConfigKey PUNCTUATE_SECONDS = new ConfigKey("deadline.check-interval-seconds", "30", "How often open deadlines are checked.");
    public static final ConfigKey SURVEY_THRESHOLD = new ConfigKey("signals.survey-dissatisfied-at-or-below", "2", "Survey score at or below this is dissatisfaction.");
    public static final ConfigKey CLASSIFIER_MODEL_FILE = new ConfigKey("classifier.model-file", "",
            "A model file from classify --retrain (e.g. retrained with officers' resolutions); empty: the built-in model.");
    public static final ConfigKey CLASSIFIER_THEME_EMBEDDINGS = new ConfigKey("classifier.theme-embeddings", "false",
            "true: themes, and the dissatisfied answer where the linear model is unsure, also weighed with sentence embeddings (better on real text; about 50 times the linear model's CPU per record); false: the linear model alone.");
    public static final ConfigKey UNLOGGED_DAYS = new ConfigKey("signals.unlogged-after-working-days", "5", "POSSIBLE_UNLOGGED_COMPLAINT after this many working days.");
    public static final ConfigKey INGEST_TOKENS = new ConfigKey("ingest.tokens", "", "Comma-separated bearer tokens for the ingest API; empty: no authentication.");
    public static final ConfigKey INGEST_MAX_BYTES = new ConfigKey("ingest.max-request-bytes", "1048576", "Largest ingest request body accepted (413 above).");
    public static final ConfigKey HTTP_IDLE_TIMEOUT_MS = new ConfigKey("http.idle-timeout-ms", "10000",
            "A connection that sends nothing for this long is closed; a stalled request body gets 408.");
    public static final ConfigKey HTTP_MIN_REQUEST_RATE = new ConfigKey("http.min-request-bytes-per-second", "256",
            "A request body arriving more slowly gets 408 (Jetty's minimum request data rate); 0: no check.");
    public static final ConfigKey HTTP_MAX_CONNECTIONS = new ConfigKey("http.max-connections", "1000",
            "Open HTTP connections above which the server stops accepting new ones until some close.");
    public static final ConfigKey HTTP_MAX_THREADS = new ConfigKey("http.max-threads", "250", "Size of the HTTP request thread pool.");
    public static final ConfigKey TIMESTAMP_FUTURE_TOLERANCE = new ConfigKey("timestamp.future-tolerance-seconds", "300",
            "How far ahead of now an occurredAt may be; later ones are refused (400 / dead letter naming occurredAt).");
    public static final ConfigKey TIMESTAMP_FLOOR = new ConfigKey("timestamp.floor", "2000-01-01T00:00:00Z",
            "Earliest accepted occurredAt (ISO-8601 instant); earlier ones are refused (400 / dead letter naming occurredAt).");
    public static final ConfigKey DEMO_EVENTS_PER_SECOND = new ConfigKey("demo.events-per-second", "500",
            "Pace of --demo events while it streams the demo landlord's history (the last complete financial year and this one to date: 40,000 to 80,000 events); then they follow the clock.");
    public static final ConfigKey HOMES = new ConfigKey("homes", "", "Homes per landlord: LANDLORD=N,LANDLORD2=M.");
    public static final ConfigKey REPORT_STATEMENTS_DIR = new ConfigKey("report.statements-dir", "",
            "Directory of the landlord's own annual-report statements (self-assessment.md, service-improvements.md, ...).");
    public static final ConfigKey ADVERTISED_HOST = new ConfigKey("http.advertised-host", "127.0.0.1",
            "Host name other instances use to forward interactive queries to this one.");
    public static final ConfigKey LOCAL_STAGE1_ACK = new ConfigKey("local-target.stage1.acknowledge-working-days", "",
            "The landlord's own stage 1 acknowledgement target (e.g. 3); empty: none.");
    public static final ConfigKey LOCAL_STAGE1_RESPOND = new ConfigKey("local-target.stage1.respond-working-days", "",
            "The landlord's own stage 1 response target; empty: none.");
    public static final ConfigKey LOCAL_STAGE2_ACK = new ConfigKey("local-target.stage2.acknowledge-working-days", "",
            "The landlord's own stage 2 acknowledgement target; empty: none.");
    public static final ConfigKey LOCAL_STAGE2_RESPOND = new ConfigKey("local-target.stage2.respond-working-days", "",
            "The landlord's own stage 2 response target (e.g. 15); empty: none.");
    public static final ConfigKey SERVICE_REQUEST_TARGETS = new ConfigKey("service-requests.targets", "",
            "The landlord's completion targets for service requests by category, in working days: category=N,... (e.g. repairs=15); "
                    + "a request's own dueAt comes first; empty: only requests with a dueAt have a due date.");
    public static final ConfigKey PRIVACY_ENCRYPT_TEXT = new ConfigKey("privacy.encrypt-text", "true",
            "Encrypt residents' free text (contact text, representative, service-request text, survey comment) at ingest with a data key per resident and month, so retention and erasure can make it unreadable (README 'Data protection').");
    public static final ConfigKey PRIVACY_MASTER_KEY_FILE = new ConfigKey("privacy.master-key-file", "",
            "File holding the base64 256-bit master key that wraps the data keys; empty: DATA_DIR/privacy/master.key, generated on the first embedded run. Production: supply it from a secret store.");
    public static final ConfigKey PRIVACY_MASTER_KEY = new ConfigKey("privacy.master-key", "",
            "The master key itself (base64), normally given as COMPLAINT_STREAMS_PRIVACY_MASTER_KEY from a secret store; overrides the file.");
    public static final ConfigKey PRIVACY_PREVIOUS_MASTER_KEY_FILE = new ConfigKey("privacy.previous-master-key-file", "",
            "During a master-key rotation only: the file of the key the current one was rotated from, so data keys not yet re-wrapped stay readable (README 'Keys and the master key'). Empty outside a rotation.");
    public static final ConfigKey PRIVACY_PREVIOUS_MASTER_KEY = new ConfigKey("privacy.previous-master-key", "",
            "The previous master key itself during a rotation, normally COMPLAINT_STREAMS_PRIVACY_PREVIOUS_MASTER_KEY; overrides the file.");
    public static final ConfigKey PRIVACY_TEXT_RETENTION = new ConfigKey("privacy.text-retention", "P6Y",
            "How long free text stays readable (ISO-8601 period, counted from the end of its month); then its keys are deleted and the records keep only their classification.");

    public static final ConfigKey ROCKSDB_TOTAL_MEMORY = new ConfigKey("state.rocksdb.total-memory", "128MiB",
            "Off-heap memory all RocksDB stores of the process share: block cache, index and filter blocks, memtables.");
    public static final ConfigKey BROKER_CLEANER_DEDUPE_BUFFER = new ConfigKey("broker.log-cleaner.dedupe-buffer", "16MiB",
            "The embedded broker's log cleaner key map (Kafka's log.cleaner.dedupe.buffer.size, 128 MiB there), held on the heap for the broker's life; from 1MiB.");

    // Access and transport (README "Data protection": "Access", "Transport").
    public static final ConfigKey HTTP_BIND_ADDRESS = new ConfigKey("http.bind-address", "127.0.0.1",
            "Interface the HTTP port listens on: 127.0.0.1 for a laptop run, 0.0.0.0 (or one address) on a server.");
    public static final ConfigKey HTTP_TLS_CERTIFICATE = new ConfigKey("http.tls.certificate", "",
            "PEM certificate chain for HTTPS (with http.tls.private-key); empty and no keystore: plain HTTP.");
    public static final ConfigKey HTTP_TLS_PRIVATE_KEY = new ConfigKey("http.tls.private-key", "",
            "PEM private key (PKCS#8) of http.tls.certificate.");
    public static final ConfigKey HTTP_TLS_KEYSTORE = new ConfigKey("http.tls.keystore", "",
            "PKCS12 keystore for HTTPS, instead of the PEM pair.");
    public static final ConfigKey HTTP_TLS_PASSWORD = new ConfigKey("http.tls.password", "",
            "Password of http.tls.keystore, or of an encrypted http.tls.private-key.");
    public static final ConfigKey API_READ_TOKENS = new ConfigKey("api.read-tokens", "",
            "Comma-separated bearer tokens for every GET under /api/v1/ and the dashboard; empty (and no OIDC): open.");
    public static final ConfigKey API_INTERNAL_SECRET = new ConfigKey("api.internal-secret", "",
            "Shared secret instances send each other (same on every instance); empty: internal endpoints loopback-only, or off when reads need a token.");
    public static final ConfigKey API_METRICS_REQUIRE_TOKEN = new ConfigKey("api.metrics-require-token", "false",
            "true: /metrics needs a read token or an OIDC role (Prometheus then sends one).");
    public static final ConfigKey API_HEALTH_REQUIRE_TOKEN = new ConfigKey("api.health-require-token", "false",
            "true: /health needs a read token or an OIDC role.");
    public static final ConfigKey OIDC_ISSUER = new ConfigKey("api.oidc.issuer", "",
            "OpenID Connect issuer whose bearer JWTs are accepted (iss must match); empty: OIDC off.");
    public static final ConfigKey OIDC_JWKS = new ConfigKey("api.oidc.jwks", "",
            "The issuer's signing keys: a JWKS URL (https://.../certs) or a JWKS file path.");
    public static final ConfigKey OIDC_AUDIENCE = new ConfigKey("api.oidc.audience", "",
            "Required aud of the JWT (e.g. the client id of complaint-streams at the identity provider).");
    public static final ConfigKey OIDC_ROLES_CLAIM = new ConfigKey("api.oidc.roles-claim", "roles",
            "Claim holding the user's roles; dotted for nested claims (realm_access.roles).");
    public static final ConfigKey OIDC_ROLE_MAPPING = new ConfigKey("api.oidc.role-mapping", "",
            "officer=IDP_ROLE,mrc=IDP_ROLE,ingest=IDP_ROLE,admin=IDP_ROLE; empty: the claim holds officer, mrc, ingest, admin.");
    public static final ConfigKey OIDC_CLOCK_SKEW_SECONDS = new ConfigKey("api.oidc.clock-skew-seconds", "60",
            "Allowed clock difference when checking exp and nbf.");

    public static final List<ConfigKey> ALL = List.of(BOOTSTRAP_SERVERS, DATA_DIR, HTTP_PORT, KAFKA_PORT, TOPIC_PREFIX,
            PARTITIONS, REPLICATION, RETENTION_MS, DEAD_LETTER_RETENTION_MS, APPLICATION_ID, CLOCK, DUE_SOON_DAYS, PUNCTUATE_SECONDS, SURVEY_THRESHOLD,
            UNLOGGED_DAYS, CLASSIFIER_MODEL_FILE, CLASSIFIER_THEME_EMBEDDINGS, INGEST_TOKENS, INGEST_MAX_BYTES, DEMO_EVENTS_PER_SECOND, HOMES, REPORT_STATEMENTS_DIR,
            ADVERTISED_HOST, LOCAL_STAGE1_ACK, LOCAL_STAGE1_RESPOND, LOCAL_STAGE2_ACK, LOCAL_STAGE2_RESPOND, SERVICE_REQUEST_TARGETS,
            ROCKSDB_TOTAL_MEMORY, BROKER_CLEANER_DEDUPE_BUFFER, HTTP_BIND_ADDRESS, HTTP_TLS_CERTIFICATE, HTTP_TLS_PRIVATE_KEY, HTTP_TLS_KEYSTORE, HTTP_TLS_PASSWORD, API_READ_TOKENS,
            API_INTERNAL_SECRET, API_METRICS_REQUIRE_TOKEN, API_HEALTH_REQUIRE_TOKEN, OIDC_ISSUER, OIDC_JWKS, OIDC_AUDIENCE,
            OIDC_ROLES_CLAIM, OIDC_ROLE_MAPPING, OIDC_CLOCK_SKEW_SECONDS,
            TIMESTAMP_FUTURE_TOLERANCE, TIMESTAMP_FLOOR,
            HTTP_IDLE_TIMEOUT_MS, HTTP_MIN_REQUEST_RATE, HTTP_MAX_CONNECTIONS, HTTP_MAX_THREADS,

            PRIVACY_ENCRYPT_TEXT, PRIVACY_MASTER_KEY_FILE, PRIVACY_MASTER_KEY, PRIVACY_PREVIOUS_MASTER_KEY_FILE, PRIVACY_PREVIOUS_MASTER_KEY,
            PRIVACY_TEXT_RETENTION);
    private static final String KAFKA = "kafka.";
    private static final String KAFKA_ENVIRONMENT = "COMPLAINT_STREAMS_KAFKA_";

    private final Map<String, String> values;

    private AppConfig(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /**
     * File (may be null), then environment, then flags (only non-null flag values override).
     *
     * @throws IllegalArgumentException when {@code file} is given but is not a readable file (exit 2 on the command line)
     */
    public static AppConfig load(Path file, Map<String, String> environment, Map<ConfigKey, String> flags) throws IOException {
        Map<String, String> v = new LinkedHashMap<>();
        for (ConfigKey key : ALL) {
            v.put(key.name(), key.defaultValue());
        }
        if (file != null) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("--config " + file + ": " + (Files.exists(file) ? "not a file" : "no such file"));
            }
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file)) {
                p.load(r);
            }
            refuseUnknownKeys(file, p.stringPropertyNames());
            p.stringPropertyNames().forEach(name -> v.put(name, p.getProperty(name).trim()));
        }
        environment.forEach((name, value) -> {
            if (name.startsWith(KAFKA_ENVIRONMENT) && !isKeyVariable(name)) {
                v.put(KAFKA + name.substring(KAFKA_ENVIRONMENT.length()).toLowerCase(java.util.Locale.ROOT).replace('_', '.'), value);
            }
        });
        for (ConfigKey key : ALL) {
            String env = environment.get(key.environmentVariable());
            if (env != null) {
                v.put(key.name(), env);
            }
        }
        flags.forEach((key, value) -> {
            if (value != null) {
                v.put(key.name(), value);
            }
        });
        return new AppConfig(v);
    }

    /**
     * A key of the file that is neither one of {@link #ALL} nor {@code kafka.*} is a typo or a key of another version:
     * ignoring it would run with the default instead, silently ({@code api.read-token=...} would leave the API open).
     *
     * @throws IllegalArgumentException naming the first unknown key (in name order) and the known keys of its group
     */
    static void refuseUnknownKeys(Path file, java.util.Set<String> names) {
        for (String name : new java.util.TreeSet<>(names)) {
            if (name.startsWith(KAFKA) || isKey(name)) {
                continue;
            }
            String group = name.contains(".") ? name.substring(0, name.indexOf('.') + 1) : name;
            List<String> near = ALL.stream().map(ConfigKey::name).filter(k -> k.startsWith(group)).toList();
            throw new IllegalArgumentException("--config " + file + ": unknown key '" + name + "'"
                    + (near.isEmpty() ? "" : " (the " + group + "* keys are " + String.join(", ", near) + ")")
                    + "; every key is listed in config/complaint-streams.example.properties, Kafka settings as kafka.NAME");
        }
    }

    /** COMPLAINT_STREAMS_* variables read by the launcher and logging, not configuration keys. */
    private static final List<String> LAUNCHER_ENVIRONMENT = List.of("COMPLAINT_STREAMS_JAVA_OPTS",
            "COMPLAINT_STREAMS_BENCH_JAVA_OPTS", "COMPLAINT_STREAMS_BENCH_BROKER_JAVA_OPTS", "COMPLAINT_STREAMS_LOG_LEVEL");

    /**
     * The {@code COMPLAINT_STREAMS_*} variables of {@code environment} that name no key (a typo such as
     * {@code COMPLAINT_STREAMS_API_READ_TOKEN}), in name order, for a warning: the environment holds other programs'
     * variables too, so they are not refused.
     */
    public static List<String> unknownEnvironmentVariables(Map<String, String> environment) {
        return environment.keySet().stream().filter(name -> name.startsWith("COMPLAINT_STREAMS_"))
                .filter(name -> !name.startsWith(KAFKA_ENVIRONMENT) && !LAUNCHER_ENVIRONMENT.contains(name))
                .filter(name -> !isKeyVariable(name)).sorted().toList();
    }

    /** Whether {@code name} is one of {@link #ALL}'s keys (some start with {@code kafka.} and are ours, not Kafka's). */
    private static boolean isKey(String name) {
        return ALL.stream().anyMatch(k -> k.name().equals(name));
    }

    /** Whether {@code variable} is the environment variable of one of {@link #ALL}'s keys. */
    private static boolean isKeyVariable(String variable) {
        return ALL.stream().anyMatch(k -> k.environmentVariable().equals(variable));
    }

    public static AppConfig defaults() {
        try {
            return load(null, Map.of(), Map.of());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy with these values overriding. */
    public AppConfig with(Map<ConfigKey, String> overrides) {
        Map<String, String> v = new LinkedHashMap<>(values);
        overrides.forEach((key, value) -> v.put(key.name(), value));
        return new AppConfig(v);
    }

    /** A copy with these Kafka settings ({@code commit.interval.ms}, without {@code kafka.}) overriding. */
    public AppConfig withKafka(Map<String, String> kafkaSettings) {
        Map<String, String> v = new LinkedHashMap<>(values);
        kafkaSettings.forEach((name, value) -> v.put(KAFKA + name, value));
        return new AppConfig(v);
    }

    public String get(ConfigKey key) {
        return values.getOrDefault(key.name(), key.defaultValue());
    }

    public int getInt(ConfigKey key) {
        String raw = get(key);
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key.name() + " must be a whole number, got '" + raw + "'");
        }
    }

    /**
     * A whole number no smaller than {@code min}.
     *
     * @throws IllegalArgumentException naming the key when the value is not a whole number or is below {@code min}
     */
    public int getInt(ConfigKey key, int min) {
        int value = getInt(key);
        if (value < min) {
            throw new IllegalArgumentException(key.name() + " must be at least " + min + ", got " + value);
        }
        return value;
    }

    /**
     * A whole number from {@code min} to {@code max}.
     *
     * @throws IllegalArgumentException naming the key when the value is not a whole number or is out of range
     */
    public long getLong(ConfigKey key, long min, long max) {
        String raw = get(key);
        long value;
        try {
            value = Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key.name() + " must be a whole number, got '" + raw + "'");
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException(key.name() + " must be from " + min + " to " + max + ", got " + value);
        }
        return value;
    }

    /** A TCP port, 0 (any free port) to 65535, naming the key otherwise. */
    public int port(ConfigKey key) {
        return (int) getLong(key, 0, 65535);
    }

    /** A whole number no smaller than {@code min}, or null when the key is empty (errors as {@link #getInt(ConfigKey, int)}). */
    public Integer getOptionalInt(ConfigKey key, int min) {
        return get(key).isBlank() ? null : getInt(key, min);
    }

    /** A whole number, or null when the key is empty. */
    public Integer getOptionalInt(ConfigKey key) {
        return get(key).isBlank() ? null : getInt(key);
    }

    public boolean embeddedBroker() {
        return get(BOOTSTRAP_SERVERS).isBlank();
    }

    /** {@code kafka.security.protocol=SASL_SSL} in the file becomes {@code security.protocol}: unchecked text. */
    public Map<String, String> kafkaClientOverrides() {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((k, val) -> {
            if (k.startsWith(KAFKA) && !isKey(k)) {
                out.put(k.substring(KAFKA.length()), val);
            }
        });
        return out;
    }

    /**
     * The {@code kafka.*} settings, each checked against Kafka's own {@code ConfigDef}s.
     *
     * @throws IllegalArgumentException naming the first unknown, ill-typed or refused setting
     */
    public KafkaSettings kafkaSettings() {
        return KafkaSettings.parse(kafkaClientOverrides());
    }

    /** {@link #ROCKSDB_TOTAL_MEMORY} in bytes. */
    public long rocksDbTotalBytes() {
        long bytes = ByteSize.parse(ROCKSDB_TOTAL_MEMORY.name(), get(ROCKSDB_TOTAL_MEMORY));
        if (bytes < RocksDBMemoryPool.MIN_TOTAL_BYTES) {
            throw new IllegalArgumentException(ROCKSDB_TOTAL_MEMORY.name() + " must be at least "
                    + (RocksDBMemoryPool.MIN_TOTAL_BYTES >> 20) + "MiB, got '" + get(ROCKSDB_TOTAL_MEMORY) + "'");
        }
        return bytes;
    }

    /**
     * {@link #BROKER_CLEANER_DEDUPE_BUFFER} in bytes: the embedded broker's {@code log.cleaner.dedupe.buffer.size}.
     *
     * @throws IllegalArgumentException naming the key when it is not a size, under 1 MiB (Kafka's minimum) or 2 GiB and
     *     more (Kafka's limit for its one cleaner thread)
     */
    public long brokerCleanerDedupeBufferBytes() {
        long bytes = ByteSize.parse(BROKER_CLEANER_DEDUPE_BUFFER.name(), get(BROKER_CLEANER_DEDUPE_BUFFER));
        if (bytes < (1L << 20) || bytes > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(BROKER_CLEANER_DEDUPE_BUFFER.name() + " must be from 1MiB to under 2GiB, got '"
                    + get(BROKER_CLEANER_DEDUPE_BUFFER) + "'");
        }
        return bytes;
    }

    /** {@code timestamp.floor} and {@code timestamp.future-tolerance-seconds}; rejects malformed values naming the key. */
    public TimestampBounds timestampBounds() {
        int seconds = getInt(TIMESTAMP_FUTURE_TOLERANCE);
        if (seconds < 0) {
            throw new IllegalArgumentException(TIMESTAMP_FUTURE_TOLERANCE.name() + " must not be negative, got " + seconds);
        }
        Instant floor = InstantParser.parse(get(TIMESTAMP_FLOOR).strip()).orElseThrow(() -> new IllegalArgumentException(
                TIMESTAMP_FLOOR.name() + " must be an ISO-8601 instant such as 2000-01-01T00:00:00Z, got '" + get(TIMESTAMP_FLOOR) + "'"));
        return new TimestampBounds(floor, Duration.ofSeconds(seconds));
    }

    /** {@code http.idle-timeout-ms}, {@code http.min-request-bytes-per-second}, {@code http.max-connections}, {@code http.max-threads}. */
    public HttpServerLimits httpServerLimits() {
        // each checked here naming its key (HttpServerLimits names its own fields, not the keys an operator writes)
        return new HttpServerLimits(Duration.ofMillis(getInt(HTTP_IDLE_TIMEOUT_MS, 1)), getInt(HTTP_MIN_REQUEST_RATE, 0),
                getInt(HTTP_MAX_CONNECTIONS, 1), getInt(HTTP_MAX_THREADS, HttpServerLimits.MIN_THREADS));
    }

    /** {@code LL1=1200,LL2=800} as a map; rejects malformed entries naming them. */
    public Map<String, Integer> homesByLandlord() {
        return HomesParser.parse(get(HOMES));
    }
}
