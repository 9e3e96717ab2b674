package io.complaintstreams.streams.deadline;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Headers for a record the deadline clock dead-letters from a punctuation, where Kafka Streams' own dead-letter
 * handler has no source record: the same {@code __streams.errors.*} names it uses, plus {@code error-reason}.
 */
final class DeadLetterHeaders {
    private DeadLetterHeaders() {}

    static Headers of(String reason, String sourceTopic) {
        var headers = new RecordHeaders();
        headers.add("__streams.errors.exception", RejectedEventException.class.getName().getBytes(StandardCharsets.UTF_8));
        headers.add("__streams.errors.message", reason.getBytes(StandardCharsets.UTF_8));
        headers.add("__streams.errors.topic", sourceTopic.getBytes(StandardCharsets.UTF_8));
        headers.add("error-reason", reason.getBytes(StandardCharsets.UTF_8));
        headers.add("source-topic", sourceTopic.getBytes(StandardCharsets.UTF_8));
        return headers;
    }
}
