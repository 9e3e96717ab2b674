package io.complaintstreams.cli;

import io.complaintstreams.bench.BenchReport;
import io.complaintstreams.bench.BenchSettings;
import io.complaintstreams.bench.Benchmark;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The performance benchmark, in one run on its own embedded Kafka broker (free ports, a fresh "
                + "data directory): producer baseline (and Kafka's ProducerPerformance), Streams pass-through, the real "
                + "topology and its ratio to the pass-through, restore, an event-clock replay, alert latency and HTTP "
                + "ingest on the real app, the deadline punctuation with 100,000 open complaints, the classifier and "
                + "peak RSS.",
                "Progress goes to stderr; the last line of stdout is one JSON object with every figure."})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--quick", description = "A small run (about a minute): N = " + BenchSettings.QUICK_EVENTS + ".")
    boolean quick;

    @Option(names = "--events", paramLabel = "N", description = "Events for the producer, pass-through and pipeline phases "
            + "(default " + BenchSettings.FULL_EVENTS + ", or " + BenchSettings.QUICK_EVENTS + " with --quick).")
    Integer events;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where the bench's data directory is made "
            + "(a fresh subdirectory, deleted afterwards; default: the system temp directory).")
    Path dataDir;

    @Option(names = "--keep-data", description = "Leave the bench's data directory in place.")
    boolean keepData;

    @Override
    public Integer call() throws Exception {
        if (events != null && events < BenchSettings.MIN_EVENTS) {
            throw new BadInputException("--events must be at least " + BenchSettings.MIN_EVENTS);
        }
        Path dir = dataDir != null ? dataDir : Path.of(System.getProperty("java.io.tmpdir"), "complaint-streams-bench");
        BenchReport report = new Benchmark(BenchSettings.of(quick, events, dir, keepData), System.err).run();
        System.out.println(report.toJson());
        System.out.flush();
        return Main.OK;
    }
}
