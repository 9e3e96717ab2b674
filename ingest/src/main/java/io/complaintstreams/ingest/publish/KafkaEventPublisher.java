package io.complaintstreams.ingest.publish;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * {@link EventPublisher} over {@code KafkaProducer<String, byte[]>} with {@code acks=all} and idempotence.
 * Transactional by default: each batch is one transaction, committed only after every record was
 * acknowledged and aborted on any failure or timeout. A pool of producers (one transactional.id each)
 * publishes concurrent batches; a batch waits for a free producer within its timeout.
 */
public final class KafkaEventPublisher implements EventPublisher {
    private final KafkaPublisherSettings settings;
    private final List<ProducerSlot> slots = new ArrayList<>();
    private final BlockingQueue<ProducerSlot> idle;

    /**
     * @param clientProperties base client properties ({@code bootstrap.servers}, security...); acks,
     *     idempotence, serializers and transactional.id are set here
     */
    public KafkaEventPublisher(Properties clientProperties, KafkaPublisherSettings settings) {
        this(clientProperties, settings,
                props -> new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer()));
    }

    KafkaEventPublisher(Properties clientProperties, KafkaPublisherSettings settings,
                        Function<Properties, Producer<String, byte[]>> factory) {
        this.settings = settings;
        this.idle = new ArrayBlockingQueue<>(settings.producers());
        for (int i = 0; i < settings.producers(); i++) {
            ProducerSlot slot = new ProducerSlot(producerProperties(clientProperties, settings, i), settings.transactional(), factory);
            slots.add(slot);
            idle.add(slot);
        }
    }

    static Properties producerProperties(Properties base, KafkaPublisherSettings settings, int index) {
        Properties props = new Properties();
        props.putAll(base);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(settings.ackTimeout().toMillis()));
        String id = (settings.transactionalIdPrefix() == null ? "complaint-streams-ingest" : settings.transactionalIdPrefix()) + "-" + index;
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, id);
        if (settings.transactional()) {
            props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, id);
        } else {
            props.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        }
        return props;
    }

    @Override
    public void publish(List<OutgoingRecord> batch) throws PublishException {
        if (batch.isEmpty()) {
            return;
        }
        long deadline = System.nanoTime() + settings.ackTimeout().toNanos();
        ProducerSlot slot;
        try {
            slot = idle.poll(settings.ackTimeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishException("interrupted while waiting for a producer", e);
        }
        if (slot == null) {
            throw new PublishException("no producer became free within " + settings.ackTimeout(), null);
        }
        try {
            slot.publish(batch, deadline);
        } finally {
            idle.add(slot);
        }
    }

    @Override
    public void close() {
        for (ProducerSlot slot : slots) {
            slot.close(Duration.ofSeconds(5));
        }
    }
}
