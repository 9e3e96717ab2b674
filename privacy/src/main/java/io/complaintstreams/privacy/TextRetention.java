package io.complaintstreams.privacy;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;

/**
 * How long residents' free text stays readable: a month's text expires once {@code retention} has passed since the
 * end of that month (so text is readable for at least the retention and at most one month more). Pure.
 *
 * @param retention ISO-8601 period, e.g. {@code P6Y}; config key {@code privacy.text-retention}
 */
public record TextRetention(Period retention) {
    public static final Period DEFAULT = Period.ofYears(6);

    public TextRetention {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("privacy.text-retention must be a positive ISO-8601 period such as P6Y, got " + retention);
        }
    }

    public static TextRetention parse(String text) {
        try {
            return new TextRetention(Period.parse(text.trim()));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("privacy.text-retention must be an ISO-8601 period such as P6Y or P18M, got '" + text + "'");
        }
    }

    /** Whether text of {@code period} is past its retention on {@code today}. */
    public boolean expired(YearMonth period, LocalDate today) {
        return period.atEndOfMonth().plus(retention).isBefore(today);
    }

    /** The latest month whose text has expired on {@code today}. */
    public YearMonth latestExpiredPeriod(LocalDate today) {
        YearMonth m = YearMonth.from(today.minus(retention));
        return expired(m, today) ? m : m.minusMonths(1);
    }
}
