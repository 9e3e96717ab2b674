package io.complaintstreams.streams.classification;

import static io.complaintstreams.streams.classification.Events.*;
import static org.junit.jupiter.api.Assertions.*;

import complaintstreams.events.ServiceRequestStatus;
import complaintstreams.events.Signal;
import complaintstreams.events.SignalAction;
import complaintstreams.events.SignalSource;
import io.complaintstreams.streams.ClockMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.Test;

class ClassificationSignalsTest {
    private static final Instant TUE_0900 = Instant.parse("2025-04-01T09:00:00Z");

    @Test
    void shouldPublishOfferComplaintSignalKeyedByResidentForDissatisfiedContactAtItsEventTime() {
        try (var h = SignalsHarness.start(ClockMode.WALL)) {
            h.send(contact("e1", "R1", TUE_0900, DISSATISFIED_CONTACT, null));

            var out = h.signals.readRecord();
            Signal s = out.value();
            assertEquals("R1", out.key());
            assertEquals(TUE_0900, out.getRecordTime());
            assertEquals("e1@contact:C-e1", s.getSignalId(), "a given eventId, qualified by its record");
            assertEquals(SignalSource.contact, s.getSource());
            assertEquals("C-e1", s.getSourceId());
            assertTrue(s.getDissatisfied());
            assertEquals(SignalAction.OFFER_COMPLAINT, s.getAction());
            assertTrue(s.getConfidence() >= 0.5);
            assertFalse(s.getReasons().isEmpty());
            assertTrue(h.signals.isEmpty());
        }
    }

    @Test
    void shouldPublishRaiseComplaintSignalForDissatisfiedServiceRequestStatusNote() {
        try (var h = SignalsHarness.start(ClockMode.WALL)) {
            h.send(request("e1", "SR1", "R1", TUE_0900, ServiceRequestStatus.IN_PROGRESS, DISSATISFIED_REQUEST_NOTE));

            Signal s = h.signals.readValue();
            assertEquals(SignalSource.service_request, s.getSource());
            assertEquals("SR1", s.getServiceRequestId());
            assertEquals(SignalAction.RAISE_COMPLAINT, s.getAction());
        }
    }

    @Test
    void shouldPublishSignpostSignalForDissatisfiedSurveyCommentWithGoodScore() {
        try (var h = SignalsHarness.start(ClockMode.WALL)) {
            h.send(survey("e1", "R1", TUE_0900, 4, DISSATISFIED_SURVEY));

            Signal s = h.signals.readValue();
            assertEquals(SignalSource.survey, s.getSource());
            assertTrue(s.getDissatisfied());
            assertEquals(SignalAction.SIGNPOST, s.getAction());
        }
    }

    @Test
    void shouldSignpostSurveyScoredAtOrBelowTwoEvenWithoutComment() {
        try (var h = SignalsHarness.start(ClockMode.WALL)) {
            h.send(survey("e1", "R1", TUE_0900, 2, null));
            h.send(survey("e2", "R2", TUE_0900, 3, null));

            Signal s = h.signals.readValue();
            assertEquals("R1", s.getResidentId());
            assertTrue(s.getDissatisfied());
            assertEquals(SignalAction.SIGNPOST, s.getAction());
            assertEquals(1.0, s.getConfidence());
            assertTrue(s.getReasons().get(0).startsWith("survey score 2 of 5 is at or below 2"), s.getReasons().toString());
            assertTrue(h.signals.isEmpty(), "a score of 3 with no comment has nothing to classify");
        }
    }

    @Test
    void shouldPublishNoneSignalWithThemesForNeutralRecords() {
        try (var h = SignalsHarness.start(ClockMode.WALL)) {
            h.send(contact("e1", "R1", TUE_0900, NEUTRAL_CONTACT, null));
            h.send(request("e2", "SR1", "R1", TUE_0900, ServiceRequestStatus.OPEN, NEUTRAL_REQUEST));

            List<Signal> out = h.signals.readValuesToList();
            assertEquals(2, out.size());
            out.forEach(s -> {
                assertFalse(s.getDissatisfied(), s.toString());
                assertEquals(SignalAction.NONE, s.getAction());
            });
            assertTrue(out.get(1).getThemes().contains("repairs") || out.get(1).getThemes().contains("safety_compliance"),
                    out.get(1).getThemes().toString());
        }
    }

    @Test
    void shouldPublishNothingForServiceRequestStatusChangeWithoutText() {
        try (var h = SignalsHarness.start(ClockMode.WALL)) {
            h.send(request("e1", "SR1", "R1", TUE_0900, ServiceRequestStatus.COMPLETED, null));

            assertTrue(h.signals.isEmpty());
        }
    }

    @Test
    void shouldPublishOneSignalWhenTheSameEventArrivesAgainTenDaysLater() {
        try (var h = SignalsHarness.start(ClockMode.WALL)) {
            var c = contact("e1", "R1", TUE_0900, DISSATISFIED_CONTACT, null);
            h.send(c);
            h.advanceWallClockTo(TUE_0900.plus(Duration.ofDays(10)));
            h.contacts.pipeInput(c.getContactId(), c, TUE_0900.plus(Duration.ofDays(10)));
            h.send(survey("e2", "R1", TUE_0900.plus(Duration.ofDays(10)), 1, null));
            h.send(survey("e2", "R1", TUE_0900.plus(Duration.ofDays(10)), 1, null));

            List<KeyValue<String, Signal>> out = h.signals.readKeyValuesToList();
            assertEquals(List.of("e1@contact:C-e1", "e2@survey:S-e2"), out.stream().map(kv -> kv.value.getSignalId()).toList());
        }
    }

    @Test
    void shouldCarryTheClassifiersReviewFlagAndReasonOnTheSignal() {
        try (var h = SignalsHarness.start(ClockMode.WALL)) {
            h.send(contact("e1", "R1", TUE_0900,
                    "Dzień dobry, od trzech tygodni nie mam ciepłej wody i nikt nie przyszedł. Proszę o pomoc.", null));
            h.send(contact("e2", "R2", TUE_0900, DISSATISFIED_CONTACT, null));

            List<Signal> out = h.signals.readValuesToList();
            assertTrue(out.get(0).getNeedsReview());
            assertEquals("other language: Polish", out.get(0).getReviewReason());
            assertTrue(out.get(0).getThemes().contains("heating_hot_water"), out.get(0).getThemes().toString());
            assertEquals(out.get(1).getNeedsReview(), out.get(1).getReviewReason() != null);
        }
    }
}
