package io.complaintstreams.streams.aggregation;

import complaintstreams.events.Signal;
import complaintstreams.state.EntityFact;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Contributions of a survey or a signal, pure functions of the de-duplicated facts: each counts in the month and ISO
 * week of the record's occurredAt (service requests: {@link RequestContributions}).
 */
final class EntityContributions {
    private static final Comparator<EntityFact> ORDER = Comparator.comparing(EntityFact::getOccurredAt)
            .thenComparing(EntityFact::getFactId);
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

    /** One signal's counts, made where the signal is made (it is made once per source event). */
    Contributions ofSignal(Signal s) {
        Contributions out = new Contributions();
        LocalDate date = periods.dateOf(s.getOccurredAt());
        String landlord = s.getLandlordId();
        out.increment(landlord, date, Counters.SIGNALS_TOTAL);
        out.increment(landlord, date, Counters.SIGNAL_ACTION + s.getAction().name());
        out.increment(landlord, date, Counters.SIGNAL_SOURCE + s.getSource().name());
        if (Boolean.TRUE.equals(s.getDissatisfied())) {
            out.increment(landlord, date, Counters.SIGNALS_DISSATISFIED);
        }
        s.getThemes().stream().distinct().forEach(t -> out.increment(landlord, date, Counters.SIGNAL_THEME + t));
        return out;
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
