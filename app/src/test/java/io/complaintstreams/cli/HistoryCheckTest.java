package io.complaintstreams.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import io.complaintstreams.app.InstanceFile;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scan behind import's warning about history in a wall-clock instance. */
class HistoryCheckTest {
    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    @TempDir
    Path dir;

    @Test
    void shouldFindComplaintEventsOlderThanAWeekInJsonLinesAndCsv() throws Exception {
        Files.writeString(dir.resolve("crm.complaint-events.jsonl"), """
                {"complaintId":"C-1","type":"RECEIVED","occurredAt":"2025-04-01T09:00:00Z"}
                {"complaintId":"C-1","type":"ACKNOWLEDGED","occurredAt":"2026-11-29T09:00:00Z"}
                not json
                """);
        Files.writeString(dir.resolve("complaint-events.csv"), "complaintId,type,occurredAt\nC-2,RECEIVED,2025-03-31T09:00:00Z\n");
        Files.writeString(dir.resolve("crm.contacts.jsonl"), "{\"contactId\":\"K-1\",\"occurredAt\":\"2020-01-01T00:00:00Z\"}\n");

        HistoryCheck.History history = HistoryCheck.scan(dir, NOW).orElseThrow();

        assertEquals(2, history.olderThanAWeek(), "contacts are not complaint events; a recent event is not history");
        assertEquals(Instant.parse("2025-03-31T09:00:00Z"), history.oldest());
    }

    @Test
    void shouldFindNothingInRecentEvents() throws Exception {
        Path file = dir.resolve("crm.complaint-events.jsonl");
        Files.writeString(file, "{\"complaintId\":\"C-1\",\"type\":\"RECEIVED\",\"occurredAt\":\"2026-11-27T09:00:00Z\"}\n");

        assertTrue(HistoryCheck.scan(file, NOW).isEmpty());
        assertTrue(HistoryCheck.scan(dir, NOW).isEmpty());
    }

    @Test
    void shouldRefuseHistoryForAWallClockInstanceWhenNoOneCanBeAskedUnlessYes() throws Exception {
        // tests run without a console, as a scheduled import does: it must not go on and raise false overdue alerts
        Files.writeString(dir.resolve("crm.complaint-events.jsonl"),
                "{\"complaintId\":\"C-1\",\"type\":\"RECEIVED\",\"occurredAt\":\"2025-04-01T09:00:00Z\"}\n");
        InstanceTarget wall = target("wall");

        assertFalse(HistoryCheck.confirmed(wall, dir, false, false));
        assertTrue(HistoryCheck.confirmed(wall, dir, false, true), "--yes imports anyway");
        assertTrue(HistoryCheck.confirmed(target("event"), dir, false, false), "an event-clock instance is where history belongs");
    }

    private static InstanceTarget target(String clock) {
        return new InstanceTarget("localhost:1", "", Optional.of(new InstanceFile(1, "http://localhost:1", "localhost:1", "",
                clock, Instant.now(), Map.of())));
    }
}
