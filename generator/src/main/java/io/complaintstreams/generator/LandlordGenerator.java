package io.complaintstreams.generator;

import io.complaintstreams.generator.internal.HomeSimulator;
import io.complaintstreams.generator.internal.MonthBuckets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * A synthetic English social landlord's CRM events for a period (by default the financial year from 1 April
 * 2025): contacts, repairs, surveys and complaints with Code-like timings. Same settings, same events.
 * Events falling on or after the end of the period are left out, so complaints received late in the period are
 * still open in the output, as in a real year-end extract ({@link #generateWithLateEvents()} keeps them).
 */
public final class LandlordGenerator {
    /** Sorted by time, ties in generation order (home by home), so the order is fully deterministic. */
    public static final Comparator<GeneratedEvent> BY_TIME = Comparator.comparing(GeneratedEvent::occurredAt);

    private static final int PROGRESS_EVERY_HOMES = 256;

    private final GeneratorSettings settings;
    private final HomeSimulator homes;

    public LandlordGenerator(GeneratorSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.homes = new HomeSimulator(settings);
    }

    public GeneratorSettings settings() {
        return settings;
    }

    /** All events in memory, sorted by occurredAt (stable). Fine up to some tens of thousands of homes. */
    public List<GeneratedEvent> generate() {
        return allSorted(homes);
    }

    /**
     * All events of the period's homes including those dated on or after its end (each lifecycle to its last event: a
     * request completed, a complaint acknowledged or answered in the next period), sorted by occurredAt (stable). Its
     * events dated before the end are exactly {@link #generate()}'s. For a feed that goes on past the period
     * ({@link DemoFeed}), where the later events belong to the following period.
     */
    public List<GeneratedEvent> generateWithLateEvents() {
        return allSorted(HomeSimulator.withLateEvents(settings));
    }

    /** Every home's events from {@code simulator}, sorted by occurredAt (stable: ties in generation order). */
    private List<GeneratedEvent> allSorted(HomeSimulator simulator) {
        List<GeneratedEvent> all = new ArrayList<>();
        for (int home = 1; home <= settings.homes(); home++) {
            all.addAll(simulator.simulate(home));
        }
        all.sort(BY_TIME);
        return all;
    }

    /** Streams home by home (homes 1..N), each home's events in generation order; constant memory. */
    public void forEachHome(Consumer<List<GeneratedEvent>> consumer) {
        for (int home = 1; home <= settings.homes(); home++) {
            consumer.accept(homes.simulate(home));
        }
    }

    /** The events of one home (numbered from 1), unsorted; the same as that home's share of {@link #generate()}. */
    public List<GeneratedEvent> home(int homeIndex) {
        if (homeIndex < 1 || homeIndex > settings.homes()) {
            throw new IllegalArgumentException("home must be 1.." + settings.homes() + ", was " + homeIndex);
        }
        return homes.simulate(homeIndex);
    }

    /** Units of work {@link #writeJsonLines(Path, LongConsumer)} reports: one per home, one per (topic, month) sorted. */
    public long progressTotal() {
        return settings.homes() + (long) Topics.ALL.size() * months();
    }

    public GenerationSummary writeJsonLines(Path dir) {
        return writeJsonLines(dir, done -> { });
    }

    /**
     * Writes {@code crm.contacts.jsonl}, {@code crm.service-requests.jsonl}, {@code crm.surveys.jsonl} and
     * {@code crm.complaint-events.jsonl} into {@code dir}, one JSON object per line, each file sorted by occurredAt
     * (ties in generation order; the same order as {@link #generate()}). Memory stays bounded: lines are spilled
     * to per-month temporary files, and each month is sorted in memory on its own.
     *
     * @param progress receives the cumulative units done, out of {@link #progressTotal()}
     */
    public GenerationSummary writeJsonLines(Path dir, LongConsumer progress) {
        try (MonthBuckets buckets = new MonthBuckets(dir, YearMonth.from(settings.periodStart()))) {
            long[] done = {0};
            forEachHome(events -> {
                buckets.addAll(events);
                if (++done[0] % PROGRESS_EVERY_HOMES == 0) {
                    progress.accept(done[0]);
                }
            });
            progress.accept(done[0]);
            return new GenerationSummary(dir, buckets.finish(months(), () -> progress.accept(++done[0])));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON lines to " + dir, e);
        }
    }

    private int months() {
        YearMonth first = YearMonth.from(settings.periodStart());
        YearMonth last = YearMonth.from(settings.periodEnd().minusDays(1));
        return (int) (first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1);
    }
}
