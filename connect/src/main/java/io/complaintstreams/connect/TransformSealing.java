package io.complaintstreams.connect;

import complaintstreams.privacy.ResidentKey;
import io.complaintstreams.ingest.publish.OutgoingRecord;
import io.complaintstreams.privacy.DataKeys;
import io.complaintstreams.privacy.MasterKey;
import io.complaintstreams.privacy.TextSealer;
import io.complaintstreams.topics.Topic;
import io.complaintstreams.topics.Topics;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.connect.errors.RetriableException;

/**
 * The transform's sealing of residents' free text (README "Data protection", "Free text: sealed at ingest"), the same
 * scheme as the app's ingest: a contact's text and representative, a service request's text, a survey's comment are
 * sealed with AES-256-GCM under the resident's data key for the month, made from the master key. A transform cannot
 * join the connector's producer transaction, so each new data key is written to {@code complaints.resident-keys} by
 * this transform's own idempotent producer, and acknowledged ({@code acks=all}), <em>before</em> the sealed record is
 * handed back to Connect: the key is always on the topic before any text it seals (a record Connect then fails to
 * write leaves an unused key, which retention deletes). A key the broker does not acknowledge makes the record
 * fail with a {@link RetriableException}, so Connect retries it; no text goes out in clear.
 */
final class TransformSealing implements AutoCloseable {
    static final String ENCRYPT_TEXT = "privacy.encrypt-text";
    static final String MASTER_KEY = "privacy.master-key";
    static final String MASTER_KEY_FILE = "privacy.master-key.file";
    static final String BOOTSTRAP_SERVERS = "privacy.bootstrap.servers";
    static final String PRODUCER_PREFIX = "privacy.producer.";
    private static final Duration KEY_ACK_TIMEOUT = Duration.ofSeconds(30);

    static ConfigDef define(ConfigDef def) {
        return def
                .define(ENCRYPT_TEXT, ConfigDef.Type.BOOLEAN, true, ConfigDef.Importance.HIGH,
                        "Seal residents' free text with the app's privacy key scheme (default true; false writes it in clear, "
                                + "for ever, beyond erasure and retention).")
                .define(MASTER_KEY, ConfigDef.Type.PASSWORD, null, ConfigDef.Importance.HIGH,
                        "The app's privacy master key (base64, the same as every app instance); use a config provider, e.g. "
                                + "${file:/etc/complaint-streams/secrets.properties:master-key}. Or privacy.master-key.file.")
                .define(MASTER_KEY_FILE, ConfigDef.Type.STRING, "", ConfigDef.Importance.HIGH,
                        "File holding the privacy master key (as the app's privacy.master-key-file).")
                .define(BOOTSTRAP_SERVERS, ConfigDef.Type.STRING, "", ConfigDef.Importance.HIGH,
                        "Brokers to write new data keys to (complaints.resident-keys); other producer settings (security) "
                                + "as privacy.producer.*.");
    }

    /** Where new data keys go; returns once they are durably written, or throws. */
    interface KeySink extends AutoCloseable {
        void publish(List<ResidentKey> keys);

        @Override
        void close();
    }

    private final TextSealer sealer;
    private final KeySink keys;
    private final Topics topics;

    TransformSealing(MasterKey master, KeySink keys, Topics topics) {
        this.sealer = new TextSealer(new DataKeys(master));
        this.keys = keys;
        this.topics = topics;
    }

    /** The sealing the transform's configuration asks for; null when {@code privacy.encrypt-text=false}. */
    static TransformSealing configure(AbstractConfig config, Map<String, ?> originals, Topics topics) {
        if (!config.getBoolean(ENCRYPT_TEXT)) {
            return null;
        }
        Password inline = config.getPassword(MASTER_KEY);
        String file = config.getString(MASTER_KEY_FILE);
        MasterKey master;
        if (inline != null && !inline.value().isBlank()) {
            master = MasterKey.fromBase64(inline.value().trim());
        } else if (!file.isBlank()) {
            try {
                master = MasterKey.read(Path.of(file));
            } catch (IOException | IllegalArgumentException e) {
                throw new ConfigException(MASTER_KEY_FILE, file, "cannot read the privacy master key: " + e.getMessage());
            }
        } else {
            throw new ConfigException(MASTER_KEY, null, "residents' free text is sealed by default: give the app's privacy master key "
                    + "(privacy.master-key or privacy.master-key.file), or set privacy.encrypt-text=false to write it in clear");
        }
        String bootstrap = config.getString(BOOTSTRAP_SERVERS);
        if (bootstrap.isBlank()) {
            throw new ConfigException(BOOTSTRAP_SERVERS, bootstrap, "needed to publish residents' data keys on "
                    + topics.residentKeys.name());
        }
        Map<String, Object> producer = new HashMap<>();
        originals.forEach((k, v) -> {
            if (k.startsWith(PRODUCER_PREFIX)) {
                producer.put(k.substring(PRODUCER_PREFIX.length()), v);
            }
        });
        producer.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        producer.put(ProducerConfig.ACKS_CONFIG, "all");
        producer.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        producer.put(ProducerConfig.CLIENT_ID_CONFIG, "complaint-streams-connect-keys");
        return new TransformSealing(master, new KafkaKeySink(producer, topics), topics);
    }

    /** The record with its free text sealed; new data keys are on the keys topic, acknowledged, when this returns. */
    OutgoingRecord seal(OutgoingRecord r) {
        if (r.topic().equals(topics.contacts.name())) {
            return seal(r, topics.contacts);
        }
        if (r.topic().equals(topics.serviceRequests.name())) {
            return seal(r, topics.serviceRequests);
        }
        if (r.topic().equals(topics.surveys.name())) {
            return seal(r, topics.surveys);
        }
        return r;
    }

    private <V extends SpecificRecord> OutgoingRecord seal(OutgoingRecord r, Topic<V> topic) {
        TextSealer.Batch batch = sealer.batch();
        V value = topic.valueSerde().decode(r.value());
        SpecificRecord sealed = batch.seal(value);
        if (sealed == value) {
            return r;
        }
        keys.publish(batch.newKeys());
        batch.committed();
        return new OutgoingRecord(r.topic(), r.key(), topic.valueSerde().encode(topic.valueSerde().type().cast(sealed)), r.headers());
    }

    /** The keys topic through an idempotent producer, each key acknowledged ({@code acks=all}) before returning. */
    private static final class KafkaKeySink implements KeySink {
        private final KafkaProducer<String, byte[]> producer;
        private final Topics topics;

        KafkaKeySink(Map<String, Object> config, Topics topics) {
            this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
            this.topics = topics;
        }

        @Override
        public void publish(List<ResidentKey> newKeys) {
            try {
                for (ResidentKey key : newKeys) {
                    producer.send(new ProducerRecord<>(topics.residentKeys.name(), key.getKeyId(), topics.residentKeys.valueSerde().encode(key)))
                            .get(KEY_ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (ExecutionException | TimeoutException e) {
                throw new RetriableException("a resident's data key was not acknowledged on " + topics.residentKeys.name()
                        + " (" + e.getClass().getSimpleName() + "); the record is retried, never sent in clear");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RetriableException("interrupted while publishing a data key");
            }
        }

        @Override
        public void close() {
            producer.close(Duration.ofSeconds(5));
        }
    }

    @Override
    public void close() {
        keys.close();
    }
}
