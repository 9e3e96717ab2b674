package io.complaintstreams.domain.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimestampBoundsTest {
    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private final TimestampBounds bounds = TimestampBounds.defaults();

    @Test
    void shouldAcceptOrdinaryInstantsAndTheEdges() {
        assertTrue(bounds.isPlausible(Instant.parse("2024-10-02T09:00:00Z"), NOW));
        assertTrue(bounds.isPlausible(NOW, NOW));
        assertTrue(bounds.isPlausible(Instant.parse("2000-01-01T00:00:00Z"), NOW), "floor is inclusive");
        assertTrue(bounds.isPlausible(NOW.plus(Duration.ofMinutes(5)), NOW), "tolerance is inclusive");
    }

    @Test
    void shouldRefuseTheYear2099AsTooFarFuture() {
        Optional<String> reason = bounds.rejectReason(Instant.parse("2099-01-05T10:00:00Z"), NOW);
        assertTrue(reason.orElseThrow().startsWith("too-far-future: 2099-01-05T10:00:00Z"), reason.get());
        assertTrue(reason.get().contains(NOW.toString()), reason.get());
    }

    @Test
    void shouldRefuseOneMillisecondPastTheTolerance() {
        assertFalse(bounds.isPlausible(NOW.plus(Duration.ofMinutes(5)).plusMillis(1), NOW));
        assertTrue(bounds.rejectReason(NOW.plus(Duration.ofHours(1)), NOW).orElseThrow()
                .startsWith(TimestampBounds.TOO_FAR_FUTURE));
    }

    @Test
    void shouldRefuseYears1And1900And1969AsBeforeFloor() {
        for (String at : new String[] {"0001-01-01T00:00:00Z", "1900-06-01T00:00:00Z", "1969-12-31T23:59:59Z",
                "1999-12-31T23:59:59.999Z"}) {
            String reason = bounds.rejectReason(Instant.parse(at), NOW).orElseThrow();
            assertTrue(reason.startsWith("before-floor: "), reason);
            assertTrue(reason.contains("2000-01-01T00:00:00Z"), reason);
        }
    }

    @Test
    void shouldJudgeEpochMillisIncludingNegativeKafkaTimestamps() {
        assertTrue(bounds.rejectReason(-1L, NOW.toEpochMilli()).orElseThrow().startsWith("before-floor"));
        assertTrue(bounds.rejectReason(Long.MIN_VALUE, NOW.toEpochMilli()).orElseThrow().startsWith("before-floor"));
        assertTrue(bounds.rejectReason(Long.MAX_VALUE, NOW.toEpochMilli()).orElseThrow().startsWith("too-far-future"));
        assertEquals(Optional.empty(), bounds.rejectReason(NOW.toEpochMilli(), NOW.toEpochMilli()));
    }

    @Test
    void shouldUseConfiguredFloorAndTolerance() {
        TimestampBounds strict = new TimestampBounds(Instant.parse("2020-01-01T00:00:00Z"), Duration.ZERO);
        assertFalse(strict.isPlausible(NOW.plusMillis(1), NOW));
        assertFalse(strict.isPlausible(Instant.parse("2019-12-31T00:00:00Z"), NOW));
        assertEquals(NOW, strict.latestAccepted(NOW));
    }

    @Test
    void shouldRefuseNegativeTolerance() {
        assertThrows(IllegalArgumentException.class,
                () -> new TimestampBounds(TimestampBounds.DEFAULT_FLOOR, Duration.ofSeconds(-1)));
    }
}
