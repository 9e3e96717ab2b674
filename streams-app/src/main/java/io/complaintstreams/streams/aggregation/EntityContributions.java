package io.complaintstreams.streams.aggregation;

import complaintstreams.events.Signal;
import complaintstreams.state.EntityFact;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Contributions of a survey, a service request or a signal, pure functions of the de-duplicated facts. Dates: a
 * signal and a survey count in the month of the record's occurredAt; a service request is "opened" on its earliest
 * event and "became a complaint" on the earliest link (a RAISE_COMPLAINT signal naming it, or a survey naming it and
 * a complaint).
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
        } else if (entityKey.startsWith(EntityFacts.SERVICE_REQUEST_ENTITY)) {
            serviceRequest(out, facts);
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

    private void serviceRequest(Contributions out, List<EntityFact> facts) {
        Optional<EntityFact> opened = first(facts, EntityFacts.SERVICE_REQUEST);
        opened.ifPresent(r -> out.increment(r.getLandlordId(), periods.dateOf(r.getOccurredAt()), Counters.SERVICE_REQUESTS_OPENED));
        facts.stream().filter(f -> !EntityFacts.SERVICE_REQUEST.equals(f.getKind())).min(ORDER).ifPresent(link -> {
            String landlord = opened.map(EntityFact::getLandlordId).orElse(link.getLandlordId());
            out.increment(landlord, periods.dateOf(link.getOccurredAt()), Counters.SERVICE_REQUESTS_BECAME_COMPLAINT);
        });
    }

    private static Optional<EntityFact> first(List<EntityFact> facts, String kind) {
        return facts.stream().filter(f -> kind.equals(f.getKind())).min(ORDER);
    }
}
