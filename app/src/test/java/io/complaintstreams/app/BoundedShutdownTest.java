package io.complaintstreams.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A component stuck in its close is abandoned and the rest still stop; the watchdog halts a stuck shutdown. */
class BoundedShutdownTest {
    @Test
    void shouldAbandonAStuckComponentAndStillStopTheOthers() {
        CountDownLatch never = new CountDownLatch(1);
        List<String> stopped = new ArrayList<>();
        BoundedShutdown shutdown = new BoundedShutdown(Duration.ofSeconds(5));

        assertTrue(shutdown.run("HTTP server", Duration.ofSeconds(2), () -> stopped.add("http")));
        assertFalse(shutdown.run("embedded broker on a full disk", Duration.ofMillis(200), never::await));
        assertTrue(shutdown.run("data-dir lock", Duration.ofSeconds(2), () -> stopped.add("lock")));

        assertEquals(List.of("http", "lock"), stopped);
        assertEquals(List.of("embedded broker on a full disk"), shutdown.abandoned());
    }

    @Test
    void shouldCountAFailingCloseAsFinished() {
        BoundedShutdown shutdown = new BoundedShutdown(Duration.ofSeconds(5));
        assertTrue(shutdown.run("metrics", Duration.ofSeconds(2), () -> {
            throw new IllegalStateException("already closed");
        }));
        assertTrue(shutdown.abandoned().isEmpty());
    }

    @Test
    void shouldGiveLaterStepsNoMoreThanWhatIsLeftOfTheBound() {
        CountDownLatch never = new CountDownLatch(1);
        BoundedShutdown shutdown = new BoundedShutdown(Duration.ofMillis(300));
        assertFalse(shutdown.run("Kafka Streams", Duration.ofMinutes(10), never::await), "bounded by the overall 300 ms");
        assertEquals(Duration.ZERO, shutdown.remaining());
        assertFalse(shutdown.run("broker", Duration.ofMinutes(10), never::await));
        assertEquals(List.of("Kafka Streams", "broker"), shutdown.abandoned());
    }

    @Test
    void shouldHaltWhenTheShutdownOverrunsItsBound() throws Exception {
        CountDownLatch halted = new CountDownLatch(1);
        int[] status = {-1};
        ShutdownWatchdog.arm(Duration.ofMillis(100), s -> {
            status[0] = s;
            halted.countDown();
        });
        assertTrue(halted.await(30, TimeUnit.SECONDS), "halt called");
        assertEquals(1, status[0]);
    }
}
