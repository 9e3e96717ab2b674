package io.complaintstreams.streams.aggregation;

import complaintstreams.events.Signal;
import complaintstreams.state.EntityFact;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Contributions of a survey or a signal, pure functions of the de-duplicated facts: each counts in the month and ISO
 * week of the record's occurredAt (service requests: {@link RequestContributions}).
 */
final class EntityContributions {
    private static final Comparator<EntityFact> ORDER = Comparator.comparing(EntityFact::getOccurredAt)
            .thenComparing(EntityFact::getFactId);
    /** Names kept per prefix: every action and source, the themes (a few dozen); a bound against odd input. */
    private static final int MAX_NAMES_KEPT = 256;
    private final Map<String, Map<String, String>> counterNames = new ConcurrentHashMap<>();
    private final Periods periods;
    private final int dissatisfiedAtOrBelow;

    EntityContributions(ZoneId zone, int surveyDissatisfiedAtOrBelow) {
        this.periods = new Periods(zone);
        this.dissatisfiedAtOrBelow = surveyDissatisfiedAtOrBelow;
    }

    Contributions of(String entityKey, List<EntityFact> facts) {
        Contributions out = new Contributions();
        if (entityKey.startsWith(EntityFacts.SURVEY_ENTITY)) {
            first(facts, EntityFacts.SURVEY).ifPresent(s -> survey(out, s, facts));
        }
        return out;
    }

    /** Where a counter counts 1: a landlord's date (its month and ISO week). */
    interface CounterSink {
        void increment(String landlordId, LocalDate date, String counter);
    }

    /**
     * One signal's counters, each counting 1 in the month and ISO week of the signal's occurredAt; counted where the
     * signal is made (it is made once per source event).
     */
    void signalCounters(Signal s, CounterSink out) {
        LocalDate date = periods.dateOf(s.getOccurredAt());
        String landlord = s.getLandlordId();
        out.increment(landlord, date, Counters.SIGNALS_TOTAL);
        out.increment(landlord, date, counterName(Counters.SIGNAL_ACTION, s.getAction().name()));
        out.increment(landlord, date, counterName(Counters.SIGNAL_SOURCE, s.getSource().name()));
        if (Boolean.TRUE.equals(s.getDissatisfied())) {
            out.increment(landlord, date, Counters.SIGNALS_DISSATISFIED);
        }
        List<String> themes = s.getThemes();
        for (int i = 0; i < themes.size(); i++) {
            if (themes.indexOf(themes.get(i)) == i) { // each theme once
                out.increment(landlord, date, counterName(Counters.SIGNAL_THEME, themes.get(i)));
            }
        }
    }

    /** {@code prefix + name}, the same string instance for the same pair (no concatenation, its hash kept). */
    private String counterName(String prefix, String name) {
        Map<String, String> names = counterNames.computeIfAbsent(prefix, p -> new ConcurrentHashMap<>());
        String counter = names.get(name);
        if (counter == null) {
            counter = prefix + name;
            if (names.size() < MAX_NAMES_KEPT) {
                names.put(name, counter);
            }
        }
        return counter;
    }

    private void survey(Contributions out, EntityFact survey, List<EntityFact> facts) {
        var date = periods.dateOf(survey.getOccurredAt());
        String landlord = survey.getLandlordId();
        boolean lowScore = survey.getScore() != null && survey.getScore() <= dissatisfiedAtOrBelow;
        boolean dissatisfiedComment = facts.stream()
                .anyMatch(f -> EntityFacts.SIGNAL.equals(f.getKind()) && Boolean.TRUE.equals(f.getDissatisfied()));
        out.increment(landlord, date, Counters.SURVEY_RESPONSES);
        out.increment(landlord, date, Counters.SURVEY_KIND + survey.getSurveyKind());
        if (lowScore) {
            out.increment(landlord, date, Counters.SURVEY_LOW_SCORE);
        }
        if (lowScore || dissatisfiedComment) {
            out.increment(landlord, date, Counters.SURVEY_DISSATISFIED);
        }
    }

    private static Optional<EntityFact> first(List<EntityFact> facts, String kind) {
        return facts.stream().filter(f -> kind.equals(f.getKind())).min(ORDER);
    }
}
