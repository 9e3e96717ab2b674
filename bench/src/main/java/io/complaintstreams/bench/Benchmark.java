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
        report.put("benchJvmPeakRssMb", PeakRss.megabytes().orElse(-1));
        report.put("cores", Runtime.getRuntime().availableProcessors());
        report.put("maxHeapMb", Runtime.getRuntime().maxMemory() >> 20);
        report.put("benchSeconds", progress.seconds(), 1);
        report.put("notes", BenchNotes.ALL);
        progress.phase("done in " + Math.round(progress.seconds()) + " s");
        return report;
    }

    private void measure(Path dir, BenchReport report) throws Exception {
        progress.phase("generating a landlord year of about " + settings.events() + " events");
        BenchEvents data = BenchEvents.generate(settings.events() + settings.warmUpEvents());
        List<BenchRecord> events = data.first(settings.events());
        List<BenchRecord> warmUp = data.records.subList(events.size(), Math.min(data.records.size(),
                events.size() + settings.warmUpEvents()));
        report.put("events", events.size());
        report.put("homes", data.homes);
        report.put("eventsByTopic", data.countByTopic(events));
        report.put("warmUpEvents", warmUp.size());
        report.put("alertSamples", settings.alertSamples());
        progress.info("%,d homes: %,d events in the year, average value %.0f bytes; N = %,d %s, then %,d to warm up on",
                data.homes, data.records.size(), data.averageValueBytes(), events.size(), data.countByTopic(events), warmUp.size());

        try (BenchCluster cluster = BenchCluster.start(dir.resolve("broker"))) {
            progress.phase("producer baseline (broker " + cluster.bootstrapServers() + " in process " + cluster.brokerProcess().pid() + ")");
            new ProducerPhase(cluster, progress).run(events, report);
            StreamsPhases streams = new StreamsPhases(cluster, dir.resolve("streams"), progress);
            streams.load(events, warmUp);
            progress.phase("Kafka Streams pass-through (EOS v2), warmed, over the same events decoded the same way");
            streams.passThrough(data, warmUp.size(), events.size(), report);
            progress.phase("real topology (wall clock), warmed, then restore after deleting local state");
            streams.pipelineAndRestore(data, warmUp.size(), events.size(), report);
            report.put("ratio", number(report, "pipelineEventsPerSec") / number(report, "passThroughEventsPerSec"), 3);
            report.put("streamThreadMicrosPerEvent", report.get("pipelineStreamThreadMicrosPerEvent"));
            report.put("recordsWrittenPerEvent", report.get("pipelineRecordsWrittenPerEvent"));
            report.put("bytesWrittenPerEvent", report.get("pipelineBytesWrittenPerEvent"));
            progress.phase("restore with " + settings.restoreOpenComplaints() + " open complaints");
            streams.restoreOpenComplaints(data, settings.restoreOpenComplaints(), report);
            progress.phase("replay of a " + settings.replayHomes() + "-home year with --clock event, the app in its own process");
            new ReplayPhase(cluster, dir.resolve("replay"), progress).run(settings.replayHomes(), report);
            report.put("peakRssMb", report.get("replayAppPeakRssMb"));
            progress.phase("alert latency for a deadline passing with no event");
            new DeadlinePassingPhase(cluster, dir.resolve("deadline"), progress)
                    .run(settings.alertSamples(), settings.deadlineCheckSeconds(), report);
            progress.phase("the real app: alert latency, HTTP ingest, alert latency under a backlog");
            try (AppUnderTest app = AppUnderTest.start(cluster, dir.resolve("app"))) {
                AlertLatencyPhase alerts = new AlertLatencyPhase(app, cluster, progress);
                alerts.run(settings.alertSamples(), report);
                new HttpIngestPhase(app, data.contactJson, progress).run(settings.ingestBudget(),
                        settings.ingestBatchEvents(), settings.ingestSingleEvents(), report);
                alerts.runUnderBacklog(settings.alertSamples(), events, report);
            }
        }
        progress.phase("deadline punctuation with " + PunctuationPhase.OPEN + " open complaints (TopologyTestDriver)");
        new PunctuationPhase(dir.resolve("punctuation"), progress).run(report);
        progress.phase("classifier, one thread");
        double classifier = ClassifierThroughput.recordsPerSecond(settings.classifierRecords());
        progress.info("classifier: %,.0f records/s on one thread (%,d records)", classifier, settings.classifierRecords());
        report.put("classifierRecordsPerSecPerCore", classifier, 0);
        progress.phase("classifier with sentence-embedding theme evidence (classifier.theme-embeddings=true)");
        int embedded = Math.max(50, Math.min(500, settings.classifierRecords() / 100));
        double[] withEmbeddings = ClassifierThroughput.embeddingRecordsPerSecond(embedded);
        progress.info("classifier with embeddings: %,.0f records/s uncached, %,.0f per process CPU-second, model ran on %.0f%%,"
                + " %,.0f records/s from the cache (%,d records)", withEmbeddings[0], withEmbeddings[1], 100 * withEmbeddings[2],
                withEmbeddings[3], embedded);
        report.put("classifierWithEmbeddingsRecordsPerSec", withEmbeddings[0], 0);
        report.put("classifierWithEmbeddingsRecordsPerCpuSec", withEmbeddings[1], 0);
        report.put("classifierEmbeddingModelShare", withEmbeddings[2], 3);
        report.put("classifierWithEmbeddingsCachedRecordsPerSec", withEmbeddings[3], 0);
        double[] gated = ClassifierThroughput.gatedDissatisfactionRecordsPerSecond(embedded);
        progress.info("classifier with embeddings for dissatisfaction only, gated: %,.0f records/s uncached, %,.0f per process"
                + " CPU-second, model ran on %.1f%% (%,d records)", gated[0], gated[1], 100 * gated[2], embedded);
        report.put("classifierGatedDissatisfactionRecordsPerSec", gated[0], 0);
        report.put("classifierGatedDissatisfactionRecordsPerCpuSec", gated[1], 0);
        report.put("classifierGatedDissatisfactionModelShare", gated[2], 3);
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
