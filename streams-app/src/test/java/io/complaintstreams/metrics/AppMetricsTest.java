package io.complaintstreams.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import org.junit.jupiter.api.Test;

/** Store meters of every kind get the same tag keys (Prometheus refused the second kind before). */
class AppMetricsTest {
    private static Meter.Id id(String stateTag, String store) {
        return new Meter.Id("kafka.stream.state.restore.latency.max",
                Tags.of("kafka.version", "4.3.1", stateTag, store, "task.id", "0_2", "thread.id", "t1"), null, null, Meter.Type.GAUGE);
    }

    @Test
    void shouldGiveEveryStoreKindTheSameTagKeysAndKeepThemDistinct() {
        Meter.Id kv = AppMetrics.ONE_STATE_ID_TAG.map(id("rocksdb.state.id", "deadline-state"));
        Meter.Id window = AppMetrics.ONE_STATE_ID_TAG.map(id("rocksdb.window.state.id", "signals-seen-service-requests"));
        assertEquals(kv.getTags().stream().map(t -> t.getKey()).toList(), window.getTags().stream().map(t -> t.getKey()).toList());
        assertEquals("rocksdb.window", window.getTag("store.type"));
        assertEquals("signals-seen-service-requests", window.getTag("state.id"));
        Meter.Id sameStoreOtherKind = AppMetrics.ONE_STATE_ID_TAG.map(id("in-memory.state.id", "deadline-state"));
        assertNotEquals(kv, sameStoreOtherKind);
    }
}
