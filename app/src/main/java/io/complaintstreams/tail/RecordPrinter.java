package io.complaintstreams.tail;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.complaintstreams.schema.AvroJson;
import io.complaintstreams.topics.Topic;
import io.complaintstreams.topics.Topics;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** One record as a JSON object: the decoded value's fields, and {@code _meta} with topic, partition, offset, key, headers. */
public final class RecordPrinter {
    private final Topics topics;

    public RecordPrinter(Topics topics) {
        this.topics = topics;
    }

    public ObjectNode toJson(ConsumerRecord<byte[], byte[]> record) {
        ObjectNode line = decodeValue(record);
        ObjectNode meta = line.putObject("_meta");
        meta.put("topic", record.topic());
        meta.put("partition", record.partition());
        meta.put("offset", record.offset());
        meta.put("timestamp", record.timestamp());
        meta.put("key", record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8));
        ObjectNode headers = meta.putObject("headers");
        for (Header h : record.headers()) {
            if (!h.key().equals("__streams.errors.stacktrace")) {
                headers.put(h.key(), h.value() == null ? null : text(h.value()));
            }
        }
        return line;
    }

    private ObjectNode decodeValue(ConsumerRecord<byte[], byte[]> record) {
        var topic = topics.byName(record.topic());
        if (topic.isEmpty() || record.value() == null) {
            return raw(record.value());
        }
        try {
            return AvroJson.toJson(decode(topic.get(), record.value()));
        } catch (RuntimeException e) {
            ObjectNode node = raw(record.value());
            node.put("decodeError", e.getMessage());
            return node;
        }
    }

    private static <V extends SpecificRecord> SpecificRecord decode(Topic<V> topic, byte[] bytes) {
        return topic.valueSerde().decode(bytes);
    }

    private static ObjectNode raw(byte[] value) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        if (value == null) {
            node.putNull("rawValue");
        } else if (isUtf8(value)) {
            node.put("rawValue", new String(value, StandardCharsets.UTF_8));
        } else {
            node.put("rawValueBase64", Base64.getEncoder().encodeToString(value));
        }
        return node;
    }

    private static String text(byte[] bytes) {
        return isUtf8(bytes) ? new String(bytes, StandardCharsets.UTF_8) : Base64.getEncoder().encodeToString(bytes);
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
