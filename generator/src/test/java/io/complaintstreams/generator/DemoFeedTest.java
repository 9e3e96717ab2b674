package io.complaintstreams.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.complaintstreams.generator.internal.WorkingDays;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoFeedTest {
    private static final Instant START = Instant.parse("2025-11-12T10:00:00Z");

    @Test
    void shouldBeDeterministicForSeedAndStart() {
        List<String> first = new DemoFeed(5, 300, "LL-DEMO", START).nextBatch(2_000).stream()
                .map(e -> e.json().toString()).toList();
        List<String> second = new DemoFeed(5, 300, "LL-DEMO", START).nextBatch(2_000).stream()
                .map(e -> e.json().toString()).toList();
        assertEquals(first, second);
    }

    @Test
    void shouldLeaveComplaintsOpenAroundTheStartWithSomeOverdue() {
        DemoFeed feed = DemoFeed.startingAt(1, START);
        List<GeneratedEvent> history = feed.upTo(START, Integer.MAX_VALUE);
        assertFalse(history.isEmpty());
        assertTrue(feed.peek().occurredAt().isAfter(START));
        Map<String, String> lastType = new HashMap<>();
        Map<String, GeneratedEvent> lastEvent = new HashMap<>();
        for (GeneratedEvent e : history) {
            if (e.topic().equals(Topics.COMPLAINT_EVENTS)) {
                lastType.put(e.key(), e.json().get("type").asText());
                lastEvent.put(e.key(), e);
            }
        }
        LocalDate today = LocalDate.ofInstant(START, ZoneOffset.UTC);
        long open = lastType.values().stream().filter(t -> Set.of("RECEIVED", "ACKNOWLEDGED", "EXTENDED", "ESCALATED").contains(t)).count();
        long overdueAcknowledgements = lastEvent.values().stream()
                .filter(e -> Set.of("RECEIVED", "ESCALATED").contains(e.json().get("type").asText()))
                .filter(e -> today.isAfter(WorkingDays.plus(LocalDate.ofInstant(e.occurredAt(), ZoneOffset.UTC), 5)))
                .count();
        assertTrue(open >= 5, "open complaints at start: " + open);
        assertTrue(overdueAcknowledgements >= 1, "overdue acknowledgements: " + overdueAcknowledgements);
    }

    @Test
    void shouldGoOnPastTheFirstYearWithNewIds() {
        DemoFeed feed = new DemoFeed(5, 20, "LL-DEMO", START);
        Set<String> ids = new HashSet<>();
        Instant previous = Instant.MIN;
        while (feed.cycle() < 3) {
            GeneratedEvent e = feed.next();
            assertTrue(ids.add(e.json().get("eventId").asText()), "duplicate eventId " + e.json().get("eventId"));
            assertFalse(e.occurredAt().isBefore(previous), "time went backwards");
            previous = e.occurredAt();
        }
        assertTrue(previous.isAfter(START.plusSeconds(365L * 86_400)), "reached " + previous);
    }

    @Test
    void shouldStartWithTheLastCompleteFinancialYearSoThePreviousYearIsWhole() {
        assertEquals(LocalDate.of(2024, 4, 1), DemoFeed.lastCompleteFinancialYearStart(LocalDate.of(2025, 11, 12)));
        assertEquals(LocalDate.of(2024, 4, 1), DemoFeed.lastCompleteFinancialYearStart(LocalDate.of(2025, 4, 1)));
        assertEquals(LocalDate.of(2023, 4, 1), DemoFeed.lastCompleteFinancialYearStart(LocalDate.of(2025, 3, 31)));
        DemoFeed feed = new DemoFeed(5, 50, "LL-DEMO", START);
        assertEquals(LocalDate.of(2024, 4, 1), feed.settingsForCycle(0).periodStart());
        assertEquals(LocalDate.of(2025, 4, 1), feed.settingsForCycle(1).periodStart());
        assertFalse(feed.peek().occurredAt().isBefore(Instant.parse("2024-04-01T00:00:00Z")));
    }

    @Test
    void shouldReturnBatchesOfTheRequestedSize() {
        assertEquals(137, new DemoFeed(5, 50, "LL-X", START).nextBatch(137).size());
    }

    @Test
    void shouldPublishAYearsLateEventsInTheNextYearAtTheirOwnTime() {
        DemoFeed feed = new DemoFeed(5, 200, "LL-DEMO", START);
        Instant secondYearEnd = feed.settingsForCycle(2).periodStart().atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant firstYearEnd = feed.settingsForCycle(1).periodStart().atStartOfDay().toInstant(ZoneOffset.UTC);
        Map<String, Instant> expected = new HashMap<>();
        for (int cycle = 0; cycle <= 1; cycle++) {
            for (GeneratedEvent e : new LandlordGenerator(feed.settingsForCycle(cycle)).generateWithLateEvents()) {
                if (e.occurredAt().isBefore(secondYearEnd)) {
                    expected.put(e.json().get("eventId").asText(), e.occurredAt());
                }
            }
        }
        Map<String, Instant> fed = new HashMap<>();
        Instant previous = Instant.MIN;
        while (feed.peek().occurredAt().isBefore(secondYearEnd)) {
            GeneratedEvent e = feed.next();
            assertFalse(e.occurredAt().isBefore(previous), "time went backwards at " + e.json());
            previous = e.occurredAt();
            assertEquals(null, fed.put(e.json().get("eventId").asText(), e.occurredAt()), "fed twice: " + e.json());
        }
        Set<String> missing = new HashSet<>(expected.keySet());
        missing.removeAll(fed.keySet());
        assertEquals(Set.of(), missing.size() > 5 ? Set.of(missing.size() + " events, e.g. " + missing.iterator().next()) : missing,
                "events of both years up to the second one's end that were not fed");
        assertEquals(expected, fed, "every event of both years up to the second one's end, at its own time, nothing else");
        long carried = new LandlordGenerator(feed.settingsForCycle(0)).generateWithLateEvents().stream()
                .filter(e -> !e.occurredAt().isBefore(firstYearEnd) && e.occurredAt().isBefore(secondYearEnd)).count();
        assertTrue(carried > 0, "the first year leaves events for the second: " + carried);
    }

    @Test
    void shouldCloseTheFirstYearsServiceRequestsAndAcknowledgeItsComplaintsInTheNextYear() {
        DemoFeed feed = new DemoFeed(5, 300, "LL-DEMO", START);
        Instant firstYearEnd = feed.settingsForCycle(1).periodStart().atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant secondYearEnd = feed.settingsForCycle(2).periodStart().atStartOfDay().toInstant(ZoneOffset.UTC);
        Map<String, String> requestStatusAtYearEnd = new HashMap<>();
        Map<String, String> requestStatus = new HashMap<>();
        Set<String> acknowledgedAfterYearEnd = new HashSet<>();
        while (feed.peek().occurredAt().isBefore(secondYearEnd)) {
            GeneratedEvent e = feed.next();
            if (e.topic().equals(Topics.SERVICE_REQUESTS) && e.key().contains("-SR" + 24 + "-")) {
                requestStatus.put(e.key(), e.json().get("status").asText());
                if (e.occurredAt().isBefore(firstYearEnd)) {
                    requestStatusAtYearEnd.put(e.key(), e.json().get("status").asText());
                }
            }
            if (e.topic().equals(Topics.COMPLAINT_EVENTS) && e.key().contains("-CMP24-") && !e.occurredAt().isBefore(firstYearEnd)
                    && e.json().get("type").asText().equals("ACKNOWLEDGED")) {
                acknowledgedAfterYearEnd.add(e.key());
            }
        }
        Set<String> open = Set.of("OPEN", "IN_PROGRESS");
        long openAtYearEnd = requestStatusAtYearEnd.values().stream().filter(open::contains).count();
        long stillOpen = requestStatus.values().stream().filter(open::contains).count();
        assertTrue(requestStatus.size() > 500, "first-year requests: " + requestStatus.size());
        assertTrue(stillOpen < openAtYearEnd / 2, "first-year requests open at its end " + openAtYearEnd + ", a year later " + stillOpen);
        assertTrue(stillOpen <= requestStatus.size() * 0.03, "never closed: " + stillOpen + " of " + requestStatus.size());
        assertFalse(acknowledgedAfterYearEnd.isEmpty(), "a complaint received at the first year's end is acknowledged in the next");
    }
}
