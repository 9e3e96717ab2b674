package io.complaintstreams.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GeneratedFieldsTest {
    private static final Set<String> THEMES = Set.of("repairs", "damp_mould", "heating_hot_water", "communication",
            "rent_charges", "anti_social_behaviour", "staff_conduct", "complaint_handling", "estate_services",
            "adaptations_accessibility", "lettings_moves", "safety_compliance");
    private static final Map<String, List<String>> REQUIRED = Map.of(
            Topics.CONTACTS, List.of("contactId", "landlordId", "residentId", "channel", "occurredAt", "text"),
            Topics.SERVICE_REQUESTS, List.of("requestId", "landlordId", "residentId", "occurredAt", "status", "category"),
            Topics.SURVEYS, List.of("surveyId", "landlordId", "residentId", "occurredAt", "kind", "score"),
            Topics.COMPLAINT_EVENTS, List.of("complaintId", "landlordId", "residentId", "type", "stage", "occurredAt"),
            Topics.OMBUDSMAN_CASES, List.of("caseId", "complaintId", "landlordId", "type", "occurredAt"));
    private static final Map<String, String> KEY_FIELD = Map.of(Topics.CONTACTS, "contactId",
            Topics.SERVICE_REQUESTS, "requestId", Topics.SURVEYS, "surveyId", Topics.COMPLAINT_EVENTS, "complaintId",
            Topics.OMBUDSMAN_CASES, "complaintId");

    @Test
    void shouldCarryEveryRequiredFieldAndTheKeyAsId() {
        for (GeneratedEvent e : Samples.year()) {
            JsonNode json = e.json();
            for (String field : REQUIRED.get(e.topic())) {
                assertTrue(json.hasNonNull(field), field + " missing in " + json);
            }
            assertEquals(e.key(), json.get(KEY_FIELD.get(e.topic())).asText());
            assertEquals(e.occurredAt(), Instant.parse(json.get("occurredAt").asText()));
            assertTrue(json.get("eventId").asText().startsWith("gen-42-"));
            assertTrue(Set.of("LCRA", "LCHO").contains(json.get("tenure").asText()));
            assertEquals("LL-DEMO", json.get("landlordId").asText());
        }
    }

    @Test
    void shouldUseOnlyContractEnumValues() {
        Set<String> channels = Set.of("phone", "email", "web", "letter", "visit", "social");
        Set<String> statuses = Set.of("OPEN", "IN_PROGRESS", "COMPLETED", "CANCELLED");
        Set<String> kinds = Set.of("TSM_PERCEPTION", "TRANSACTIONAL", "COMPLAINT_HANDLING");
        Set<String> types = Set.of("RECEIVED", "ACKNOWLEDGED", "EXTENDED", "RESPONDED", "ESCALATED", "REFUSED",
                "WITHDRAWN", "CLOSED");
        Set<String> outcomes = Set.of("UPHELD", "PARTLY_UPHELD", "NOT_UPHELD");
        for (GeneratedEvent e : Samples.year()) {
            JsonNode json = e.json();
            switch (e.topic()) {
                case Topics.CONTACTS -> assertTrue(channels.contains(json.get("channel").asText()), () -> json.toString());
                case Topics.SERVICE_REQUESTS -> assertTrue(statuses.contains(json.get("status").asText()), () -> json.toString());
                case Topics.SURVEYS -> {
                    assertTrue(kinds.contains(json.get("kind").asText()), () -> json.toString());
                    int score = json.get("score").asInt();
                    assertTrue(json.get("score").isInt() && score >= 1 && score <= 5, () -> json.toString());
                }
                case Topics.OMBUDSMAN_CASES -> assertTrue(Set.of("REFERRED", "DETERMINED", "ORDER_MADE", "ORDER_COMPLETED")
                        .contains(json.get("type").asText()), () -> json.toString());
                default -> {
                    assertTrue(types.contains(json.get("type").asText()), () -> json.toString());
                    int stage = json.get("stage").asInt();
                    assertTrue(stage == 1 || stage == 2, () -> json.toString());
                    if (json.has("outcome")) {
                        assertTrue(outcomes.contains(json.get("outcome").asText()), () -> json.toString());
                    }
                    if (json.has("themes")) {
                        json.get("themes").forEach(t -> assertTrue(THEMES.contains(t.asText()), () -> json.toString()));
                        assertTrue(THEMES.contains(json.get("category").asText()), () -> json.toString());
                    }
                    if (json.has("remedyAmount")) {
                        assertTrue(json.get("remedyAmount").isNumber() && json.get("remedyAmount").asDouble() > 0);
                    }
                }
            }
        }
    }

    @Test
    void shouldFormatInstantsAsIsoStringsInUtc() {
        String at = Samples.year().get(0).json().get("occurredAt").asText();
        assertTrue(at.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"), at);
    }

    @Test
    void shouldLinkChasesAndSurveysToServiceRequestsThatExist() {
        Set<String> requests = Set.copyOf(Samples.topic(Topics.SERVICE_REQUESTS).stream().map(GeneratedEvent::key).toList());
        List<GeneratedEvent> linked = Samples.year().stream()
                .filter(e -> !e.topic().equals(Topics.SERVICE_REQUESTS) && e.json().has("serviceRequestId")).toList();
        assertTrue(linked.size() > Samples.HOMES, "linked records: " + linked.size());
        linked.forEach(e -> assertTrue(requests.contains(e.json().get("serviceRequestId").asText()), () -> e.json().toString()));
    }
}
