package io.complaintstreams.ingest.publish;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A rejected input record for the dead-letter topic (CONTRACTS section 2): the original bytes as value,
 * the key as received (null when unreadable) and headers {@code error-reason}, {@code error-field},
 * {@code source-topic}, plus {@code source-file} and {@code source-line} for a file import.
 */
public record DeadLetter(String sourceTopic, String key, byte[] original, String reason, String field,
                         String sourceFile, long sourceLine) {
    public static final String ERROR_REASON = "error-reason";
    public static final String ERROR_FIELD = "error-field";
    public static final String SOURCE_TOPIC = "source-topic";
    public static final String SOURCE_FILE = "source-file";
    public static final String SOURCE_LINE = "source-line";

    public OutgoingRecord toRecord(String deadLetterTopic) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(ERROR_REASON, reason);
        headers.put(ERROR_FIELD, field);
        headers.put(SOURCE_TOPIC, sourceTopic);
        if (sourceFile != null) {
            headers.put(SOURCE_FILE, sourceFile);
            headers.put(SOURCE_LINE, Long.toString(sourceLine));
        }
        return new OutgoingRecord(deadLetterTopic, key, original, headers);
    }
}
