package io.complaintstreams.app;

import io.complaintstreams.config.AppConfig;
import io.complaintstreams.generator.DemoFeed;
import io.complaintstreams.generator.GeneratedEvent;
import io.complaintstreams.ingest.EventKind;
import io.complaintstreams.ingest.EventParsers;
import io.complaintstreams.ingest.ParsedEvent;
import io.complaintstreams.ingest.publish.EventPublisher;
import io.complaintstreams.ingest.publish.OutgoingRecord;
import io.complaintstreams.ingest.publish.PublishException;
import io.complaintstreams.metrics.AppMetrics;
import io.complaintstreams.topics.Topics;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code run --demo}: a synthetic landlord's history (the last complete financial year and the current one to date,
 * {@link DemoFeed}) is published before Kafka Streams starts ({@link #prepare}), so the deadline clock finds it
 * waiting at start-up and judges it as history, by stream time (README "Wall-clock replays"); then new events follow
 * the wall clock ({@link #startLive}). Events go through the same validation as HTTP ingest.
 */
public final class DemoFeedRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DemoFeedRunner.class);
    private final DemoFeed feed = DemoFeed.startingAt(2025L, Instant.now());
    private final EventParsers parsers = new EventParsers();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "demo-feed"));
    private final Topics topics;
    private final EventPublisher publisher;
    private final AppMetrics metrics;
    private final int perTick;
    private long published;
    private boolean caughtUp;
    /** A batch taken from the feed whose publication failed: published again at the next tick, before anything newer. */
    private List<GeneratedEvent> pending = List.of();

    private final java.nio.file.Path dataDir;

    DemoFeedRunner(Topics topics, EventPublisher publisher, AppMetrics metrics, int eventsPerSecond, java.nio.file.Path dataDir) {
        this.dataDir = dataDir;
        this.topics = topics;
        this.publisher = publisher;
        this.metrics = metrics;
        this.perTick = Math.max(1, eventsPerSecond / 4);
    }

    /** Events per publication while the history is written before Kafka Streams starts. */
    static final int HISTORY_BATCH = 2_000;

    /**
     * Resumes after what the data directory was already given, then publishes the history up to now, in batches,
     * before returning (call it before Kafka Streams starts). A batch the broker refuses ends this early: the timer
     * of {@link #startLive} publishes it and the rest (then after Streams started: judged by the wall clock).
     */
    public static DemoFeedRunner prepare(RunSettings settings, EventPublisher publisher, AppMetrics metrics) {
        int rate = settings.config().getInt(AppConfig.DEMO_EVENTS_PER_SECOND);
        DemoFeedRunner runner = new DemoFeedRunner(settings.topics(), publisher, metrics, rate, settings.dataDir());
        DemoFeedProgress.read(settings.dataDir()).filter(p -> p.firstDay().equals(runner.feed.firstDay())).ifPresent(p -> {
            runner.feed.skip(p.published());
            runner.published = p.published();
            LOG.info("Demo: resuming after the {} events this data directory was already given", p.published());
        });
        LOG.info("Demo: publishing landlord {}'s history ({} homes) up to now before Kafka Streams starts",
                "LL-DEMO", DemoFeed.DEFAULT_HOMES);
        long before = runner.published;
        long started = System.nanoTime();
        while (runner.step(HISTORY_BATCH) == Step.PUBLISHED) {
            if ((runner.published - before) % 20_000 < HISTORY_BATCH) {
                LOG.info("Demo: {} history events published", runner.published - before);
            }
        }
        LOG.info("Demo: {} history events published in {} ms", runner.published - before,
                java.time.Duration.ofNanos(System.nanoTime() - started).toMillis());
        return runner;
    }

    /** Then new events follow the wall clock: at most {@code demo.events-per-second} (a backlog after a failed batch). */
    public void startLive() {
        timer.scheduleAtFixedRate(this::tick, 1000, 250, TimeUnit.MILLISECONDS);
    }

    private enum Step { PUBLISHED, CAUGHT_UP, FAILED }

    /** One step of the timer (package-private for the test): publishes the pending batch or the next one. */
    void tick() {
        step(perTick);
    }

    private Step step(int max) {
        try {
            if (pending.isEmpty()) {
                pending = feed.upTo(Instant.now(), max);
            }
            if (pending.isEmpty()) {
                if (!caughtUp) {
                    caughtUp = true;
                    LOG.info("Demo: caught up with today after {} events; new events now follow the clock", published);
                }
                return Step.CAUGHT_UP;
            }
            publisher.publish(toRecords(pending));
        } catch (PublishException e) {
            // A batch sent in part and sent again is harmless: repeated event ids are dropped by the topology.
            LOG.warn("Demo: batch of {} events not published ({}); will retry it at the next tick", pending.size(), e.toString());
            return Step.FAILED;
        } catch (RuntimeException e) {
            // a generated event our own parser refuses is a bug; skip it rather than stop the timer (which an
            // exception escaping a scheduled task would do silently)
            LOG.error("Demo: batch of {} events skipped: {}", pending.size(), e.toString());
            pending = List.of();
            return Step.FAILED;
        }
        pending.forEach(event -> metrics.eventsIngested("demo", event.topic(), 1));
        published += pending.size();
        pending = List.of();
        try {
            new DemoFeedProgress(feed.firstDay(), published).writeTo(dataDir);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Demo: progress not saved ({}); a restart may give some events again (they are dropped as repeats)", e.toString());
        }
        return Step.PUBLISHED;
    }

    private List<OutgoingRecord> toRecords(List<GeneratedEvent> batch) {
        List<OutgoingRecord> records = new ArrayList<>(batch.size());
        for (GeneratedEvent event : batch) {
            EventKind kind = EventKind.fromBaseName(event.topic()).orElseThrow();
            ParsedEvent parsed = parsers.parse(kind, event.json());
            records.add(parsed.toRecord(topics));
        }
        return records;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
