package io.complaintstreams.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bench's replay phase alone, for measuring memory settings without the other phases (minutes sooner): the bench's
 * broker in its own process ({@code COMPLAINT_STREAMS_BENCH_BROKER_JAVA_OPTS}), a generated year of {@code HOMES} homes
 * replayed by {@code run --clock event} in its own process ({@code COMPLAINT_STREAMS_JAVA_OPTS}, else the launcher's
 * default), then one JSON line with the replay's fields of the bench report ({@code replaySeconds},
 * {@code replayAppRssMb}, {@code replayBrokerRssMb}, ...). Not a command of the CLI:
 * {@code java -cp "bench/target/complaint-streams-bench.jar:bench/target/lib/*" io.complaintstreams.bench.ReplayOnly
 * 13000 target/replay}; the data directory is left in place.
 */
public final class ReplayOnly {
    private ReplayOnly() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: ReplayOnly HOMES DATA_DIR");
            System.exit(2);
        }
        int homes = Integer.parseInt(args[0]);
        Path dir = Files.createDirectories(Path.of(args[1]).resolve("bench-" + System.currentTimeMillis()));
        BenchReport report = new BenchReport();
        try (BenchCluster cluster = BenchCluster.start(dir.resolve("broker"))) {
            new ReplayPhase(cluster, dir.resolve("replay"), new Progress(System.err)).run(homes, report);
        }
        System.out.println(report.toJson());
        System.exit(0);
    }
}
