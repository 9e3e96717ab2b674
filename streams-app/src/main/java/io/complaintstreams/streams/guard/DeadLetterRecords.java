package io.complaintstreams.streams.guard;

import io.complaintstreams.domain.validation.TimestampBounds;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/**
 * Builds the dead-letter record for a failed record as Kafka Streams' own handlers do (KIP-1034: original key and
 * value bytes, original headers, {@code __streams.errors.*} headers), plus {@code error-reason}, but always with a
 * timestamp the broker accepts: the source record's when it is within {@link TimestampBounds} of now, else now
 * (the built-in path copies the context's timestamp, which is -1 outside a record and may be far in the future; the
 * original is then kept in {@code error-original-timestamp}).
 */
public final class DeadLetterRecords {
    public static final String EXCEPTION = "__streams.errors.exception";
    public static final String MESSAGE = "__streams.errors.message";
    public static final String STACKTRACE = "__streams.errors.stacktrace";
    public static final String TOPIC = "__streams.errors.topic";
    public static final String PARTITION = "__streams.errors.partition";
    public static final String OFFSET = "__streams.errors.offset";
    public static final String REASON = "error-reason";
    public static final String ORIGINAL_TIMESTAMP = "error-original-timestamp";

    private final String topic;
    private final TimestampBounds bounds;
    private final Clock clock;

    public DeadLetterRecords(String topic, TimestampBounds bounds, Clock clock) {
        this.topic = topic;
        this.bounds = bounds;
        this.clock = clock;
    }

    /** No record when no dead-letter topic is configured. */
    public List<ProducerRecord<byte[], byte[]>> of(ErrorHandlerContext context, Exception e) {
        return of(context, e, null);
    }

    /**
     * As {@link #of(ErrorHandlerContext, Exception)}; when the source record's bytes are gone (Kafka Streams frees
     * them once an output is sent), the failed output's key and value bytes are dead-lettered instead.
     */
    public List<ProducerRecord<byte[], byte[]>> of(ErrorHandlerContext context, Exception e, ProducerRecord<byte[], byte[]> failed) {
        if (topic == null) {
            return List.of();
        }
        long now = clock.millis();
        long original = context.timestamp();
        boolean plausible = bounds.contains(original, now);
        boolean sourceGone = context.sourceRawKey() == null && context.sourceRawValue() == null && failed != null;
        byte[] key = sourceGone ? failed.key() : context.sourceRawKey();
        byte[] value = sourceGone ? failed.value() : context.sourceRawValue();
        var record = new ProducerRecord<>(topic, null, plausible ? original : now, key, value);
        if (context.headers() != null) {
            for (Header h : context.headers()) {
                record.headers().add(h);
            }
        }
        String message = String.valueOf(e.getMessage());
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        add(record, EXCEPTION, e.getClass().getName());
        add(record, MESSAGE, message);
        add(record, STACKTRACE, trace.toString());
        add(record, TOPIC, context.topic());
        add(record, PARTITION, String.valueOf(context.partition()));
        add(record, OFFSET, String.valueOf(context.offset()));
        add(record, REASON, message);
        if (!plausible) {
            add(record, ORIGINAL_TIMESTAMP, String.valueOf(original));
        }
        return List.of(record);
    }

    private static void add(ProducerRecord<byte[], byte[]> record, String name, String value) {
        record.headers().add(name, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }
}
