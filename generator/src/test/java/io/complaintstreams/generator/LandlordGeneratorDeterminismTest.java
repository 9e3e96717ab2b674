package io.complaintstreams.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LandlordGeneratorDeterminismTest {

    private static List<String> lines(GeneratorSettings settings) {
        return new LandlordGenerator(settings).generate().stream()
                .map(e -> e.topic() + "|" + e.key() + "|" + e.json().toString()).toList();
    }

    @Test
    void shouldProduceIdenticalOutputForTheSameSettings() {
        List<String> first = lines(GeneratorSettings.of(7, 300));
        List<String> second = lines(GeneratorSettings.of(7, 300));
        assertFalse(first.isEmpty());
        assertEquals(first, second);
    }

    @Test
    void shouldProduceDifferentOutputForADifferentSeed() {
        assertNotEquals(lines(GeneratorSettings.of(7, 300)), lines(GeneratorSettings.of(8, 300)));
    }

    @Test
    void shouldGenerateEachHomeIndependentlyOfTheOthers() {
        LandlordGenerator generator = new LandlordGenerator(GeneratorSettings.of(7, 300));
        Set<String> alone = new HashSet<>(generator.home(5).stream().map(e -> e.json().toString()).toList());
        Set<String> inYear = new HashSet<>(generator.generate().stream()
                .filter(e -> e.json().get("residentId").asText().equals("LL-DEMO-R000005"))
                .map(e -> e.json().toString()).toList());
        assertFalse(alone.isEmpty());
        assertEquals(alone, inYear);
    }

    @Test
    void shouldReturnEventsSortedByOccurredAt() {
        List<GeneratedEvent> events = Samples.year();
        for (int i = 1; i < events.size(); i++) {
            assertFalse(events.get(i).occurredAt().isBefore(events.get(i - 1).occurredAt()), "event " + i + " out of order");
        }
    }

    @Test
    void shouldKeepEveryEventInsideThePeriod() {
        GeneratorSettings settings = GeneratorSettings.of(42, Samples.HOMES);
        for (GeneratedEvent e : Samples.year()) {
            assertFalse(e.occurredAt().isBefore(settings.periodStart().atStartOfDay().toInstant(java.time.ZoneOffset.UTC)));
            assertTrue(e.occurredAt().isBefore(settings.periodEnd().atStartOfDay().toInstant(java.time.ZoneOffset.UTC)));
        }
    }

    @Test
    void shouldGiveEveryEventAUniqueEventId() {
        Set<String> ids = new HashSet<>();
        for (GeneratedEvent e : Samples.year()) {
            assertTrue(ids.add(e.json().get("eventId").asText()), "duplicate " + e.json().get("eventId"));
        }
    }

    @Test
    void shouldKeepTheLateEventsApartAndLeaveThePeriodsOwnEventsAsTheyWere() {
        GeneratorSettings settings = GeneratorSettings.of(7, 300);
        java.time.Instant end = settings.periodEnd().atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
        List<GeneratedEvent> withLate = new LandlordGenerator(settings).generateWithLateEvents();
        List<String> inPeriod = withLate.stream().filter(e -> e.occurredAt().isBefore(end))
                .map(e -> e.topic() + "|" + e.key() + "|" + e.json().toString()).toList();
        assertEquals(lines(settings), inPeriod, "the period's own events, ids and order included");
        long late = withLate.stream().filter(e -> !e.occurredAt().isBefore(end)).count();
        assertTrue(late > 0, "a year ends with lifecycles still running: some events fall after it");
        for (int i = 1; i < withLate.size(); i++) {
            assertFalse(withLate.get(i).occurredAt().isBefore(withLate.get(i - 1).occurredAt()), "event " + i + " out of order");
        }
    }
}
