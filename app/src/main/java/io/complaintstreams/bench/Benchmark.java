package io.complaintstreams.bench;

import io.complaintstreams.classifier.ClassifierThroughput;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code bench} command's run: every phase in one JVM, on one embedded broker in a fresh data directory, each
 * phase with its own topics and application id, so that ratios compare figures measured minutes apart on the same
 * machine. Progress goes to stderr; the result is a {@link BenchReport}.
 */
public final class Benchmark {
    private final BenchSettings settings;
    private final Progress progress;

    public Benchmark(BenchSettings settings, PrintStream progressOut) {
        this.settings = settings;
        this.progress = new Progress(progressOut);
    }

    public BenchReport run() throws Exception {
        BenchReport report = new BenchReport();
        report.put("events", settings.events());
        report.put("quick", settings.quick());
        Path dir = Files.createDirectories(settings.dataDir()).resolve("bench-" + System.currentTimeMillis());
        Files.createDirectories(dir);
        progress.info("data directory %s; %d cores, max heap %d MB", dir, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        try {
            measure(dir, report);
        } finally {
            if (!settings.keepData()) {
                deleteRecursively(dir);
            }
        }
        report.put("peakRssMb", PeakRss.megabytes().orElse(-1));
        report.put("cores", Runtime.getRuntime().availableProcessors());
        report.put("maxHeapMb", Runtime.getRuntime().maxMemory() >> 20);
        report.put("benchSeconds", progress.seconds(), 1);
        report.put("notes", BenchNotes.ALL);
        progress.phase("done in " + Math.round(progress.seconds()) + " s");
        return report;
    }

    private void measure(Path dir, BenchReport report) throws Exception {
        progress.phase("generating a landlord year of about " + settings.events() + " events");
        BenchEvents data = BenchEvents.generate(settings.events());
        List<BenchRecord> events = data.first(settings.events());
        report.put("events", events.size());
        report.put("homes", data.homes);
        report.put("eventsByTopic", data.countByTopic(events));
        progress.info("%,d homes: %,d events in the year, average value %.0f bytes; N = %,d %s", data.homes,
                data.records.size(), data.averageValueBytes(), events.size(), data.countByTopic(events));

        try (BenchCluster cluster = BenchCluster.start(dir.resolve("broker"))) {
            progress.phase("producer baseline (embedded broker " + cluster.bootstrapServers() + ")");
            new ProducerPhase(cluster, progress).run(events, report);
            StreamsPhases streams = new StreamsPhases(cluster, dir.resolve("streams"), progress);
            progress.phase("Kafka Streams pass-through (EOS v2)");
            streams.passThrough(events.size(), report);
            progress.phase("real topology (wall clock), then restore after deleting local state");
            streams.pipelineAndRestore(data, events, report);
            report.put("ratio", number(report, "pipelineEventsPerSec") / number(report, "passThroughEventsPerSec"), 3);
            report.put("ratioAfterRunning", number(report, "pipelineEventsPerSecAfterRunning")
                    / number(report, "passThroughEventsPerSecAfterRunning"), 3);
            progress.phase("restore with " + settings.restoreOpenComplaints() + " open complaints");
            streams.restoreOpenComplaints(data, settings.restoreOpenComplaints(), report);
            progress.phase("replay of the year with --clock event");
            streams.replay(data, report);
            progress.phase("the real app: alert latency and HTTP ingest");
            try (AppUnderTest app = AppUnderTest.start(cluster, dir.resolve("app"))) {
                new AlertLatencyPhase(app, cluster, progress).run(settings.alertSamples(), report);
                new HttpIngestPhase(app, data.contactJson, progress).run(settings.ingestBudget(),
                        settings.ingestBatchEvents(), settings.ingestSingleEvents(), report);
            }
        }
        progress.phase("deadline punctuation with " + PunctuationPhase.OPEN + " open complaints (TopologyTestDriver)");
        new PunctuationPhase(dir.resolve("punctuation"), progress).run(report);
        progress.phase("classifier, one thread");
        double classifier = ClassifierThroughput.recordsPerSecond(settings.classifierRecords());
        progress.info("classifier: %,.0f records/s on one thread (%,d records)", classifier, settings.classifierRecords());
        report.put("classifierRecordsPerSecPerCore", classifier, 0);
    }

    private static double number(BenchReport report, String field) {
        return report.get(field) instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
