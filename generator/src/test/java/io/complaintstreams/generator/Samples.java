package io.complaintstreams.generator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A 5,000-home year generated once and shared by the tests. */
final class Samples {
    static final int HOMES = 5_000;
    private static List<GeneratedEvent> year;

    private Samples() {
    }

    static synchronized List<GeneratedEvent> year() {
        if (year == null) {
            year = new LandlordGenerator(GeneratorSettings.of(42, HOMES)).generate();
        }
        return year;
    }

    static List<GeneratedEvent> topic(String topic) {
        return year().stream().filter(e -> e.topic().equals(topic)).toList();
    }

    static long count(String topic, String field, String value) {
        return topic(topic).stream().filter(e -> value.equals(text(e.json(), field))).count();
    }

    /** Complaint events grouped by complaintId, each in time order. */
    static Map<String, List<GeneratedEvent>> complaints() {
        return topic(Topics.COMPLAINT_EVENTS).stream()
                .collect(Collectors.groupingBy(GeneratedEvent::key, LinkedHashMap::new, Collectors.toList()));
    }

    static String text(JsonNode json, String field) {
        JsonNode node = json.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }
}
