package io.complaintstreams.generator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** One generated input event: its topic (see {@link Topics}), record key, time and JSON body (CONTRACTS section 2). */
public record GeneratedEvent(String topic, String key, Instant occurredAt, ObjectNode json) {
}
