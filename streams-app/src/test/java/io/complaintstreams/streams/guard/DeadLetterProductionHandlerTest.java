package io.complaintstreams.streams.guard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.complaintstreams.domain.validation.TimestampBounds;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.InvalidTimestampException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.Result;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;

/** The production handler: a record the broker refuses for its timestamp is dead-lettered, not fatal. */
class DeadLetterProductionHandlerTest {
    private static final long FAR_FUTURE = Instant.parse("2099-01-05T10:00:00Z").toEpochMilli();

    private static ErrorHandlerContext context(long timestamp, byte[] rawKey, byte[] rawValue) {
        return new ErrorHandlerContext() {
            public String topic() { return "crm.complaint-events"; }
            public int partition() { return 2; }
            public long offset() { return 41; }
            public Headers headers() { return new RecordHeaders(); }
            public String processorNodeId() { return "deadline-clock"; }
            public TaskId taskId() { return new TaskId(0, 2); }
            public long timestamp() { return timestamp; }
            public byte[] sourceRawKey() { return rawKey; }
            public byte[] sourceRawValue() { return rawValue; }
        };
    }

    private static DeadLetterProductionHandler handler() {
        var h = new DeadLetterProductionHandler();
        h.configure(Map.of(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "complaints.dead-letter"));
        return h;
    }

    private static String header(ProducerRecord<byte[], byte[]> r, String name) {
        return new String(r.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    @Test
    void shouldDeadLetterAnOutputTheBrokerRefusesForItsTimestampAndResume() {
        var refused = new ProducerRecord<>("complaints.deadlines", null, FAR_FUTURE, "C1".getBytes(), new byte[] {1, 2});
        var response = handler().handleError(context(FAR_FUTURE, null, null), refused,
                new InvalidTimestampException("Timestamp 4071132000000 of message is out of range"));

        assertEquals(Result.RESUME, response.result());
        assertEquals(1, response.deadLetterQueueRecords().size());
        var dead = response.deadLetterQueueRecords().get(0);
        assertEquals("complaints.dead-letter", dead.topic());
        assertTrue(TimestampBounds.defaults().isPlausible(Instant.ofEpochMilli(dead.timestamp()), Instant.now()),
                "stamped now, not " + dead.timestamp());
        assertEquals(String.valueOf(FAR_FUTURE), header(dead, DeadLetterRecords.ORIGINAL_TIMESTAMP));
        assertArrayEquals(new byte[] {1, 2}, dead.value(), "source bytes freed: the refused output's bytes are kept");
        assertEquals(InvalidTimestampException.class.getName(), header(dead, DeadLetterRecords.EXCEPTION));
        assertEquals("crm.complaint-events", header(dead, DeadLetterRecords.TOPIC));
    }

    @Test
    void shouldStampADeadLetterFromAPunctuationNowInsteadOfMinusOne() {
        var response = handler().handleError(context(-1L, "k".getBytes(), "v".getBytes()),
                new ProducerRecord<>("complaints.alerts", "k".getBytes(), "v".getBytes()), new InvalidTimestampException("x"));
        long ts = response.deadLetterQueueRecords().get(0).timestamp();
        assertTrue(ts > 0 && TimestampBounds.defaults().isPlausible(Instant.ofEpochMilli(ts), Instant.now()), "stamped " + ts);
        assertArrayEquals("v".getBytes(), response.deadLetterQueueRecords().get(0).value(), "the source record's bytes");
    }

    @Test
    void shouldRetryRetriableAndFailOtherErrors() {
        var record = new ProducerRecord<>("complaints.deadlines", "k".getBytes(), "v".getBytes());
        assertEquals(Result.RETRY, handler().handleError(context(1L, null, null), record, new TimeoutException("slow")).result());
        assertEquals(Result.FAIL, handler().handleError(context(1L, null, null), record,
                new TopicAuthorizationException("denied")).result());
    }
}
