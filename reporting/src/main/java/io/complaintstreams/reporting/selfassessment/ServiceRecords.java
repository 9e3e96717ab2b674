package io.complaintstreams.reporting.selfassessment;

import io.complaintstreams.domain.request.ServiceRequestTargets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The records outside the complaint events that evidence Code 1.4-1.6: service requests' status changes (from
 * {@code crm.service-requests}), survey responses ({@code crm.surveys}) and the dissatisfied records among the
 * requests' notes, the contacts naming a request and the survey comments (the {@code complaints.signals} the topology
 * made, or the same classifier run over the files). No free text. {@link #none()} when none were supplied: rows 1.4-1.6
 * then stay for the complaints officer.
 *
 * @param requestChanges every status change of every service request (repeats removed by the reader)
 * @param surveys        every survey response
 * @param dissatisfied   records classified as dissatisfied with the landlord, with the request they name (if any)
 * @param targets        the landlord's completion targets by category ({@code service-requests.targets})
 * @param surveyDissatisfiedAtOrBelow a survey score at or below this is dissatisfied whatever its comment (the
 *                       topology's {@code signals.survey-dissatisfied-at-or-below}, default 2)
 */
public record ServiceRecords(List<RequestChange> requestChanges, List<SurveyResponse> surveys,
                             List<DissatisfiedRecord> dissatisfied, ServiceRequestTargets targets,
                             int surveyDissatisfiedAtOrBelow) {
    /** The default of {@code signals.survey-dissatisfied-at-or-below}. */
    public static final int DEFAULT_SURVEY_DISSATISFIED_AT_OR_BELOW = 2;

    public ServiceRecords {
        requestChanges = List.copyOf(requestChanges);
        surveys = List.copyOf(surveys);
        dissatisfied = List.copyOf(dissatisfied);
        targets = Objects.requireNonNull(targets, "targets");
    }

    /** Nothing supplied: the report cannot evidence 1.4-1.6. */
    public static ServiceRecords none() {
        return new ServiceRecords(List.of(), List.of(), List.of(), ServiceRequestTargets.none(), DEFAULT_SURVEY_DISSATISFIED_AT_OR_BELOW);
    }

    public boolean isEmpty() {
        return requestChanges.isEmpty() && surveys.isEmpty();
    }

    /** One status change of a service request (CONTRACTS section 2's ServiceRequest fields, no text). */
    public record RequestChange(String requestId, String landlordId, String residentId, Instant occurredAt, String status,
                                String category, String priority, Instant dueAt) {}

    /** One survey response (CONTRACTS section 2's Survey fields, no comment). */
    public record SurveyResponse(String surveyId, String landlordId, String residentId, Instant occurredAt, String kind,
                                 int score, String serviceRequestId, String complaintId) {}

    /**
     * A record classified dissatisfied (Code 1.2): its source ({@code service_request}, {@code contact}, {@code survey}),
     * the source's id, and the service request it is about ({@code serviceRequestId}, or the request itself).
     */
    public record DissatisfiedRecord(String source, String sourceId, String landlordId, String residentId, Instant occurredAt,
                                     String serviceRequestId) {}
}
