package io.complaintstreams.bench;

import io.complaintstreams.cli.BadInputException;
import io.complaintstreams.cli.Main;
import io.complaintstreams.cli.PluggableCommand;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench}: provided to the CLI by this module through {@link PluggableCommand} (a ServiceLoader). */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The performance benchmark, in one run on its own embedded Kafka broker in a process of its own "
                + "(free port, a fresh data directory): producer baseline (and Kafka's ProducerPerformance), a Streams "
                + "pass-through and the real topology over the same events (warmed, timed from RUNNING until every topic "
                + "they read, repartition topics included, is committed; stream-thread CPU, records and bytes written per "
                + "event), restore, a replay of a generated year with --clock event by the app in its own process (its "
                + "RSS), alert latency idle, under a backlog and for a deadline passing with no event, HTTP ingest, the "
                + "deadline punctuation with 100,000 open complaints and the classifier.",
                "Progress goes to stderr; the last line of stdout is one JSON object with every figure."})
public final class BenchCommand implements Callable<Integer>, PluggableCommand {
    @Option(names = "--quick", description = "A small run (a minute or two): N = " + BenchSettings.QUICK_EVENTS
            + ", a " + BenchSettings.QUICK_REPLAY_HOMES + "-home replay.")
    boolean quick;

    @Option(names = "--events", paramLabel = "N", description = "Events for the producer, pass-through and pipeline phases "
            + "(default " + BenchSettings.FULL_EVENTS + ", or " + BenchSettings.QUICK_EVENTS + " with --quick).")
    Integer events;

    @Option(names = "--homes", paramLabel = "N", description = "Homes of the landlord whose generated year is replayed "
            + "with --clock event (default " + BenchSettings.FULL_REPLAY_HOMES + ", about 2.5 million events; "
            + BenchSettings.QUICK_REPLAY_HOMES + " with --quick).")
    Integer homes;

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
        if (homes != null && homes < 1) {
            throw new BadInputException("--homes must be at least 1");
        }
        Path dir = dataDir != null ? dataDir : Path.of(System.getProperty("java.io.tmpdir"), "complaint-streams-bench");
        BenchReport report = new Benchmark(BenchSettings.of(quick, events, homes, dir, keepData), System.err).run();
        System.out.println(report.toJson());
        System.out.flush();
        return Main.OK;
    }
}
