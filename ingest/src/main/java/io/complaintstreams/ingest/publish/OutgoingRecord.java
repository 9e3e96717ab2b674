package io.complaintstreams.ingest.publish;

import java.util.Map;

/**
 * One record to publish: topic, UTF-8 key (may be null, e.g. for an unreadable dead letter), value bytes
 * and UTF-8 headers (kept in the given order).
 */
public record OutgoingRecord(String topic, String key, byte[] value, Map<String, String> headers) {
    public OutgoingRecord {
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("topic is required");
        }
        headers = headers == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(headers));
    }

    public static OutgoingRecord of(String topic, String key, byte[] value) {
        return new OutgoingRecord(topic, key, value, Map.of());
    }
}
