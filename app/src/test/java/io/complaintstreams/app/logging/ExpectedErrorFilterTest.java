package io.complaintstreams.app.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.Filter.Result;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.message.SimpleMessage;
import org.junit.jupiter.api.Test;

class ExpectedErrorFilterTest {
    private final ExpectedErrorFilter filter =
            ExpectedErrorFilter.create("org.apache.kafka.common.errors.OutOfOrderSequenceException");

    private static Log4jLogEvent event(Throwable thrown) {
        return Log4jLogEvent.newBuilder().setLoggerName("kafka.server.ReplicaManager").setLevel(Level.ERROR)
                .setMessage(new SimpleMessage("Error processing append operation on partition x-0")).setThrown(thrown).build();
    }

    @Test
    void shouldDropTheExpectedTransactionsV2SequenceError() {
        assertEquals(Result.DENY, filter.filter(event(new OutOfOrderSequenceException("Expected sequence 0 for transactions v2"))));
        assertEquals(Result.DENY, filter.filter(event(new RuntimeException(new OutOfOrderSequenceException("wrapped")))));
    }

    @Test
    void shouldKeepEveryOtherError() {
        assertEquals(Result.NEUTRAL, filter.filter(event(new RecordTooLargeException("too large"))));
        assertEquals(Result.NEUTRAL, filter.filter(event(null)));
    }
}
