package io.complaintstreams.streams.aggregation;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Contributions of a survey, a signal or a service request, a pure function of the entity's de-duplicated facts.
 * Dates: a signal and a survey count in the month of the record's occurredAt; a service request is "opened" on its
 * earliest event and "became a complaint" on the earliest link (a RAISE_COMPLAINT signal naming it, or a survey
 * naming it and a complaint).
 */
final class EntityContributions {
    private static final Comparator<EntityFact> ORDER = Comparator.comparing(EntityFact::occurredAt).thenComparing(EntityFact::factId);
    private final Periods periods;
    private final int dissatisfiedAtOrBelow;

    EntityContributions(ZoneId zone, int surveyDissatisfiedAtOrBelow) {
        this.periods = new Periods(zone);
        this.dissatisfiedAtOrBelow = surveyDissatisfiedAtOrBelow;
    }

    Contributions of(String entityKey, List<EntityFact> facts) {
        Contributions out = new Contributions();
        if (entityKey.startsWith(EntityFacts.SIGNAL_ENTITY)) {
            first(facts, EntityFact.SIGNAL).ifPresent(s -> signal(out, s));
        } else if (entityKey.startsWith(EntityFacts.SURVEY_ENTITY)) {
            first(facts, EntityFact.SURVEY).ifPresent(s -> survey(out, s, facts));
        } else if (entityKey.startsWith(EntityFacts.SERVICE_REQUEST_ENTITY)) {
            serviceRequest(out, facts);
        }
        return out;
    }

    private void signal(Contributions out, EntityFact s) {
        var date = periods.dateOf(s.occurredAt());
        out.increment(s.landlordId(), date, Counters.SIGNALS_TOTAL);
        out.increment(s.landlordId(), date, Counters.SIGNAL_ACTION + s.action());
        out.increment(s.landlordId(), date, Counters.SIGNAL_SOURCE + s.source());
        if (Boolean.TRUE.equals(s.dissatisfied())) {
            out.increment(s.landlordId(), date, Counters.SIGNALS_DISSATISFIED);
        }
        s.themes().stream().distinct().forEach(t -> out.increment(s.landlordId(), date, Counters.SIGNAL_THEME + t));
    }

    private void survey(Contributions out, EntityFact survey, List<EntityFact> facts) {
        var date = periods.dateOf(survey.occurredAt());
        String landlord = survey.landlordId();
        boolean lowScore = survey.score() != null && survey.score() <= dissatisfiedAtOrBelow;
        boolean dissatisfiedComment = facts.stream().anyMatch(f -> f.is(EntityFact.SIGNAL) && Boolean.TRUE.equals(f.dissatisfied()));
        out.increment(landlord, date, Counters.SURVEY_RESPONSES);
        out.increment(landlord, date, Counters.SURVEY_KIND + survey.surveyKind());
        if (lowScore) {
            out.increment(landlord, date, Counters.SURVEY_LOW_SCORE);
        }
        if (lowScore || dissatisfiedComment) {
            out.increment(landlord, date, Counters.SURVEY_DISSATISFIED);
        }
    }

    private void serviceRequest(Contributions out, List<EntityFact> facts) {
        Optional<EntityFact> opened = first(facts, EntityFact.SERVICE_REQUEST);
        opened.ifPresent(r -> out.increment(r.landlordId(), periods.dateOf(r.occurredAt()), Counters.SERVICE_REQUESTS_OPENED));
        facts.stream().filter(f -> !f.is(EntityFact.SERVICE_REQUEST)).min(ORDER).ifPresent(link -> {
            String landlord = opened.map(EntityFact::landlordId).orElse(link.landlordId());
            out.increment(landlord, periods.dateOf(link.occurredAt()), Counters.SERVICE_REQUESTS_BECAME_COMPLAINT);
        });
    }

    private static Optional<EntityFact> first(List<EntityFact> facts, String kind) {
        return facts.stream().filter(f -> f.is(kind)).min(ORDER);
    }
}
