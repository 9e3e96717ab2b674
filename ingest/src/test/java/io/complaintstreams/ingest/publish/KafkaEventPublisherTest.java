package io.complaintstreams.ingest.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class KafkaEventPublisherTest {
    private final List<MockProducer<String, byte[]>> created = new ArrayList<>();
    private final List<Properties> configs = new ArrayList<>();

    private KafkaEventPublisher publisher(boolean autoComplete, KafkaPublisherSettings settings) {
        Properties base = new Properties();
        base.put("bootstrap.servers", "localhost:1");
        return new KafkaEventPublisher(base, settings, props -> {
            configs.add(props);
            MockProducer<String, byte[]> p = new MockProducer<>(autoComplete, null, new StringSerializer(), new ByteArraySerializer());
            created.add(p);
            return p;
        });
    }

    private static List<OutgoingRecord> batch() {
        return List.of(OutgoingRecord.of("crm.contacts", "c-1", new byte[] {1}),
                new OutgoingRecord("complaints.dead-letter", null, new byte[] {2}, Map.of("error-field", "occurredAt")));
    }

    @Test
    void shouldConfigureAcksAllIdempotenceAndOneTransactionalIdPerProducer() {
        try (KafkaEventPublisher p = publisher(true, KafkaPublisherSettings.defaults().withTransactionalIdPrefix("ingest-a").withProducers(2))) {
            p.publish(batch());
        } catch (PublishException e) {
            throw new AssertionError(e);
        }
        Properties props = configs.get(0);
        assertEquals("all", props.get("acks"));
        assertEquals("true", props.get("enable.idempotence"));
        assertEquals("ingest-a-0", props.get("transactional.id"));
        assertEquals("10000", props.get("max.block.ms"));
        assertEquals("ingest-a-1", KafkaEventPublisher.producerProperties(new Properties(),
                KafkaPublisherSettings.defaults().withTransactionalIdPrefix("ingest-a"), 1).get("transactional.id"));
    }

    @Test
    void shouldCommitBatchWithKeysAndHeaders() throws PublishException {
        try (KafkaEventPublisher p = publisher(true, KafkaPublisherSettings.defaults())) {
            p.publish(batch());
            MockProducer<String, byte[]> producer = created.get(0);
            assertTrue(producer.transactionCommitted());
            List<ProducerRecord<String, byte[]>> sent = producer.history();
            assertEquals(2, sent.size());
            assertEquals("c-1", sent.get(0).key());
            assertNull(sent.get(1).key());
            assertEquals("occurredAt", new String(sent.get(1).headers().lastHeader("error-field").value(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void shouldPublishNothingForEmptyBatch() throws PublishException {
        try (KafkaEventPublisher p = publisher(true, KafkaPublisherSettings.defaults())) {
            p.publish(List.of());
            assertTrue(created.isEmpty());
        }
    }

    @Test
    void shouldAbortAndPublishNothingWhenASendFails() throws PublishException {
        try (KafkaEventPublisher p = publisher(true, KafkaPublisherSettings.defaults().withProducers(1))) {
            p.publish(batch());
            MockProducer<String, byte[]> producer = created.get(0);
            producer.sendException = new KafkaException("broker said no");
            PublishException e = assertThrows(PublishException.class, () -> p.publish(batch()));
            assertTrue(e.getMessage().contains("aborted"), e.getMessage());
            assertTrue(producer.transactionAborted());
            assertEquals(2, producer.history().size(), "only the first, committed batch");
        }
    }

    @Test
    void shouldAbortAndReplaceProducerWhenBrokerDoesNotAcknowledgeInTime() {
        KafkaPublisherSettings settings = KafkaPublisherSettings.defaults().withProducers(1).withAckTimeout(Duration.ofMillis(100));
        try (KafkaEventPublisher p = publisher(false, settings)) {
            PublishException e = assertThrows(PublishException.class, () -> p.publish(batch()));
            assertTrue(e.getMessage().contains("in time"), e.getMessage());
            MockProducer<String, byte[]> first = created.get(0);
            assertTrue(first.transactionAborted());
            assertTrue(first.history().isEmpty());
            assertTrue(first.closed(), "a timed-out producer is replaced");
            assertThrows(PublishException.class, () -> p.publish(batch()));
            assertEquals(2, created.size(), "the next batch gets a new producer");
        }
    }

    @Test
    void shouldFailWhenProducerCannotStart() {
        try (KafkaEventPublisher p = new KafkaEventPublisher(new Properties(), KafkaPublisherSettings.defaults(), props -> {
            MockProducer<String, byte[]> m = new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
            m.initTransactionException = new org.apache.kafka.common.errors.TimeoutException("no broker");
            return m;
        })) {
            PublishException e = assertThrows(PublishException.class, () -> p.publish(batch()));
            assertTrue(e.getMessage().contains("cannot start"), e.getMessage());
        }
    }

    @Test
    void shouldNotUseTransactionsWhenDisabled() throws PublishException {
        try (KafkaEventPublisher p = publisher(true, KafkaPublisherSettings.defaults().withTransactional(false))) {
            p.publish(batch());
            assertNull(configs.get(0).get("transactional.id"));
            assertEquals(2, created.get(0).history().size());
            assertTrue(!created.get(0).transactionInitialized());
        }
    }
}
