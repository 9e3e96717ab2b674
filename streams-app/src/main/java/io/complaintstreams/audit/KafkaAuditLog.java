package io.complaintstreams.audit;

import complaintstreams.events.AuditRecord;
import io.complaintstreams.topics.Topic;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link AuditLog} on {@code complaints.audit}: one AuditRecord per action, keyed by principal (so one person's
 * actions stay in order), sent with acks=all and idempotence. Sending does not hold up the answer; a record the
 * broker refuses is counted and logged at WARN (without its subject).
 */
public final class KafkaAuditLog implements AuditLog, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaAuditLog.class);
    private final KafkaProducer<String, byte[]> producer;
    private final Topic<AuditRecord> topic;
    private final String instance;
    private final Clock clock;

    /**
     * @param clientConfig Kafka client settings (bootstrap servers, security)
     * @param instance this instance's name in the records ({@code host:port})
     */
    public KafkaAuditLog(Map<String, Object> clientConfig, Topic<AuditRecord> topic, String instance, Clock clock) {
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "complaint-streams-audit");
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
        this.topic = topic;
        this.instance = instance;
        this.clock = clock;
    }

    @Override
    public void record(String principal, String action, String route, String subject, int outcome) {
        AuditRecord record = AuditRecord.newBuilder().setAuditId(UUID.randomUUID().toString()).setAt(clock.instant())
                .setPrincipal(principal).setAction(action).setRoute(route).setSubject(subject).setOutcome(outcome)
                .setInstance(instance).build();
        producer.send(new ProducerRecord<>(topic.name(), principal, topic.valueSerde().encode(record)), (meta, e) -> {
            if (e != null) {
                LOG.warn("Audit record of {} by {} not written: {}", action, principal, e.toString());
            }
        });
    }

    @Override
    public void close() {
        producer.close(java.time.Duration.ofSeconds(2)); // within the application's bounded shutdown step
    }
}
