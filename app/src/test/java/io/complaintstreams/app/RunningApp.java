package io.complaintstreams.app;

import io.complaintstreams.config.AppConfig;
import io.complaintstreams.config.ConfigKey;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Test support: the real application on an embedded broker with free ports, and small HTTP and topic helpers. */
final class RunningApp implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    final Application app;
    final Path dataDir;

    private RunningApp(Application app, Path dataDir) {
        this.app = app;
        this.dataDir = dataDir;
    }

    /** An application already started by the caller (e.g. on an external cluster). */
    static RunningApp of(Application app, Path dataDir) {
        return new RunningApp(app, dataDir);
    }

    static RunningApp start(Path dataDir, Map<ConfigKey, String> extra) throws Exception {
        Map<ConfigKey, String> flags = new HashMap<>(extra);
        flags.put(AppConfig.DATA_DIR, dataDir.toString());
        flags.put(AppConfig.KAFKA_PORT, "0");
        flags.put(AppConfig.HTTP_PORT, "0");
        flags.put(AppConfig.PARTITIONS, "2");
        flags.put(AppConfig.PUNCTUATE_SECONDS, "1");
        return new RunningApp(new Application(new RunSettings(AppConfig.load(null, Map.of(), flags), false)).start(), dataDir);
    }

    /** A second instance of the same application on this one's broker (no broker of its own). */
    static RunningApp secondInstance(RunningApp first, Path dataDir) throws Exception {
        Map<ConfigKey, String> flags = new HashMap<>();
        flags.put(AppConfig.DATA_DIR, dataDir.toString());
        flags.put(AppConfig.BOOTSTRAP_SERVERS, first.app.kafkaAddress());
        flags.put(AppConfig.HTTP_PORT, "0");
        flags.put(AppConfig.PARTITIONS, "2");
        flags.put(AppConfig.PUNCTUATE_SECONDS, "1");
        flags.put(AppConfig.PRIVACY_MASTER_KEY_FILE, first.dataDir.resolve(PrivacyWiring.DEFAULT_KEY_FILE).toString());
        return new RunningApp(new Application(new RunSettings(AppConfig.load(null, Map.of(), flags), false)).start(), dataDir);
    }

    HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(app.httpUrl() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(app.httpUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Every committed record of the topic, read from the beginning until it has been quiet for {@code quiet}. */
    List<ConsumerRecord<String, byte[]>> readAll(String topic, Duration quiet) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, app.kafkaAddress());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            var partitions = consumer.partitionsFor(topic).stream().map(i -> new TopicPartition(topic, i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long lastSeen = System.nanoTime();
            while (System.nanoTime() - lastSeen < quiet.toNanos()) {
                var records = consumer.poll(Duration.ofMillis(200));
                if (!records.isEmpty()) {
                    records.forEach(out::add);
                    lastSeen = System.nanoTime();
                }
            }
        }
        return out;
    }

    /**
     * Reads the topic from the beginning until it holds at least {@code count} committed records or {@code timeout}
     * passes (then returns what it has): a bounded wait on a condition, not on a quiet period.
     */
    List<ConsumerRecord<String, byte[]>> awaitRecords(String topic, int count, Duration timeout) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, app.kafkaAddress());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            var partitions = consumer.partitionsFor(topic).stream().map(i -> new TopicPartition(topic, i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (out.size() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        return out;
    }

    /** Waits (bounded) until GET /health answers 200. */
    void awaitHealthy(Duration timeout) {
        io.complaintstreams.testsupport.Poll.until(timeout, () -> {
            try {
                return get("/health").statusCode() == 200;
            } catch (Exception e) {
                return false;
            }
        }, "GET /health answers 200");
    }

    @Override
    public void close() {
        app.close();
    }
}
