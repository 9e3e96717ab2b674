package io.complaintstreams.streams.aggregation;

import java.time.Instant;
import java.util.List;

/**
 * One fact about a survey, a signal or a service request, as carried on the entity repartition topic and kept in
 * the entity store (JSON). Which fields are set depends on {@code kind}.
 *
 * @param kind        SURVEY, SIGNAL or SERVICE_REQUEST (the record the fact comes from)
 * @param factId      identity for de-duplication: kind and eventId (signalId for signals)
 * @param surveyKind  survey kind; score the survey's score; complaintId the complaint a survey names
 * @param source      signal source; dissatisfied, themes, action the signal's classification
 */
public record EntityFact(String kind, String factId, String landlordId, Instant occurredAt, String surveyKind, Integer score,
                         String complaintId, String serviceRequestId, String source, Boolean dissatisfied,
                         List<String> themes, String action) {
    public static final String SURVEY = "SURVEY";
    public static final String SIGNAL = "SIGNAL";
    public static final String SERVICE_REQUEST = "SERVICE_REQUEST";

    public EntityFact {
        themes = themes == null ? List.of() : List.copyOf(themes);
    }

    boolean is(String k) {
        return kind.equals(k);
    }
}
