package io.complaintstreams.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Stands in for {@code bench} when the bench module is not on the classpath (the app jar alone). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "The performance benchmark. It lives in the bench module: run it as bin/complaint-streams bench, "
                + "which puts bench/target/complaint-streams-bench.jar and its libraries on the classpath.")
final class BenchNotInstalled implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("error: the bench module is not on the classpath; run bin/complaint-streams bench "
                + "(it builds and adds bench/target/complaint-streams-bench.jar)");
        return Main.FAILURE;
    }
}
