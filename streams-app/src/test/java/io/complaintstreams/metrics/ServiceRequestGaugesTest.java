package io.complaintstreams.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The service-request gauges' pass spends at most a fiftieth of the time on its thread, however large the store. */
class ServiceRequestGaugesTest {
    private static final Duration INTERVAL = Duration.ofSeconds(15);

    @Test
    void shouldWaitTheIntervalAfterAShortPass() {
        assertEquals(INTERVAL, ServiceRequestGauges.nextDelay(INTERVAL, Duration.ofMillis(40)));
        assertEquals(INTERVAL, ServiceRequestGauges.nextDelay(INTERVAL, Duration.ZERO));
    }

    @Test
    void shouldWaitFortyNineTimesALongPass() {
        assertEquals(Duration.ofSeconds(98), ServiceRequestGauges.nextDelay(INTERVAL, Duration.ofSeconds(2)));
        assertEquals(Duration.ofMillis(49 * 900), ServiceRequestGauges.nextDelay(INTERVAL, Duration.ofMillis(900)));
    }
}
