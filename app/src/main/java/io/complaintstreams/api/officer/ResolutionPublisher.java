package io.complaintstreams.api.officer;

import complaintstreams.events.AlertResolution;
import complaintstreams.privacy.ResidentKey;
import io.complaintstreams.topics.Topic;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes officers' resolutions to {@code complaints.alert-resolutions} (keyed by alertId, Avro single-object
 * encoding), acks=all with idempotence, and waits for the broker's acknowledgement so 202 means it is stored. A new
 * data key that seals the resolution's note goes to {@code complaints.resident-keys} first and is acknowledged before
 * the resolution is sent (as the Connect transform does): the key is always on the topic before the note it seals; a
 * resolution that then fails leaves an unused key, which retention deletes.
 */
final class ResolutionPublisher implements AutoCloseable {
    /** How long an answer waits for the broker before it is 503. */
    static final Duration ACK_TIMEOUT = Duration.ofSeconds(10);
    private final KafkaProducer<String, byte[]> producer;
    private final Topic<AlertResolution> topic;
    private final Topic<ResidentKey> keys;

    ResolutionPublisher(Map<String, Object> clientConfig, Topic<AlertResolution> topic, Topic<ResidentKey> keys) {
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "complaint-streams-resolutions");
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) ACK_TIMEOUT.toMillis());
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) ACK_TIMEOUT.toMillis() / 2);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
        this.topic = topic;
        this.keys = keys;
    }

    /**
     * @param newKeys data keys made to seal the resolution's note, published (and acknowledged) first
     * @throws Exception when the broker did not acknowledge in {@link #ACK_TIMEOUT}
     */
    void publish(AlertResolution resolution, List<ResidentKey> newKeys) throws InterruptedException, ExecutionException, TimeoutException {
        for (ResidentKey key : newKeys) {
            producer.send(new ProducerRecord<>(keys.name(), key.getKeyId(), keys.valueSerde().encode(key)))
                    .get(ACK_TIMEOUT.toMillis() + 2000, TimeUnit.MILLISECONDS);
        }
        producer.send(new ProducerRecord<>(topic.name(), resolution.getAlertId(), topic.valueSerde().encode(resolution)))
                .get(ACK_TIMEOUT.toMillis() + 2000, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(2));
    }
}
