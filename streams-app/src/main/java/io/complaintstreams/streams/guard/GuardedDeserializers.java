package io.complaintstreams.streams.guard;

import java.util.Map;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Wraps an input topic's deserializers so that {@link InputGuard}'s refusals are deserialization errors: Kafka
 * Streams then hands the raw record to the deserialization exception handler (dead-letter topic) before the
 * timestamp extractor runs, so a refused record never moves stream time and is never silently skipped.
 */
public final class GuardedDeserializers {
    private GuardedDeserializers() {}

    public static Deserializer<String> key(Deserializer<String> inner, InputGuard guard) {
        return new Guarded<>(inner, guard, true);
    }

    public static <V> Deserializer<V> value(Deserializer<V> inner, InputGuard guard) {
        return new Guarded<>(inner, guard, false);
    }

    private record Guarded<T>(Deserializer<T> inner, InputGuard guard, boolean isKey) implements Deserializer<T> {
        @Override
        public void configure(Map<String, ?> configs, boolean key) {
            inner.configure(configs, key);
        }

        @Override
        public T deserialize(String topic, byte[] data) {
            return check(data == null ? null : inner.deserialize(topic, data));
        }

        @Override
        public T deserialize(String topic, Headers headers, byte[] data) {
            return check(data == null ? null : inner.deserialize(topic, headers, data));
        }

        private T check(T decoded) {
            var refusal = isKey ? guard.refuseKey((String) decoded) : guard.refuseValue(decoded);
            if (refusal.isPresent()) {
                throw new RefusedInputException(refusal.get());
            }
            return decoded;
        }

        @Override
        public void close() {
            inner.close();
        }
    }
}
