package io.complaintstreams.streams.aggregation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import complaintstreams.events.Contact;
import complaintstreams.events.Channel;
import complaintstreams.events.ServiceRequestStatus;
import complaintstreams.events.Signal;
import complaintstreams.state.CounterSet;
import io.complaintstreams.streams.TestDrivers;
import io.complaintstreams.streams.TopologySettings;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.streams.state.KeyValueStore;
import complaintstreams.events.SignalAction;
import complaintstreams.events.SignalSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Signals, surveys and service requests, each scenario dated in April and May 2025. */
class SignalSurveyAggregatesTest {
    private static final String L = AggregationDriver.LANDLORD;

    @Test
    void shouldCountEachSignalTheTopologyPublishesOnceWhereItIsMadeWhenAContactIsRepeatedInApril() {
        var topics = TestDrivers.TOPICS;
        try (var driver = TestDrivers.driver(TopologySettings.defaults(topics))) {
            var contacts = driver.createInputTopic(topics.contacts.name(), topics.contacts.keySerde().serializer(),
                    topics.contacts.valueSerde().serializer());
            var signals = driver.createOutputTopic(topics.signals.name(), topics.signals.keySerde().deserializer(),
                    topics.signals.valueSerde().deserializer());
            Contact angry = contact("k1", "K1", "2025-04-03T10:00:00Z",
                    "Third time I have phoned about the leak in my bathroom, nobody has come and the damp is spreading. Unacceptable.");
            contacts.pipeInput("K1", angry, angry.getOccurredAt());
            contacts.pipeInput("K1", angry, angry.getOccurredAt());
            Contact neutral = contact("k2", "K2", "2025-04-04T10:00:00Z", "Please update my phone number on my account.");
            contacts.pipeInput("K2", neutral, neutral.getOccurredAt());

            List<Signal> published = signals.readValuesToList();
            assertEquals(2, published.size(), "one signal per distinct contact");
            Map<String, Long> expected = new HashMap<>();
            for (Signal signal : published) {
                expected.merge(Counters.SIGNALS_TOTAL, 1L, Long::sum);
                expected.merge(Counters.SIGNAL_ACTION + signal.getAction(), 1L, Long::sum);
                expected.merge(Counters.SIGNAL_SOURCE + signal.getSource(), 1L, Long::sum);
                if (signal.getDissatisfied()) {
                    expected.merge(Counters.SIGNALS_DISSATISFIED, 1L, Long::sum);
                }
                signal.getThemes().stream().distinct().forEach(t -> expected.merge(Counters.SIGNAL_THEME + t, 1L, Long::sum));
            }
            KeyValueStore<String, CounterSet> monthly = driver.getKeyValueStore(AggregationPart.MONTHLY_STORE);
            Map<String, Long> april = new HashMap<>();
            try (var it = monthly.range("2025-04|", "2025-04}")) {
                it.forEachRemaining(kv -> CounterSets.toMap(kv.value).forEach((n, v) -> april.merge(n, v, Long::sum)));
            }
            april.keySet().removeIf(name -> !name.startsWith("signals."));
            assertEquals(expected, april);
            assertEquals(2L, april.get(Counters.SIGNALS_TOTAL), "the repeated contact counts once");
        }
    }

    private static Contact contact(String eventId, String contactId, String occurredAt, String text) {
        return Contact.newBuilder().setEventId(eventId).setContactId(contactId).setLandlordId(L).setResidentId("R1")
                .setChannel(Channel.phone).setOccurredAt(Instant.parse(occurredAt)).setText(text).build();
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
