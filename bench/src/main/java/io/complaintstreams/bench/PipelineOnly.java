package io.complaintstreams.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The bench's pass-through and pipeline phases alone (what {@code streamThreadMicrosPerEvent} and {@code ratio} come
 * from), for comparing a change to the stream thread's CPU in a few minutes: the bench's broker in its own process, N
 * generated events plus the bench's warm-up on the four input topics, the pass-through and the real topology each
 * warmed and timed from RUNNING until drained, then one JSON line with their fields of the bench report
 * ({@code pipelineStreamThreadMicrosPerEvent}, {@code passThroughStreamThreadMicrosPerEvent}, records and bytes written
 * per event, ...). The restore after deleting local state is part of the pipeline phase and reported too. Not a command
 * of the CLI: {@code java -cp "bench/target/complaint-streams-bench.jar:bench/target/lib/*"
 * io.complaintstreams.bench.PipelineOnly 50000 target/pipeline}; the data directory is left in place.
 */
public final class PipelineOnly {
    private PipelineOnly() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: PipelineOnly EVENTS DATA_DIR");
            System.exit(2);
        }
        BenchSettings settings = BenchSettings.of(false, Integer.parseInt(args[0]), null, null, true);
        Path dir = Files.createDirectories(Path.of(args[1]).resolve("bench-" + System.currentTimeMillis()));
        Progress progress = new Progress(System.err);
        BenchEvents data = BenchEvents.generate(settings.events() + settings.warmUpEvents());
        List<BenchRecord> events = data.first(settings.events());
        List<BenchRecord> warmUp = data.records.subList(events.size(), Math.min(data.records.size(),
                events.size() + settings.warmUpEvents()));
        BenchReport report = new BenchReport();
        report.put("events", events.size());
        report.put("warmUpEvents", warmUp.size());
        try (BenchCluster cluster = BenchCluster.start(dir.resolve("broker"))) {
            StreamsPhases streams = new StreamsPhases(cluster, dir.resolve("streams"), progress);
            streams.load(events, warmUp);
            streams.passThrough(data, warmUp.size(), events.size(), report);
            streams.pipelineAndRestore(data, warmUp.size(), events.size(), report);
        }
        System.out.println(report.toJson());
        System.exit(0);
    }
}
