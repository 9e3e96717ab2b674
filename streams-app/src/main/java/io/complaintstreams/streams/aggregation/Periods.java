package io.complaintstreams.streams.aggregation;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar months ({@code YYYY-MM}) and ISO weeks ({@code YYYY-Www}) of dates in the landlord's zone, and the
 * aggregate store keys {@code period|landlordId}. Periods are fixed width and come first, so a range
 * {@code [from|, to}]} holds exactly the periods from..to for every landlord ('}' sorts just above '|').
 */
public final class Periods {
    static final char SEPARATOR = '|';
    private static final char AFTER_SEPARATOR = '}';
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private final ZoneId zone;

    public Periods(ZoneId zone) {
        this.zone = zone;
    }

    public LocalDate dateOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    public static String month(LocalDate date) {
        return YearMonth.from(date).toString();
    }

    public static String week(LocalDate date) {
        // built by hand: String.format was 3% of the stream thread (called twice per event)
        int year = date.get(IsoFields.WEEK_BASED_YEAR);
        int week = date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        StringBuilder b = new StringBuilder(8);
        if (year < 1000) {
            b.append(year < 10 ? "000" : year < 100 ? "00" : "0");
        }
        return b.append(year).append("-W").append(week < 10 ? "0" : "").append(week).toString();
    }

    /** The monthly and the weekly store key of a landlord's date. */
    static List<String> keysOf(LocalDate date, String landlordId) {
        return List.of(key(month(date), landlordId), key(week(date), landlordId));
    }

    static String key(String period, String landlordId) {
        return period + SEPARATOR + landlordId;
    }

    static String periodOf(String key) {
        return key.substring(0, key.indexOf(SEPARATOR));
    }

    static boolean isWeekKey(String key) {
        return key.length() > 5 && key.charAt(5) == 'W';
    }

    static String rangeFrom(String period) {
        return period + SEPARATOR;
    }

    static String rangeTo(String period) {
        return period + AFTER_SEPARATOR;
    }

    /** Parses {@code YYYY-MM}. */
    public static YearMonth parseMonth(String text) {
        if (text == null || !text.matches("\\d{4}-\\d{2}")) {
            throw new IllegalArgumentException("expected YYYY-MM, got " + text);
        }
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expected YYYY-MM, got " + text, e);
        }
    }

    /** Parses {@code YYYY-Www} (ISO week) to the Monday that starts it. */
    public static LocalDate parseWeek(String text) {
        Matcher m = text == null ? null : WEEK.matcher(text);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("expected YYYY-Www, got " + text);
        }
        int year = Integer.parseInt(m.group(1));
        int week = Integer.parseInt(m.group(2));
        LocalDate mid = LocalDate.of(year, 6, 1);
        if (week < 1 || week > mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
            throw new IllegalArgumentException("no week " + week + " in ISO year " + year);
        }
        return mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
    }
}
