package io.complaintstreams.query;

import static org.junit.jupiter.api.Assertions.*;

import complaintstreams.events.Channel;
import complaintstreams.events.Contact;
import complaintstreams.events.ServiceRequest;
import complaintstreams.events.ServiceRequestStatus;
import complaintstreams.events.Survey;
import complaintstreams.events.SurveyKind;
import complaintstreams.state.ServiceRequestLedger;
import io.complaintstreams.domain.calendar.WorkingDayCalendar;
import io.complaintstreams.domain.request.ServiceRequestTargets;
import io.complaintstreams.streams.ComplaintTopology;
import io.complaintstreams.streams.TestDrivers;
import io.complaintstreams.streams.TopologySettings;
import io.complaintstreams.streams.classification.RequestLedgerTopology;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;

/**
 * Service requests monitored from the ledger of the production topology (TopologyTestDriver), judged on 12 May 2025
 * with a repairs target of 15 working days (1 April + 15 working days over Easter = 24 April).
 */
class ServiceRequestsQueryTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate MAY_12 = LocalDate.parse("2025-05-12");

    private static ServiceRequest request(String eventId, String requestId, String at, ServiceRequestStatus status, String category,
                                          Instant dueAt) {
        return ServiceRequest.newBuilder().setEventId(eventId).setRequestId(requestId).setLandlordId("L1").setResidentId("R1")
                .setOccurredAt(Instant.parse(at)).setStatus(status).setCategory(category).setDueAt(dueAt).build();
    }

    @Test
    void shouldListEachRequestWithItsDueDateOverdueFlagAndTheComplaintItBecameOnTwelfthMay() {
        var topics = TestDrivers.TOPICS;
        try (TopologyTestDriver driver = TestDrivers.driver(ComplaintTopology.build(TopologySettings.defaults(topics)))) {
            var requests = driver.createInputTopic(topics.serviceRequests.name(), topics.serviceRequests.keySerde().serializer(),
                    topics.serviceRequests.valueSerde().serializer());
            var contacts = driver.createInputTopic(topics.contacts.name(), topics.contacts.keySerde().serializer(),
                    topics.contacts.valueSerde().serializer());
            var surveys = driver.createInputTopic(topics.surveys.name(), topics.surveys.keySerde().serializer(),
                    topics.surveys.valueSerde().serializer());
            for (ServiceRequest r : new ServiceRequest[] {
                    request("a1", "SR-LATE", "2025-04-01T09:00:00Z", ServiceRequestStatus.OPEN, "repairs", null),
                    request("b1", "SR-DONE", "2025-04-01T09:00:00Z", ServiceRequestStatus.OPEN, "repairs", null),
                    request("b2", "SR-DONE", "2025-04-10T09:00:00Z", ServiceRequestStatus.COMPLETED, "repairs", null),
                    request("c1", "SR-OWN-DUE", "2025-05-01T09:00:00Z", ServiceRequestStatus.IN_PROGRESS, "estate",
                            Instant.parse("2025-05-30T17:00:00Z"))}) {
                requests.pipeInput(r.getRequestId(), r, r.getOccurredAt());
            }
            Contact onlyContact = Contact.newBuilder().setEventId("k1").setContactId("K1").setLandlordId("L1").setResidentId("R1")
                    .setChannel(Channel.phone).setOccurredAt(Instant.parse("2025-04-02T09:00:00Z"))
                    .setText("When is the plumber coming?").setServiceRequestId("SR-UNSEEN").build();
            contacts.pipeInput("K1", onlyContact, onlyContact.getOccurredAt());
            Survey linked = Survey.newBuilder().setEventId("v1").setSurveyId("S1").setLandlordId("L1").setResidentId("R1")
                    .setOccurredAt(Instant.parse("2025-04-20T09:00:00Z")).setKind(SurveyKind.TRANSACTIONAL).setScore(1)
                    .setServiceRequestId("SR-DONE").setComplaintId("C9").build();
            surveys.pipeInput("S1", linked, linked.getOccurredAt());

            var query = new ServiceRequestsQuery(ServiceRequestTargets.parse("repairs=15"), WorkingDayCalendar.englandAndWales(), LONDON);
            var store = driver.<String, ServiceRequestLedger>getKeyValueStore(RequestLedgerTopology.STORE);
            Map<String, ServiceRequestsQuery.Monitored> byId = query.in(store, MAY_12).stream()
                    .collect(Collectors.toMap(ServiceRequestsQuery.Monitored::requestId, Function.identity()));

            assertEquals(java.util.Set.of("SR-LATE", "SR-DONE", "SR-OWN-DUE"), byId.keySet(), "a request seen only in a contact is not listed");
            var late = byId.get("SR-LATE").view();
            assertEquals(LocalDate.parse("2025-04-24"), late.dueOn());
            assertTrue(late.overdue());
            assertEquals(18, late.daysOverdue());
            assertEquals(41, late.ageDays());
            var done = byId.get("SR-DONE").view();
            assertEquals("COMPLETED", done.status());
            assertFalse(done.overdue());
            assertEquals(LocalDate.parse("2025-04-20"), done.becameComplaintOn());
            var ownDue = byId.get("SR-OWN-DUE").view();
            assertEquals("dueAt", ownDue.dueFrom());
            assertEquals(LocalDate.parse("2025-05-30"), ownDue.dueOn());
            assertFalse(ownDue.overdue());
            assertEquals("L1", byId.get("SR-LATE").landlordId());
        }
    }
}
