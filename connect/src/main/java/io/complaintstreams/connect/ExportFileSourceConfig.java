package io.complaintstreams.connect;

import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;

/** Settings of {@link ExportFileSourceConnector}. */
final class ExportFileSourceConfig extends AbstractConfig {
    static final String DIRECTORY = "directory";
    static final String FINISHED_DIRECTORY = "finished.directory";
    static final String TOPIC = "topic";
    static final String BATCH_SIZE = "batch.size";
    static final String POLL_INTERVAL_MS = "poll.interval.ms";

    static final ConfigDef DEFINITION = new ConfigDef()
            .define(DIRECTORY, ConfigDef.Type.STRING, ConfigDef.NO_DEFAULT_VALUE, ConfigDef.Importance.HIGH,
                    "Folder where export files (.csv, .jsonl, .ndjson, .json) are dropped.")
            .define(FINISHED_DIRECTORY, ConfigDef.Type.STRING, "", ConfigDef.Importance.MEDIUM,
                    "Folder a file is moved to once Kafka acknowledged all its rows; empty: DIRECTORY/finished.")
            .define(TOPIC, ConfigDef.Type.STRING, "crm.exports.raw", ConfigDef.Importance.MEDIUM,
                    "Topic of the raw rows; ExportMappingTransform replaces it with the crm.* topic of each event.")
            .define(BATCH_SIZE, ConfigDef.Type.INT, 500, ConfigDef.Range.between(1, 100_000), ConfigDef.Importance.LOW,
                    "Most rows returned by one poll.")
            .define(POLL_INTERVAL_MS, ConfigDef.Type.LONG, 1000L, ConfigDef.Range.between(10, 600_000), ConfigDef.Importance.LOW,
                    "How long a poll waits for a new file when the folder is empty.");

    ExportFileSourceConfig(Map<String, String> props) {
        super(DEFINITION, props);
    }

    Path directory() {
        return Path.of(getString(DIRECTORY));
    }

    Path finishedDirectory() {
        String finished = getString(FINISHED_DIRECTORY);
        return finished.isBlank() ? directory().resolve("finished") : Path.of(finished);
    }
}
