package io.complaintstreams.generator.internal;

import java.time.LocalDate;

/** Winter weighting: more damp, mould and heating trouble from October to March. */
public final class Season {
    private Season() {
    }

    /** 0 in summer up to 1 in deep winter. */
    public static double winterness(LocalDate date) {
        return switch (date.getMonth()) {
            case DECEMBER, JANUARY, FEBRUARY -> 1.0;
            case NOVEMBER, MARCH -> 0.6;
            case OCTOBER, APRIL -> 0.3;
            default -> 0.0;
        };
    }

    /** A day in [start, start + days), slightly more likely in winter (about 25% busier than summer). */
    public static LocalDate pickDay(Rng rng, LocalDate start, int days) {
        while (true) {
            LocalDate day = start.plusDays(rng.between(0, days - 1));
            if (rng.nextDouble() * 1.25 < 1.0 + 0.25 * winterness(day)) {
                return day;
            }
        }
    }
}
