package io.complaintstreams.cli;

import io.complaintstreams.topics.Topics;
import io.complaintstreams.tail.TopicTail;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "tail", mixinStandardHelpOptions = true,
        description = {"Prints a project topic's records as JSON lines.",
                "Each line holds the value's fields, with Kafka metadata under \"_meta\".",
                "Dead-letter records print their original bytes (UTF-8 text or base64) and their error headers."})
public final class TailCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "TOPIC", description = "Topic name, e.g. crm.complaint-events (prefix optional).")
    String topic;

    @Option(names = "--bootstrap-servers", description = InstanceTarget.BOOTSTRAP_HELP)
    String bootstrapServers;

    @Option(names = "--topic-prefix", description = InstanceTarget.PREFIX_HELP)
    String topicPrefix;

    @Option(names = "--data-dir", paramLabel = "DIR", description = InstanceTarget.DATA_DIR_HELP)
    java.nio.file.Path dataDir;

    @Option(names = "--from-beginning", description = "Start at the earliest record instead of the end.")
    boolean fromBeginning;

    @Option(names = "--max", paramLabel = "N", description = "Stop after N records.")
    Long max;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Stop when no record has arrived for SECONDS.")
    Long timeoutSeconds;

    @Override
    public Integer call() {
        InstanceTarget target = InstanceTarget.resolve(dataDir, bootstrapServers, topicPrefix);
        String topicPrefix = target.topicPrefix();
        Topics topics = new Topics(topicPrefix);
        String name = topic.startsWith(topicPrefix) ? topic : topicPrefix + topic;
        if (!topics.allNames().contains(name)) {
            throw new BadInputException("unknown topic '" + topic + "'; project topics: " + String.join(", ", topics.allNames()));
        }
        Duration idle = timeoutSeconds == null ? null : Duration.ofSeconds(timeoutSeconds);
        new TopicTail(target.bootstrapServers(), topics, name).print(System.out, fromBeginning, max, idle);
        return Main.OK;
    }
}
