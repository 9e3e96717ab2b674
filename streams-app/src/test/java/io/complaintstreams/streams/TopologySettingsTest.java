package io.complaintstreams.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.complaintstreams.topics.Topics;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopologySettingsTest {
    private static TopologySettings settings(ClockMode clock, Duration interval, ZoneId zone) {
        return new TopologySettings(new Topics(""), clock, interval, 2, 2, 5, Map.of(), zone);
    }

    @Test
    void shouldScheduleEventClockDateChecksHourlyOnlyWhereEveryMidnightIsAnHourBoundary() {
        ZoneId london = TopologySettings.LONDON;
        assertEquals(Duration.ofHours(1), settings(ClockMode.EVENT, Duration.ofSeconds(1), london).datePunctuationInterval());
        assertEquals(Duration.ofHours(1), settings(ClockMode.EVENT, Duration.ofSeconds(30), london).datePunctuationInterval());
        assertEquals(Duration.ofSeconds(1), settings(ClockMode.WALL, Duration.ofSeconds(1), london).datePunctuationInterval());
        // an interval that does not divide an hour keeps its own alignment
        assertEquals(Duration.ofSeconds(7), settings(ClockMode.EVENT, Duration.ofSeconds(7), london).datePunctuationInterval());
        assertEquals(Duration.ofDays(1), settings(ClockMode.EVENT, Duration.ofDays(1), london).datePunctuationInterval());
        // midnights at half hours (India, +05:30; Adelaide, +09:30/+10:30) are not hour boundaries
        assertEquals(Duration.ofSeconds(1), settings(ClockMode.EVENT, Duration.ofSeconds(1), ZoneId.of("Asia/Kolkata"))
                .datePunctuationInterval());
        assertTrue(TopologySettings.midnightsOnWholeHours(london));
        assertTrue(TopologySettings.midnightsOnWholeHours(ZoneId.of("UTC")));
        assertFalse(TopologySettings.midnightsOnWholeHours(ZoneId.of("Australia/Adelaide")));
    }
}
