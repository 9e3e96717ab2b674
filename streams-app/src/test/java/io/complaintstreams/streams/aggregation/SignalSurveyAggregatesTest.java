package io.complaintstreams.streams.aggregation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import complaintstreams.events.ServiceRequestStatus;
import complaintstreams.events.SignalAction;
import complaintstreams.events.SignalSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Signals, surveys and service requests, each scenario dated in April and May 2025. */
class SignalSurveyAggregatesTest {
    private static final String L = AggregationDriver.LANDLORD;

    @Test
    void shouldCountSignalsByActionSourceAndThemeOnceEachWhenRepeatedInApril() {
        try (var d = new AggregationDriver()) {
            d.signal("s1", L, SignalSource.contact, "K1", "2025-04-03T10:00:00Z", true, SignalAction.OFFER_COMPLAINT,
                    List.of("repairs", "communication"), null);
            d.signal("s1", L, SignalSource.contact, "K1", "2025-04-03T10:00:00Z", true, SignalAction.OFFER_COMPLAINT,
                    List.of("repairs", "communication"), null);
            d.signal("s2", L, SignalSource.contact, "K2", "2025-04-04T10:00:00Z", false, SignalAction.NONE, List.of(), null);

            assertEquals(2, d.month("2025-04", "signals.total"));
            assertEquals(1, d.month("2025-04", "signals.dissatisfied"));
            assertEquals(1, d.month("2025-04", "signals.action.OFFER_COMPLAINT"));
            assertEquals(1, d.month("2025-04", "signals.action.NONE"));
            assertEquals(2, d.month("2025-04", "signals.source.contact"));
            assertEquals(1, d.month("2025-04", "signals.theme.repairs"));
            assertEquals(1, d.week("2025-W14", "signals.theme.communication"));
        }
    }

    @Test
    void shouldCountSurveyDissatisfiedByLowScoreOrByItsSignalArrivingAfterIt() {
        try (var d = new AggregationDriver()) {
            d.survey("v1", "S1", "2025-04-05T10:00:00Z", 2, null, null);
            d.survey("v2", "S2", "2025-04-06T10:00:00Z", 4, null, null);
            d.survey("v3", "S3", "2025-04-07T10:00:00Z", 5, null, null);
            assertEquals(3, d.month("2025-04", "surveys.responses"));
            assertEquals(1, d.month("2025-04", "surveys.dissatisfied"));

            // the comment on S2 is classified dissatisfied a day later: the survey's month is corrected
            d.signal("sig-v2", L, SignalSource.survey, "S2", "2025-04-06T10:00:00Z", true, SignalAction.SIGNPOST, List.of(), null);

            assertEquals(2, d.month("2025-04", "surveys.dissatisfied"));
            assertEquals(1, d.month("2025-04", "surveys.lowScore"));
            assertEquals(3, d.month("2025-04", "surveys.kind.TRANSACTIONAL"));
            var april = d.query().monthly("2025-04", "2025-04", L).periods().get(0);
            assertEquals(66.7, april.rates().get("surveyDissatisfactionPct"));
        }
    }

    @Test
    void shouldCountServiceRequestBecomingComplaintOnceInTheMonthOfTheFirstLink() {
        try (var d = new AggregationDriver()) {
            d.serviceRequest("r1", "SR1", "2025-04-02T10:00:00Z", ServiceRequestStatus.OPEN);
            d.serviceRequest("r2", "SR1", "2025-04-20T10:00:00Z", ServiceRequestStatus.IN_PROGRESS);
            d.serviceRequest("r3", "SR2", "2025-04-03T10:00:00Z", ServiceRequestStatus.OPEN);
            d.signal("sig-r2", L, SignalSource.service_request, "SR1", "2025-05-02T10:00:00Z", true,
                    SignalAction.RAISE_COMPLAINT, List.of("repairs"), null);
            d.survey("v9", "S9", "2025-05-09T10:00:00Z", 1, "SR1", "C9");

            assertEquals(2, d.month("2025-04", "serviceRequests.opened"));
            assertEquals(1, d.month("2025-05", "serviceRequests.becameComplaint"));
            assertEquals(0, d.month("2025-04", "serviceRequests.becameComplaint"));
        }
    }
}
