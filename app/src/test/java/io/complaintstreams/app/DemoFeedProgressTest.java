package io.complaintstreams.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.complaintstreams.generator.DemoFeed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoFeedProgressTest {
    @TempDir
    Path dataDir;

    @Test
    void shouldReadBackWhatItWroteAndNothingFromAMissingOrGarbledFile() throws Exception {
        assertTrue(DemoFeedProgress.read(dataDir).isEmpty());
        new DemoFeedProgress(LocalDate.of(2024, 4, 1), 63_692).writeTo(dataDir);
        assertEquals(new DemoFeedProgress(LocalDate.of(2024, 4, 1), 63_692), DemoFeedProgress.read(dataDir).orElseThrow());
        Files.writeString(dataDir.resolve(DemoFeedProgress.FILE), "yesterday lots");
        assertTrue(DemoFeedProgress.read(dataDir).isEmpty());
    }

    @Test
    void shouldResumeARestartedFeedAfterTheEventsAlreadyPublished() throws Exception {
        Instant start = Instant.parse("2026-11-30T12:00:00Z");
        DemoFeed first = DemoFeed.startingAt(2025L, start);
        int published = first.upTo(start, 1_500).size();
        new DemoFeedProgress(first.firstDay(), published).writeTo(dataDir);

        DemoFeed restarted = DemoFeed.startingAt(2025L, start.plusSeconds(3_600));
        DemoFeedProgress progress = DemoFeedProgress.read(dataDir).orElseThrow();
        assertEquals(restarted.firstDay(), progress.firstDay());
        restarted.skip(progress.published());
        for (int i = 0; i < 50; i++) {
            assertEquals(first.next().json(), restarted.next().json(), "event " + (published + i) + " of the feed");
        }
    }
}
