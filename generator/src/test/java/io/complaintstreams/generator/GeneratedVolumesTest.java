package io.complaintstreams.generator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Month;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GeneratedVolumesTest {
    private static final double HOMES = Samples.HOMES;

    private static void assertBetween(double lo, double hi, double actual, String what) {
        assertTrue(actual >= lo && actual <= hi, what + " = " + actual + ", expected " + lo + ".." + hi);
    }

    @Test
    void shouldGenerateAboutTenContactsPerHome() {
        assertBetween(8.5, 11.5, Samples.topic(Topics.CONTACTS).size() / HOMES, "contacts per home");
    }

    @Test
    void shouldGenerateAboutThreeRepairsPerHomeWithOneToThreeStatusChanges() {
        Map<String, Long> perRequest = Samples.topic(Topics.SERVICE_REQUESTS).stream()
                .collect(Collectors.groupingBy(GeneratedEvent::key, Collectors.counting()));
        assertBetween(2.5, 3.5, perRequest.size() / HOMES, "repairs per home");
        assertTrue(perRequest.values().stream().allMatch(n -> n >= 1 && n <= 3), "1 to 3 records per request");
        assertTrue(Samples.count(Topics.SERVICE_REQUESTS, "status", "CANCELLED") > 0);
    }

    /**
     * At the year's end a real landlord has a few percent of the year's repairs open past their due date, not one in
     * seven: most are completed (some late), some cancelled, a few lost. Latest status at 2026-03-31 23:59:59Z.
     */
    @Test
    void shouldLeaveAFewPercentOfRequestsOpenAndOverdueAtTheYearsEnd() {
        java.time.Instant asOf = java.time.Instant.parse("2026-03-31T23:59:59Z");
        Map<String, List<GeneratedEvent>> byRequest = Samples.topic(Topics.SERVICE_REQUESTS).stream()
                .filter(e -> !e.occurredAt().isAfter(asOf))
                .collect(Collectors.groupingBy(GeneratedEvent::key));
        long open = 0;
        long openAndOverdue = 0;
        for (List<GeneratedEvent> changes : byRequest.values()) {
            GeneratedEvent latest = changes.stream().max(java.util.Comparator.comparing(GeneratedEvent::occurredAt)).orElseThrow();
            String status = Samples.text(latest.json(), "status");
            if (status.equals("OPEN") || status.equals("IN_PROGRESS")) {
                open++;
                String due = Samples.text(latest.json(), "dueAt");
                if (due != null && java.time.Instant.parse(due).isBefore(asOf)) {
                    openAndOverdue++;
                }
            }
        }
        double requests = byRequest.size();
        assertBetween(0.01, 0.05, openAndOverdue / requests, "share of the year's requests open and overdue at its end");
        assertBetween(0.02, 0.10, open / requests, "share of the year's requests still open at its end (work in progress)");
    }

    @Test
    void shouldGenerateAboutOneSurveyPerHomeOfEveryKind() {
        assertBetween(0.7, 1.3, Samples.topic(Topics.SURVEYS).size() / HOMES, "surveys per home");
        for (String kind : List.of("TSM_PERCEPTION", "TRANSACTIONAL", "COMPLAINT_HANDLING")) {
            assertTrue(Samples.count(Topics.SURVEYS, "kind", kind) > 0, kind);
        }
    }

    @Test
    void shouldReceiveFortyToEightyStageOneComplaintsPerThousandHomes() {
        long stage1 = Samples.count(Topics.COMPLAINT_EVENTS, "type", "RECEIVED");
        assertBetween(40, 80, stage1 / HOMES * 1000, "stage 1 per 1000 homes");
    }

    @Test
    void shouldEscalateTenToTwentyPercentToStageTwo() {
        double stage1 = Samples.count(Topics.COMPLAINT_EVENTS, "type", "RECEIVED");
        double stage2 = Samples.count(Topics.COMPLAINT_EVENTS, "type", "ESCALATED");
        assertBetween(0.10, 0.20, stage2 / stage1, "escalation share");
    }

    @Test
    void shouldMarkAboutTenPercentOfResidentsAsSharedOwners() {
        Map<String, String> tenureByResident = Samples.year().stream().collect(Collectors.toMap(
                e -> e.json().get("residentId").asText(), e -> e.json().get("tenure").asText(), (a, b) -> a));
        double lcho = tenureByResident.values().stream().filter("LCHO"::equals).count();
        assertBetween(0.07, 0.13, lcho / tenureByResident.size(), "LCHO share");
    }

    @Test
    void shouldHaveMoreDampAndHeatingRepairsInWinterThanInSummer() {
        Set<Month> winter = EnumSet.of(Month.DECEMBER, Month.JANUARY, Month.FEBRUARY);
        Set<Month> summer = EnumSet.of(Month.JUNE, Month.JULY, Month.AUGUST);
        List<GeneratedEvent> opened = Samples.topic(Topics.SERVICE_REQUESTS).stream()
                .filter(e -> e.json().get("status").asText().equals("OPEN"))
                .filter(e -> Set.of("damp_mould", "heating").contains(e.json().get("category").asText())).toList();
        long inWinter = opened.stream().filter(e -> winter.contains(e.occurredAt().atZone(ZoneOffset.UTC).getMonth())).count();
        long inSummer = opened.stream().filter(e -> summer.contains(e.occurredAt().atZone(ZoneOffset.UTC).getMonth())).count();
        assertTrue(inWinter > 2 * inSummer, "winter " + inWinter + " vs summer " + inSummer);
    }

    @Test
    void shouldHaveResidentsChasingTheSameRequestThreeTimesWithinFiveWeeks() {
        Map<String, List<GeneratedEvent>> chases = Samples.topic(Topics.CONTACTS).stream()
                .filter(e -> e.json().has("serviceRequestId"))
                .collect(Collectors.groupingBy(e -> e.json().get("serviceRequestId").asText()));
        long chased = chases.values().stream().filter(list -> list.size() >= 3 && list.get(list.size() - 1).occurredAt()
                .minus(java.time.Duration.ofDays(35)).isBefore(list.get(list.size() - 3).occurredAt())).count();
        assertTrue(chased >= 20, "requests chased 3+ times: " + chased);
    }

    @Test
    void shouldIncludeContactsWrittenByRepresentatives() {
        List<String> who = Samples.topic(Topics.CONTACTS).stream().filter(e -> e.json().has("representative"))
                .map(e -> e.json().get("representative").asText()).distinct().toList();
        assertTrue(who.containsAll(List.of("councillor", "MP", "daughter")), who.toString());
    }
}
