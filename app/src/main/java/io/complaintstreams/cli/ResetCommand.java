package io.complaintstreams.cli;

import io.complaintstreams.app.Application;
import io.complaintstreams.app.KafkaConnection;
import io.complaintstreams.app.RunSettings;
import io.complaintstreams.app.StreamsReset;
import io.complaintstreams.broker.DataDirLock;
import io.complaintstreams.config.AppConfig;
import io.complaintstreams.config.ConfigKey;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code reset}: resets the application's internal topics and local state so that the next {@code run --clock event}
 * replays from the input topics (an upgrade that changes state). Every instance must be stopped first.
 */
@Command(name = "reset", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Resets the application's state so that `run --clock event` replays the input topics.",
                "Deletes its internal topics (changelogs, repartitions), its consumer group offsets and its local state.",
                "Stop every instance first. Input and output topics are kept, so the replay publishes alerts,",
                "deadline states and signals again (same alertId; consumers de-duplicate by alertId).",
                "Asks for confirmation unless --yes.",
                "Exit 0 when reset (or nothing to reset), 1 when refused (instances running, not confirmed) or failed."})
public final class ResetCommand implements Callable<Integer> {
    @Option(names = "--config", paramLabel = "FILE", description = "Properties file (as for run).")
    Path configFile;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT", description = "The Kafka cluster (default: the embedded broker on --data-dir).")
    String bootstrapServers;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Broker logs and Streams state (default ./data).")
    String dataDir;

    @Option(names = "--kafka-port", paramLabel = "PORT", description = "Embedded broker's client port while resetting (default: "
            + "any free port; only reset itself connects to it).")
    Integer kafkaPort;

    @Option(names = "--kafka", paramLabel = "NAME=VALUE", description = "A Kafka client setting (repeatable), as for run.")
    Map<String, String> kafka;

    @Option(names = "--yes", description = "Do not ask for confirmation.")
    boolean yes;

    @Override
    public Integer call() throws Exception {
        Map<ConfigKey, String> flags = new LinkedHashMap<>();
        flags.put(AppConfig.BOOTSTRAP_SERVERS, bootstrapServers);
        flags.put(AppConfig.DATA_DIR, dataDir);
        // a free port, not run's 9092: nothing but this command talks to the broker it starts (a newcomer's reset
        // clashed with another broker on 9092)
        flags.put(AppConfig.KAFKA_PORT, kafkaPort == null ? "0" : kafkaPort.toString());
        AppConfig config = AppConfig.load(configFile, System.getenv(), flags).withKafka(kafka == null ? Map.of() : kafka);
        RunSettings settings = new RunSettings(config, false).validated();
        String applicationId = config.get(AppConfig.APPLICATION_ID);
        // the data directory first, as run takes it: a reset beside a running instance is refused before any broker starts
        try (DataDirLock lock = DataDirLock.acquire(settings.dataDir(), Application.LOCK_FILE);
             KafkaConnection kafkaConnection = KafkaConnection.open(settings, error -> System.err.println("error: " + error))) {
            var reset = new StreamsReset(kafkaConnection.admin(), applicationId, settings.dataDir().resolve("streams"));
            StreamsReset.Plan plan = reset.plan();
            System.out.println("Reset of Kafka Streams application '" + applicationId + "' on "
                    + (kafkaConnection.isEmbedded() ? "the embedded broker in " + settings.dataDir() : config.get(AppConfig.BOOTSTRAP_SERVERS)) + ":");
            System.out.println("  internal topics to delete: " + (plan.internalTopics().isEmpty() ? "none" : String.join(", ", plan.internalTopics())));
            System.out.println("  consumer group offsets:    " + (plan.groupExists() ? "delete (the next run starts from the earliest input records)" : "none"));
            System.out.println("  local state to delete:     " + (plan.localStateExists() ? plan.localState() : "none"));
            System.out.println("  kept: the input and output topics. The replay publishes alerts, deadline states and signals "
                    + "again (same alertId): consumers that must not see repeats de-duplicate by alertId.");
            if (plan.runningMembers() > 0) {
                System.err.println("error: " + plan.runningMembers() + " instance(s) of '" + applicationId + "' are running: stop them first");
                return Main.FAILURE;
            }
            if (!yes && !confirmed()) {
                System.err.println("Not confirmed: nothing was changed.");
                return Main.FAILURE;
            }
            reset.reset();
            System.out.println("Done. Start again with `run --clock event` to replay the input topics, then resume with the wall clock.");
            return Main.OK;
        }
    }

    private static boolean confirmed() throws Exception {
        System.out.print("Type 'yes' to reset: ");
        System.out.flush();
        String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return answer != null && answer.trim().equalsIgnoreCase("yes");
    }
}
