package io.complaintstreams.streams;

import io.complaintstreams.domain.deadline.LocalTargets;
import io.complaintstreams.streams.guard.InputGuard;
import io.complaintstreams.topics.Topics;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.Map;

/**
 * Everything the topology's shape and rules depend on. The topology is a pure function of these settings.
 *
 * @param topics               topic names (prefix applied)
 * @param clock                wall clock or stream time for deadline checks
 * @param punctuationInterval  how often the deadline index is checked
 * @param dueSoonWorkingDays   DUE_SOON when this many working days or fewer remain
 * @param surveyDissatisfiedAtOrBelow a survey score at or below this is dissatisfaction (signposted)
 * @param unloggedAfterWorkingDays    POSSIBLE_UNLOGGED_COMPLAINT after this many working days without a complaint
 * @param homesByLandlord      homes per landlord, for per-1,000-homes rates
 * @param zone                 the landlord's time zone for dates (Europe/London)
 * @param localTargets         a landlord's own stricter targets, carried beside the Code's (which alone alert)
 * @param inputGuard           what an input record must satisfy (key, value, plausible occurredAt) before it is
 *                             processed; refused ones are dead-lettered
 */
public record TopologySettings(
        Topics topics,
        ClockMode clock,
        Duration punctuationInterval,
        int dueSoonWorkingDays,
        int surveyDissatisfiedAtOrBelow,
        int unloggedAfterWorkingDays,
        Map<String, Integer> homesByLandlord,
        ZoneId zone,
        LocalTargets localTargets,
        InputGuard inputGuard) {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    public TopologySettings {
        homesByLandlord = Map.copyOf(homesByLandlord);
        localTargets = localTargets == null ? LocalTargets.none() : localTargets;
        inputGuard = inputGuard == null ? InputGuard.defaults() : inputGuard;
    }

    public TopologySettings(Topics topics, ClockMode clock, Duration punctuationInterval, int dueSoonWorkingDays,
                            int surveyDissatisfiedAtOrBelow, int unloggedAfterWorkingDays,
                            Map<String, Integer> homesByLandlord, ZoneId zone, LocalTargets localTargets) {
        this(topics, clock, punctuationInterval, dueSoonWorkingDays, surveyDissatisfiedAtOrBelow, unloggedAfterWorkingDays,
                homesByLandlord, zone, localTargets, InputGuard.defaults());
    }

    public TopologySettings(Topics topics, ClockMode clock, Duration punctuationInterval, int dueSoonWorkingDays,
                            int surveyDissatisfiedAtOrBelow, int unloggedAfterWorkingDays,
                            Map<String, Integer> homesByLandlord, ZoneId zone) {
        this(topics, clock, punctuationInterval, dueSoonWorkingDays, surveyDissatisfiedAtOrBelow, unloggedAfterWorkingDays,
                homesByLandlord, zone, LocalTargets.none(), InputGuard.defaults());
    }

    public static TopologySettings defaults(Topics topics) {
        return new TopologySettings(topics, ClockMode.WALL, Duration.ofSeconds(30), 2, 2, 5, Map.of(), LONDON);
    }

    /**
     * The interval of a punctuation that acts at most once per date (the deadline clock, the Ombudsman orders): with the
     * wall clock {@link #punctuationInterval}. With {@code --clock event} one hour, when the punctuation interval divides
     * an hour and the zone's midnights fall on whole hours (Europe/London since 2000): Kafka Streams aligns stream-time
     * punctuations to multiples of the interval since the epoch and runs one at the first record at or past each, so
     * either interval runs it at the first record of each date, the hour without a punctuation after almost every record.
     */
    public Duration datePunctuationInterval() {
        long ms = punctuationInterval.toMillis();
        if (clock == ClockMode.EVENT && ms > 0 && HOUR.toMillis() % ms == 0 && midnightsOnWholeHours(zone)) {
            return HOUR;
        }
        return punctuationInterval;
    }

    private static final Duration HOUR = Duration.ofHours(1);

    /** Whether every offset of the zone since 2000 (and in its rules for the future) is a whole number of hours. */
    static boolean midnightsOnWholeHours(ZoneId zone) {
        ZoneRules rules = zone.getRules();
        Instant since = Instant.parse("2000-01-01T00:00:00Z");
        if (rules.getOffset(since).getTotalSeconds() % 3600 != 0) {
            return false;
        }
        for (ZoneOffsetTransition t : rules.getTransitions()) {
            if (t.getInstant().isAfter(since) && t.getOffsetAfter().getTotalSeconds() % 3600 != 0) {
                return false;
            }
        }
        for (ZoneOffsetTransitionRule r : rules.getTransitionRules()) {
            if (r.getOffsetAfter().getTotalSeconds() % 3600 != 0 || r.getOffsetBefore().getTotalSeconds() % 3600 != 0) {
                return false;
            }
        }
        return true;
    }

    /** The landlord's calendar date (Europe/London) of an instant. */
    public LocalDate dateOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    public LocalDate dateOf(long epochMs) {
        return dateOf(Instant.ofEpochMilli(epochMs));
    }

    public TopologySettings withClock(ClockMode mode) {
        return new TopologySettings(topics, mode, punctuationInterval, dueSoonWorkingDays, surveyDissatisfiedAtOrBelow,
                unloggedAfterWorkingDays, homesByLandlord, zone, localTargets, inputGuard);
    }

    public TopologySettings withLocalTargets(LocalTargets targets) {
        return new TopologySettings(topics, clock, punctuationInterval, dueSoonWorkingDays, surveyDissatisfiedAtOrBelow,
                unloggedAfterWorkingDays, homesByLandlord, zone, targets, inputGuard);
    }

    public TopologySettings withInputGuard(InputGuard guard) {
        return new TopologySettings(topics, clock, punctuationInterval, dueSoonWorkingDays, surveyDissatisfiedAtOrBelow,
                unloggedAfterWorkingDays, homesByLandlord, zone, localTargets, guard);
    }
}
