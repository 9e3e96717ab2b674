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
}
