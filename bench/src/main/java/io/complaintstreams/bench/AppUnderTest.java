package io.complaintstreams.bench;

import io.complaintstreams.app.Application;
import io.complaintstreams.app.RunSettings;
import io.complaintstreams.config.AppConfig;
import io.complaintstreams.config.ConfigKey;
import io.complaintstreams.topics.Topics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The real application (ingest, Streams topology, HTTP API) as {@code run} starts it, on the bench broker with its own
 * topic prefix, application id and data directory, a free HTTP port and a 1-second deadline punctuation.
 */
final class AppUnderTest implements AutoCloseable {
    static final String PREFIX = "bench.app.";
    static final String APPLICATION_ID = "bench-app";
    final Application app;
    final Topics topics = new Topics(PREFIX);

    private AppUnderTest(Application app) {
        this.app = app;
    }

    static AppUnderTest start(BenchCluster cluster, Path dataDir) throws Exception {
        Map<ConfigKey, String> flags = Map.of(
                AppConfig.BOOTSTRAP_SERVERS, cluster.bootstrapServers(),
                AppConfig.DATA_DIR, dataDir.toString(),
                AppConfig.HTTP_PORT, "0",
                AppConfig.TOPIC_PREFIX, PREFIX,
                AppConfig.APPLICATION_ID, APPLICATION_ID,
                AppConfig.PUNCTUATE_SECONDS, "1",
                AppConfig.PRIVACY_MASTER_KEY, ThrowawayMasterKey.create());
        Application app = new Application(new RunSettings(AppConfig.load(null, Map.of(), flags), false)).start();
        AppUnderTest running = new AppUnderTest(app);
        running.awaitRunning(Duration.ofSeconds(120));
        return running;
    }

    private void awaitRunning(Duration timeout) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (app.streams().state() != KafkaStreams.State.RUNNING) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("the app's Streams did not reach RUNNING within " + timeout);
            }
            Thread.sleep(50);
        }
    }

    java.util.List<String> inputTopics() {
        return java.util.List.of(topics.contacts.name(), topics.serviceRequests.name(), topics.surveys.name(),
                topics.complaintEvents.name());
    }

    static HttpClient httpClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    HttpRequest post(String kind, String body) {
        return HttpRequest.newBuilder(URI.create(app.httpUrl() + "/api/v1/events/" + kind))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static int send(HttpClient client, HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Override
    public void close() {
        app.close();
    }
}
