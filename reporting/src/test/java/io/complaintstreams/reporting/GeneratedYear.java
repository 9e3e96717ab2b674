package io.complaintstreams.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import io.complaintstreams.domain.complaint.ComplaintFact;
import io.complaintstreams.domain.complaint.FactType;
import io.complaintstreams.generator.GeneratedEvent;
import io.complaintstreams.generator.GeneratorSettings;
import io.complaintstreams.generator.LandlordGenerator;
import io.complaintstreams.generator.Topics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A generated landlord year (3,000 homes from 1 April 2025, 365 days): its complaint events as JSON and as facts. */
public final class GeneratedYear {
    public static final int HOMES = 3000;
    public static final String LANDLORD = GeneratorSettings.DEFAULT_LANDLORD_ID;
    private static Map<String, List<JsonNode>> byTopic;

    private GeneratedYear() {
    }

    public static List<JsonNode> complaintEvents() {
        return events(Topics.COMPLAINT_EVENTS);
    }

    /** The generated events of one topic ({@link Topics}), in generation order. */
    public static synchronized List<JsonNode> events(String topic) {
        if (byTopic == null) {
            GeneratorSettings settings = GeneratorSettings.of(20250401L, HOMES);
            Map<String, List<JsonNode>> grouped = new LinkedHashMap<>();
            for (GeneratedEvent e : new LandlordGenerator(settings).generate()) {
                grouped.computeIfAbsent(e.topic(), k -> new ArrayList<>()).add((JsonNode) e.json());
            }
            byTopic = grouped;
        }
        return byTopic.getOrDefault(topic, List.of());
    }

    /** The events grouped per complaint, mapped field by field to facts. */
    public static List<List<ComplaintFact>> facts() {
        Map<String, List<ComplaintFact>> byComplaint = new LinkedHashMap<>();
        for (JsonNode e : complaintEvents()) {
            byComplaint.computeIfAbsent(e.get("complaintId").asText(), k -> new ArrayList<>()).add(fact(e));
        }
        return List.copyOf(byComplaint.values());
    }

    private static ComplaintFact fact(JsonNode e) {
        List<String> themes = new ArrayList<>();
        e.path("themes").forEach(t -> themes.add(t.asText()));
        return ComplaintFact.builder(e.get("eventId").asText(), FactType.valueOf(e.get("type").asText()), e.get("stage").asInt(),
                        Instant.parse(e.get("occurredAt").asText()))
                .complaint(e.get("complaintId").asText(), e.get("landlordId").asText(), e.get("residentId").asText())
                .extensionWorkingDays(e.has("extensionWorkingDays") ? e.get("extensionWorkingDays").asInt() : null)
                .handlerId(text(e, "handlerId")).outcome(text(e, "outcome")).category(text(e, "category")).themes(themes)
                .remedyAmount(e.has("remedyAmount") ? e.get("remedyAmount").asDouble() : null)
                .reason(text(e, "reason")).tenure(text(e, "tenure"))
                .build();
    }

    private static String text(JsonNode e, String field) {
        return e.hasNonNull(field) ? e.get(field).asText() : null;
    }
}
