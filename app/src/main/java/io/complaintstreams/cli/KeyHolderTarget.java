package io.complaintstreams.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options by which {@code erase} and {@code rotate-master-key} find the topics they change and the data directory
 * holding the embedded default's master key ({@code DATA_DIR/privacy/master.key}): a picocli mixin.
 */
final class KeyHolderTarget {
    @Option(names = "--bootstrap-servers", description = InstanceTarget.BOOTSTRAP_HELP)
    String bootstrapServers;

    @Option(names = "--topic-prefix", description = InstanceTarget.PREFIX_HELP)
    String topicPrefix;

    @Option(names = "--data-dir", defaultValue = "./data", description = "Where `run` keeps its data and privacy/master.key "
            + "(default: ${DEFAULT-VALUE}).")
    Path dataDir;

    /** The cluster and prefix: these flags, else the instance running on {@code --data-dir} ({@link InstanceTarget}). */
    InstanceTarget resolve() {
        return InstanceTarget.resolve(dataDir, bootstrapServers, topicPrefix);
    }
}
