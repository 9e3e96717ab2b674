package io.complaintstreams.generator.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Office-hours instants (08:00 to 17:59 UTC, so the Europe/London date is the same date). */
public final class Times {
    private Times() {
    }

    public static Instant on(LocalDate date, Rng rng) {
        return date.atTime(rng.between(8, 17), rng.between(0, 59)).toInstant(ZoneOffset.UTC);
    }

    /** An office-hours instant on {@code date}, but strictly after {@code previous}. */
    public static Instant after(Instant previous, LocalDate date, Rng rng) {
        Instant candidate = on(date, rng);
        return candidate.isAfter(previous) ? candidate : previous.plusSeconds(60L * rng.between(5, 90));
    }

    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
