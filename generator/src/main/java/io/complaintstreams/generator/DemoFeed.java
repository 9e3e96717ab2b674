package io.complaintstreams.generator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * An endless, deterministic feed for {@code run --demo}: a small landlord's history from the start of the last
 * complete financial year (1 April, UK), so that the previous financial year is whole (its reports and TSM have a full
 * year) and this year's months can be set against the same months last year; the current financial year is then
 * streamed up to the start date, so some complaints are open around today (some due soon, some overdue). The feed goes
 * on year by year (cycle 0 the last complete financial year, 1 the current one, 2, ... each a fresh year of the same
 * homes with distinct ids), so it never runs dry. A year's events dated after its last day (a request closed, a
 * complaint acknowledged or answered after 31 March) are carried into the following years and published at their own
 * time, so every lifecycle runs to its end as in {@link LandlordGenerator#generateWithLateEvents()}; the feed stays in
 * time order (at equal times, carried events first). The caller sets the pace, e.g. N events a second
 * with {@link #nextBatch(int)}, or by event time with {@link #upTo(Instant, int)}.
 */
public final class DemoFeed implements Iterator<GeneratedEvent> {
    public static final int DEFAULT_HOMES = 2_000;

    private final long seed;
    private final int homes;
    private final String landlordId;
    private final LocalDate firstDay;
    private int cycle = -1;
    private List<GeneratedEvent> current = List.of();
    /** Events of earlier years dated after the year being fed, in time order: merged into the year they fall in. */
    private List<GeneratedEvent> carried = List.of();
    private int position;

    public DemoFeed(long seed, int homes, String landlordId, Instant start) {
        if (homes < 1) {
            throw new IllegalArgumentException("homes must be at least 1, was " + homes);
        }
        this.seed = seed;
        this.homes = homes;
        this.landlordId = Objects.requireNonNull(landlordId, "landlordId");
        this.firstDay = lastCompleteFinancialYearStart(LocalDate.ofInstant(Objects.requireNonNull(start, "start"), ZoneOffset.UTC));
    }

    /** {@value #DEFAULT_HOMES} homes of landlord {@value GeneratorSettings#DEFAULT_LANDLORD_ID}. */
    public static DemoFeed startingAt(long seed, Instant start) {
        return new DemoFeed(seed, DEFAULT_HOMES, GeneratorSettings.DEFAULT_LANDLORD_ID, start);
    }

    /** 1 April of the financial year before the one {@code day} is in (2024-04-01 for any day of 2025-26). */
    static LocalDate lastCompleteFinancialYearStart(LocalDate day) {
        int currentStartYear = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
        return LocalDate.of(currentStartYear - 1, 4, 1);
    }

    /** The settings of cycle {@code n}: cycle 0 is the last complete financial year before the start date. */
    public GeneratorSettings settingsForCycle(int n) {
        LocalDate from = firstDay.plusYears(n);
        int days = (int) ChronoUnit.DAYS.between(from, from.plusYears(1));
        return new GeneratorSettings(seed, homes, landlordId, from, days);
    }

    /** 1 April of the last complete financial year before the start date: where the feed begins. */
    public LocalDate firstDay() {
        return firstDay;
    }

    /** Takes and drops the next {@code n} events (to resume a feed already published that far). */
    public void skip(long n) {
        for (long i = 0; i < n; i++) {
            next();
        }
    }

    /**
     * The year being fed when the event last returned was taken (0 for the last complete financial year, 1 for the
     * current one): the year its date falls in, which for an event carried from an earlier year is not the year that
     * generated it.
     */
    public int cycle() {
        return Math.max(cycle, 0);
    }

    @Override
    public boolean hasNext() {
        return true;
    }

    @Override
    public GeneratedEvent next() {
        fill();
        return current.get(position++);
    }

    /** Up to {@code max} next events, in time order. */
    public List<GeneratedEvent> nextBatch(int max) {
        List<GeneratedEvent> batch = new ArrayList<>(Math.max(0, Math.min(max, 10_000)));
        while (batch.size() < max) {
            batch.add(next());
        }
        return batch;
    }

    /** Up to {@code max} next events dated at or before {@code until} (none if the next one is later). */
    public List<GeneratedEvent> upTo(Instant until, int max) {
        List<GeneratedEvent> batch = new ArrayList<>();
        while (batch.size() < max && !peek().occurredAt().isAfter(until)) {
            batch.add(next());
        }
        return batch;
    }

    /** The next event without taking it. */
    public GeneratedEvent peek() {
        fill();
        return current.get(position);
    }

    private void fill() {
        while (position >= current.size()) {
            cycle++;
            GeneratorSettings year = settingsForCycle(cycle);
            List<GeneratedEvent> all = new ArrayList<>(carried);
            all.addAll(new LandlordGenerator(year).generateWithLateEvents());
            all.sort(LandlordGenerator.BY_TIME); // stable: carried events (listed first) before this year's at equal times
            Instant end = year.periodEnd().atStartOfDay().toInstant(ZoneOffset.UTC);
            int cut = 0;
            while (cut < all.size() && all.get(cut).occurredAt().isBefore(end)) {
                cut++;
            }
            current = List.copyOf(all.subList(0, cut));
            carried = List.copyOf(all.subList(cut, all.size()));
            position = 0;
        }
    }

    /** Not supported: the feed is read-only. */
    @Override
    public void remove() {
        throw new UnsupportedOperationException("remove");
    }
}
