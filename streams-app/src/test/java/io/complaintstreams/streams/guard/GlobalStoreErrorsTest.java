package io.complaintstreams.streams.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.Test;

/**
 * A record of a global store (the global thread's task, -1_-1) cannot be dead-lettered in Kafka Streams 4.3: Kafka
 * drops the dead letters a processing handler returns there (a WARN) and fails with a ClassCastException on those of
 * a deserialization handler. So both handlers fail on it, with no dead letters, and dead-letter a task's record.
 */
class GlobalStoreErrorsTest {
    private static final Map<String, String> CONFIG = Map.of(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "complaints.dead-letter");

    private static ErrorHandlerContext context(TaskId task, String topic) {
        return new ErrorHandlerContext() {
            public String topic() { return topic; }
            public int partition() { return 0; }
            public long offset() { return 7; }
            public Headers headers() { return new RecordHeaders(); }
            public String processorNodeId() { return "privacy-resident-keys"; }
            public TaskId taskId() { return task; }
            public long timestamp() { return 1_764_000_000_000L; }
            public byte[] sourceRawKey() { return "k1".getBytes(); }
            public byte[] sourceRawValue() { return new byte[] {1, 2, 3}; }
        };
    }

    @Test
    void shouldFailAGlobalStoresRecordRatherThanDropItAndDeadLetterATasksRecord() {
        DeadLetterProcessingHandler processing = new DeadLetterProcessingHandler();
        processing.configure(CONFIG);
        Record<String, String> record = new Record<>("k1", "v", 1_764_000_000_000L);
        RuntimeException failure = new IllegalStateException("store refused the write");

        var global = processing.handleError(context(new TaskId(-1, -1), "complaints.resident-keys"), record, failure);
        assertEquals(ProcessingExceptionHandler.Result.FAIL, global.result());
        assertEquals(0, global.deadLetterQueueRecords().size());

        var task = processing.handleError(context(new TaskId(0, 2), "crm.complaint-events"), record, failure);
        assertEquals(ProcessingExceptionHandler.Result.RESUME, task.result());
        assertEquals(1, task.deadLetterQueueRecords().size());
        assertEquals("complaints.dead-letter", task.deadLetterQueueRecords().get(0).topic());
    }

    @Test
    void shouldFailAGlobalStoresUndecodableRecordRatherThanSkipItAndDeadLetterATasksRecord() {
        DeadLetterDeserializationHandler deserialization = new DeadLetterDeserializationHandler();
        deserialization.configure(CONFIG);
        ConsumerRecord<byte[], byte[]> raw = new ConsumerRecord<>("complaints.resident-keys", 0, 7, "k1".getBytes(), new byte[] {1, 2, 3});
        SerializationException failure = new SerializationException("not an Avro ResidentKey");

        var global = deserialization.handleError(context(new TaskId(-1, -1), "complaints.resident-keys"), raw, failure);
        assertEquals(DeserializationExceptionHandler.Result.FAIL, global.result());
        assertEquals(0, global.deadLetterQueueRecords().size());

        var task = deserialization.handleError(context(new TaskId(1, 0), "crm.contacts"), raw, failure);
        assertEquals(DeserializationExceptionHandler.Result.RESUME, task.result());
        assertEquals(1, task.deadLetterQueueRecords().size());
    }
}
