package io.complaintstreams.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.complaintstreams.generator.internal.WorkingDays;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComplaintLifecycleTest {
    private static final Set<String> FINAL = Set.of("REFUSED", "WITHDRAWN", "CLOSED");

    private static String type(GeneratedEvent e) {
        return e.json().get("type").asText();
    }

    private static int stage(GeneratedEvent e) {
        return e.json().get("stage").asInt();
    }

    private static LocalDate date(GeneratedEvent e) {
        return LocalDate.ofInstant(e.occurredAt(), ZoneOffset.UTC);
    }

    @Test
    void shouldFollowTheCodeOrderForEveryComplaint() {
        for (List<GeneratedEvent> events : Samples.complaints().values()) {
            assertEquals("RECEIVED", type(events.get(0)));
            assertEquals(1, stage(events.get(0)));
            boolean stage1Responded = false;
            boolean escalated = false;
            boolean acknowledged = false;
            for (int i = 1; i < events.size(); i++) {
                GeneratedEvent e = events.get(i);
                String id = e.key() + " " + type(e);
                assertTrue(e.occurredAt().isAfter(events.get(i - 1).occurredAt()), id + " not after previous");
                assertFalse(FINAL.contains(type(events.get(i - 1))), id + " after a final event");
                switch (type(e)) {
                    case "RECEIVED" -> throw new AssertionError(id + " twice");
                    case "ACKNOWLEDGED" -> acknowledged = true;
                    case "EXTENDED", "WITHDRAWN" -> assertTrue(acknowledged, id + " before acknowledgement");
                    case "RESPONDED" -> {
                        assertTrue(acknowledged, id + " before acknowledgement");
                        stage1Responded |= stage(e) == 1;
                    }
                    case "ESCALATED" -> {
                        assertTrue(stage1Responded && !escalated, id + " without a stage 1 response");
                        escalated = true;
                        acknowledged = false;
                    }
                    default -> { }
                }
                assertEquals(escalated ? 2 : 1, stage(e), id + " has the wrong stage");
            }
        }
    }

    @Test
    void shouldCarryTheOptionalFieldsEachTypeNeeds() {
        for (List<GeneratedEvent> events : Samples.complaints().values()) {
            for (GeneratedEvent e : events) {
                JsonNode json = e.json();
                switch (type(e)) {
                    case "EXTENDED" -> assertTrue(json.get("extensionWorkingDays").asInt() > 0, () -> json.toString());
                    case "REFUSED" -> assertTrue(json.hasNonNull("reason"), () -> json.toString());
                    case "RESPONDED" -> assertTrue(json.hasNonNull("outcome") && json.hasNonNull("handlerId"), () -> json.toString());
                    case "RECEIVED" -> assertTrue(json.get("themes").size() >= 1, () -> json.toString());
                    default -> { }
                }
            }
        }
    }

    @Test
    void shouldAcknowledgeMostWithinFiveWorkingDaysButSomeLate() {
        long onTime = 0;
        long late = 0;
        for (List<GeneratedEvent> events : Samples.complaints().values()) {
            GeneratedEvent received = events.get(0);
            for (GeneratedEvent e : events) {
                if (type(e).equals("ACKNOWLEDGED") && stage(e) == 1) {
                    if (date(e).isAfter(WorkingDays.plus(date(received), 5))) {
                        late++;
                    } else {
                        onTime++;
                    }
                }
            }
        }
        double lateShare = (double) late / (onTime + late);
        assertTrue(lateShare > 0.04 && lateShare < 0.18, "late acknowledgements " + lateShare);
    }

    @Test
    void shouldRespondMostlyOnTimeWithSomeLateAndSomeExtensionsBeyondTheCode() {
        long onTime = 0;
        long late = 0;
        long beyondCode = 0;
        for (List<GeneratedEvent> events : Samples.complaints().values()) {
            LocalDate acknowledged = null;
            int extension = 0;
            for (GeneratedEvent e : events) {
                switch (type(e)) {
                    case "ACKNOWLEDGED" -> acknowledged = date(e);
                    case "EXTENDED" -> {
                        extension = e.json().get("extensionWorkingDays").asInt();
                        beyondCode += extension > (stage(e) == 1 ? 10 : 20) ? 1 : 0;
                    }
                    case "RESPONDED" -> {
                        LocalDate respondBy = WorkingDays.plus(acknowledged, (stage(e) == 1 ? 10 : 20) + extension);
                        if (date(e).isAfter(respondBy)) {
                            late++;
                        } else {
                            onTime++;
                        }
                        extension = 0;
                    }
                    default -> { }
                }
            }
        }
        double lateShare = (double) late / (onTime + late);
        assertTrue(lateShare > 0.08 && lateShare < 0.25, "late responses " + lateShare);
        assertTrue(beyondCode > 0, "no extension beyond the Code");
    }

    @Test
    void shouldIncludeRefusalsWithdrawalsAndStageTwoReviewsBySameHandler() {
        // 8% of about 50 stage 2 reviews a year go to the stage 1 handler: one year can have none (p about 1%), so the
        // sample year and a second seed's year are looked at together.
        Map<String, List<GeneratedEvent>> complaints = new java.util.HashMap<>(Samples.complaints());
        new LandlordGenerator(GeneratorSettings.of(43, Samples.HOMES)).generate().stream()
                .filter(e -> e.topic().equals(Topics.COMPLAINT_EVENTS))
                .forEach(e -> complaints.computeIfAbsent("43:" + e.key(), k -> new java.util.ArrayList<>()).add(e));
        long sameHandler = complaints.values().stream().filter(events -> {
            String first = events.stream().filter(e -> stage(e) == 1 && e.json().has("handlerId")).findFirst()
                    .map(e -> e.json().get("handlerId").asText()).orElse(null);
            return events.stream().anyMatch(e -> stage(e) == 2 && e.json().has("handlerId")
                    && e.json().get("handlerId").asText().equals(first));
        }).count();
        assertTrue(sameHandler > 0, "no stage 2 handled by the stage 1 handler");
        assertTrue(Samples.count(Topics.COMPLAINT_EVENTS, "type", "REFUSED") > 0);
        assertTrue(Samples.count(Topics.COMPLAINT_EVENTS, "type", "WITHDRAWN") > 0);
    }
}
