package io.complaintstreams.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.complaintstreams.ingest.publish.EventPublisher;
import io.complaintstreams.ingest.publish.OutgoingRecord;
import io.complaintstreams.ingest.publish.PublishException;
import io.complaintstreams.metrics.AppMetrics;
import io.complaintstreams.topics.Topics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoFeedRunnerTest {
    @TempDir
    Path dir;

    /** Records what it was given; refuses the calls whose numbers (1-based) are in {@code failing}. */
    private static final class FlakyPublisher implements EventPublisher {
        final List<String> keys = new ArrayList<>();
        final List<Integer> failing;
        int calls;

        FlakyPublisher(Integer... failing) {
            this.failing = List.of(failing);
        }

        @Override
        public void publish(List<OutgoingRecord> batch) throws PublishException {
            calls++;
            if (failing.contains(calls)) {
                throw new PublishException("broker unavailable (test)", null);
            }
            batch.forEach(r -> keys.add(r.topic() + "|" + r.key()));
        }

        @Override
        public void close() {
        }
    }

    @Test
    void shouldPublishAFailedBatchAgainBeforeAnyNewerOneSoNoDemoEventIsLost() throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("a"));
        java.nio.file.Files.createDirectories(dir.resolve("b"));
        FlakyPublisher reliable = new FlakyPublisher();
        DemoFeedRunner expected = new DemoFeedRunner(Topics.unprefixed(), reliable, new AppMetrics(), 40, dir.resolve("a"));
        for (int i = 0; i < 3; i++) {
            expected.tick();
        }

        FlakyPublisher flaky = new FlakyPublisher(2, 3);
        DemoFeedRunner runner = new DemoFeedRunner(Topics.unprefixed(), flaky, new AppMetrics(), 40, dir.resolve("b"));
        for (int i = 0; i < 5; i++) {
            runner.tick();
        }

        assertEquals(5, flaky.calls);
        assertTrue(reliable.keys.size() > 10, "the feed gave events: " + reliable.keys.size());
        assertEquals(reliable.keys, flaky.keys, "after two refused calls the same events follow in the same order");
        assertTrue(java.nio.file.Files.readString(dir.resolve("b").resolve("demo-feed.progress")).trim().endsWith(" " + flaky.keys.size()),
                "the progress file counts only what was published");
    }
}
