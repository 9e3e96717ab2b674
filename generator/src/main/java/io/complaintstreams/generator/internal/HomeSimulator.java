package io.complaintstreams.generator.internal;

import io.complaintstreams.generator.GeneratedEvent;
import io.complaintstreams.generator.GeneratorSettings;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Simulates one home's year. Each home has its own random stream derived from (seed, period start, home), so homes
 * can be generated one at a time, in any order, with the same result. Tenure depends on (seed, home) only.
 */
public final class HomeSimulator {
    private final GeneratorSettings settings;
    private final Instant cutoff;
    private final String eventIdPrefix;

    /** Events dated on or after the end of the period are left out (a year-end extract). */
    public HomeSimulator(GeneratorSettings settings) {
        this(settings, settings.periodEnd().atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    private HomeSimulator(GeneratorSettings settings, Instant cutoff) {
        this.settings = settings;
        this.cutoff = cutoff;
        this.eventIdPrefix = "gen-" + settings.seed() + "-" + settings.periodStart().getYear() % 100 + "-";
    }

    /**
     * The same simulation with nothing left out: events dated after the period (a closing event, an acknowledgement, a
     * chase falling into the next period) are kept. The events dated within the period, ids included, are exactly those
     * of {@link #HomeSimulator(GeneratorSettings)}: the cutoff only filters, it draws no random number.
     */
    public static HomeSimulator withLateEvents(GeneratorSettings settings) {
        return new HomeSimulator(settings, Instant.MAX);
    }

    /** The home's events in generation order (not sorted). Homes are numbered from 1. */
    public List<GeneratedEvent> simulate(int homeIndex) {
        Home home = home(homeIndex);
        Rng rng = new Rng(Rng.mix(settings.seed(), settings.periodStart().toEpochDay(), homeIndex));
        EventSink sink = new EventSink(eventIdPrefix + homeIndex + "-", settings.landlordId(), home, cutoff);
        HomeContext ctx = new HomeContext(rng, sink, settings.periodStart(), settings.days(), settings.landlordId(),
                settings.homes());
        List<Repair> repairs = new RepairSimulator(ctx).simulate();
        new ComplaintSimulator(ctx).simulate(repairs);
        // Last, so that the wording and shares of everyday contacts do not move the complaint stream of a seed.
        new EverydaySimulator(ctx).simulate();
        return sink.events();
    }

    private Home home(int homeIndex) {
        boolean lcho = new Rng(Rng.mix(settings.seed(), homeIndex, 0x7E4E)).chance(0.10);
        String number = String.format("%06d", homeIndex);
        return new Home(homeIndex, settings.landlordId() + "-P" + number, settings.landlordId() + "-R" + number,
                lcho ? "LCHO" : "LCRA");
    }
}
