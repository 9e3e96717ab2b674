package io.complaintstreams.bench;

import io.complaintstreams.config.AppConfig;
import io.complaintstreams.domain.calendar.WorkingDayCalendar;
import io.complaintstreams.streams.ComplaintTopology;
import io.complaintstreams.streams.StreamsProperties;
import io.complaintstreams.streams.deadline.DeadlineClockPart;
import io.complaintstreams.topics.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;

/**
 * Cost of one wall-clock deadline punctuation with {@value #OPEN} open complaints in the stores, on the production
 * topology in a TopologyTestDriver (real RocksDB stores, one task): RECEIVED events spread over the
 * {@value #COHORTS} working days before "today", then the clock is moved on within the day (nothing due: the index
 * range is empty) and to the next working day (some 5-7% due: each is re-evaluated, its state and alerts published).
 */
final class PunctuationPhase {
    static final int OPEN = 100_000;
    static final int COHORTS = 60;
    private static final int IDLE_SAMPLES = 9;
    private static final java.time.ZoneId LONDON = ReceivedComplaints.LONDON;
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2); // a Monday, GMT, no bank holiday near

    private final Path stateDir;
    private final Progress progress;

    PunctuationPhase(Path stateDir, Progress progress) {
        this.stateDir = stateDir;
        this.progress = progress;
    }

    void run(BenchReport report) {
        Topics topics = Topics.unprefixed();
        var settings = new io.complaintstreams.app.RunSettings(AppConfig.defaults().with(Map.of(
                AppConfig.PUNCTUATE_SECONDS, "3600")), false).topology();
        var props = StreamsProperties.create("bench-punctuation", Map.of(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092"),
                stateDir.toString(), topics.deadLetter());
        Instant start = TODAY.atTime(LocalTime.of(8, 0)).atZone(LONDON).toInstant();
        try (var driver = new TopologyTestDriver(ComplaintTopology.build(settings), props, start)) {
            var input = driver.createInputTopic(topics.complaintEvents.name(), new StringSerializer(), new ByteArraySerializer());
            var states = driver.createOutputTopic(topics.deadlines.name(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
            var alerts = driver.createOutputTopic(topics.alerts.name(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
            long loadStart = System.nanoTime();
            for (BenchRecord r : ReceivedComplaints.of("BENCH-C", OPEN, TODAY, COHORTS)) {
                input.pipeInput(r.key(), r.value(), Instant.ofEpochMilli(r.timestampMs()));
            }
            long loadedStates = states.readRecordsToList().size();
            long loadedAlerts = alerts.readRecordsToList().size();
            progress.info("punctuation: loaded %,d open complaints in %.1f s (%,d states, %,d alerts)", OPEN,
                    (System.nanoTime() - loadStart) / 1e9, loadedStates, loadedAlerts);

            histogram(driver);
            double[] idle = new double[IDLE_SAMPLES];
            for (int i = 0; i < IDLE_SAMPLES; i++) {
                idle[i] = timedAdvance(driver, Duration.ofHours(1));
            }
            LocalDate next = WorkingDayCalendar.englandAndWales().plusWorkingDays(TODAY, 1);
            long due = dueOnOrBefore(driver, next);
            Instant nowMock = start.plus(Duration.ofHours(IDLE_SAMPLES));
            Instant target = next.atTime(LocalTime.of(0, 30)).atZone(LONDON).toInstant();
            double dueMs = timedAdvance(driver, Duration.between(nowMock, target));
            long outStates = states.readRecordsToList().size();
            long outAlerts = alerts.readRecordsToList().size();
            double idleMedian = Percentiles.of(idle).at(50);
            progress.info("punctuation: %,d of %,d due (%.1f%%): %.1f ms (%,d states, %,d alerts out); none due: %.2f ms (median of %d)",
                    due, OPEN, 100.0 * due / OPEN, dueMs, outStates, outAlerts, idleMedian, IDLE_SAMPLES);
            report.put("punctuationMsPer100kOpen", dueMs * 100_000.0 / OPEN, 1);
            report.put("punctuationDueComplaints", due);
            report.put("punctuationOpenComplaints", OPEN);
            report.put("punctuationNoneDueMsPer100kOpen", idleMedian * 100_000.0 / OPEN, 2);
        }
    }

    private static double timedAdvance(TopologyTestDriver driver, Duration by) {
        long t0 = System.nanoTime();
        driver.advanceWallClockTime(by);
        return (System.nanoTime() - t0) / 1e6;
    }

    private void histogram(TopologyTestDriver driver) {
        var index = driver.<String, String>getKeyValueStore(DeadlineClockPart.INDEX_STORE);
        java.util.Map<String, Integer> h = new java.util.TreeMap<>();
        try (var it = index.all()) {
            while (it.hasNext() && (h.size() < 5 || h.containsKey(it.peekNextKey().substring(0, 10)))) {
                h.merge(it.next().key.substring(0, 10), 1, Integer::sum);
            }
        }
        progress.info("deadline index, next check dates (first 5): %s", h);
    }

    private static long dueOnOrBefore(TopologyTestDriver driver, LocalDate day) {
        var index = driver.<String, String>getKeyValueStore(DeadlineClockPart.INDEX_STORE);
        long due = 0;
        try (KeyValueIterator<String, String> it = index.range("0000-01-01", day.plusDays(1).toString())) {
            while (it.hasNext()) {
                it.next();
                due++;
            }
        }
        return due;
    }
}
