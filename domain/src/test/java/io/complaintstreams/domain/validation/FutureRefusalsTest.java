package io.complaintstreams.domain.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FutureRefusalsTest {
    private static final Instant NOW = Instant.parse("2026-11-30T23:00:00Z");
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    @Test
    void shouldSuspectTheServerClockAfterThreeLiveEventsRefusedMinutesAheadAndTellOnce() {
        FutureRefusals refusals = new FutureRefusals();
        List<FutureRefusals.Suspicion> told = new ArrayList<>();
        refusals.onFirstSuspicion(told::add);
        refusals.refused(NOW.plusSeconds(400), NOW, FIVE_MINUTES);
        refusals.refused(NOW.plusSeconds(430), NOW.plusSeconds(10), FIVE_MINUTES);
        assertTrue(refusals.suspicion(NOW.plusSeconds(10)).isEmpty(), "two refusals are not yet a pattern");

        refusals.refused(NOW.plusSeconds(450), NOW.plusSeconds(20), FIVE_MINUTES);
        FutureRefusals.Suspicion s = refusals.suspicion(NOW.plusSeconds(20)).orElseThrow();
        assertEquals(3, s.refusals());
        assertEquals(430, s.estimatedSkew().toSeconds());
        assertEquals(300, s.tolerance().toSeconds());
        assertTrue(s.message().contains("slow by about 7 minutes"), s.message());
        assertTrue(s.message().contains("timedatectl") && s.message().contains("timestamp.future-tolerance-seconds"), s.message());

        refusals.refused(NOW.plusSeconds(460), NOW.plusSeconds(30), FIVE_MINUTES);
        assertEquals(1, told.size(), "the WARN is given once");
        assertEquals(3, told.get(0).refusals());
    }

    @Test
    void shouldNotBlameTheClockForWrongDatesOrOldRefusals() {
        FutureRefusals refusals = new FutureRefusals();
        for (int i = 0; i < 5; i++) {
            refusals.refused(Instant.parse("2099-01-05T10:00:00Z"), NOW, FIVE_MINUTES);
        }
        assertTrue(refusals.suspicion(NOW).isEmpty(), "a year-2099 typo is a bad payload, not a clock");
        for (int i = 0; i < 3; i++) {
            refusals.refused(NOW.plusSeconds(400), NOW, FIVE_MINUTES);
        }
        assertTrue(refusals.suspicion(NOW).isPresent());
        assertTrue(refusals.suspicion(NOW.plus(FutureRefusals.WINDOW).plusSeconds(1)).isEmpty(), "refusals older than the window are forgotten");
    }

    @Test
    void shouldBeFedByTimestampBoundsRefusingAnEventAsTooFarInTheFuture() {
        Instant now = Instant.parse("2091-03-01T12:00:00Z");
        TimestampBounds bounds = TimestampBounds.defaults();
        for (int i = 0; i < 3; i++) {
            assertTrue(bounds.rejectReason(now.plusSeconds(600 + i), now).orElseThrow().startsWith(TimestampBounds.TOO_FAR_FUTURE));
        }
        assertEquals(602, FutureRefusals.shared().suspicion(now).orElseThrow().estimatedSkew().toSeconds());
        assertEquals(3, FutureRefusals.shared().suspicion(now).orElseThrow().refusals());
        assertFalse(bounds.contains(now.plusSeconds(700).toEpochMilli(), now.toEpochMilli()));
        assertEquals(3, FutureRefusals.shared().suspicion(now).orElseThrow().refusals(),
                "a record already judged (its dead letter's timestamp) is not counted twice");
    }
}
