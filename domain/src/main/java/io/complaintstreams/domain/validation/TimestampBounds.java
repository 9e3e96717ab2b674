package io.complaintstreams.domain.validation;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The plausible range of a business timestamp (an {@code occurredAt}): not before {@link #floor()} and not more
 * than {@link #futureTolerance()} after "now". Used wherever a time taken from a payload enters: HTTP ingest and
 * import (refused with 400 / dead letter naming {@code occurredAt}) and the topology's timestamp extractor (dead
 * letter), so that no record carries a timestamp the broker refuses ({@code log.message.timestamp.after.max.ms},
 * one hour by default) and no negative Kafka timestamp (years 1, 1900, 1969) is silently skipped.
 * Source of the rule: issue 9 section 1. Each refusal as too far in the future is told to {@link FutureRefusals#shared()}
 * (a slow server clock refuses every live event so: {@code /health} says it).
 *
 * @param floor           earliest plausible instant (inclusive); default {@link #DEFAULT_FLOOR}
 * @param futureTolerance how far after "now" an instant may be (inclusive), not negative; default
 *                        {@link #DEFAULT_FUTURE_TOLERANCE}
 */
public record TimestampBounds(Instant floor, Duration futureTolerance) {
    /** 2000-01-01T00:00:00Z: no landlord's complaint record in a live feed is older. */
    public static final Instant DEFAULT_FLOOR = Instant.parse("2000-01-01T00:00:00Z");
    /** Five minutes: covers ordinary clock skew between a sender and us, far below the broker's one hour. */
    public static final Duration DEFAULT_FUTURE_TOLERANCE = Duration.ofMinutes(5);
    /** Prefix of the reason for an instant after now + tolerance. */
    public static final String TOO_FAR_FUTURE = "too-far-future";
    /** Prefix of the reason for an instant before the floor. */
    public static final String BEFORE_FLOOR = "before-floor";

    public TimestampBounds {
        Objects.requireNonNull(floor, "floor");
        Objects.requireNonNull(futureTolerance, "futureTolerance");
        if (futureTolerance.isNegative()) {
            throw new IllegalArgumentException("futureTolerance must not be negative, got " + futureTolerance);
        }
    }

    /** The defaults: floor 2000-01-01T00:00:00Z, tolerance five minutes. */
    public static TimestampBounds defaults() {
        return new TimestampBounds(DEFAULT_FLOOR, DEFAULT_FUTURE_TOLERANCE);
    }

    /**
     * Why {@code instant} is not plausible at {@code now}, or empty when it is. The reason starts with
     * {@value #TOO_FAR_FUTURE} or {@value #BEFORE_FLOOR} and names both instants, e.g.
     * {@code "too-far-future: 2099-01-05T10:00:00Z is more than PT5M after now (2026-11-30T10:00:00Z)"}.
     */
    public Optional<String> rejectReason(Instant instant, Instant now) {
        Objects.requireNonNull(instant, "instant");
        Objects.requireNonNull(now, "now");
        if (instant.isBefore(floor)) {
            return Optional.of(BEFORE_FLOOR + ": " + instant + " is before the earliest accepted instant " + floor);
        }
        if (instant.isAfter(latestAccepted(now))) {
            FutureRefusals.shared().refused(instant, now, futureTolerance);
            return Optional.of(TOO_FAR_FUTURE + ": " + instant + " is more than " + futureTolerance
                    + " after now (" + now + ")");
        }
        return Optional.empty();
    }

    /** Epoch-millisecond form of {@link #rejectReason(Instant, Instant)}, for Kafka record timestamps (any long). */
    public Optional<String> rejectReason(long epochMillis, long nowMillis) {
        return rejectReason(Instant.ofEpochMilli(epochMillis), Instant.ofEpochMilli(nowMillis));
    }

    /**
     * True when {@code epochMillis} is within the bounds at {@code nowMillis}, without counting a refusal in {@link
     * FutureRefusals} (for a record already judged, e.g. when its dead letter's timestamp is chosen).
     */
    public boolean contains(long epochMillis, long nowMillis) {
        Instant instant = Instant.ofEpochMilli(epochMillis);
        return !instant.isBefore(floor) && !instant.isAfter(latestAccepted(Instant.ofEpochMilli(nowMillis)));
    }

    /** True when {@code instant} is within the bounds at {@code now}. */
    public boolean isPlausible(Instant instant, Instant now) {
        return rejectReason(instant, now).isEmpty();
    }

    /** The latest accepted instant at {@code now}: now plus the tolerance. */
    public Instant latestAccepted(Instant now) {
        return now.plus(futureTolerance);
    }
}
