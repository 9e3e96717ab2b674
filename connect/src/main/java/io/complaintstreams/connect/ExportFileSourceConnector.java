package io.complaintstreams.connect;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.source.ExactlyOnceSupport;
import org.apache.kafka.connect.source.SourceConnector;

/**
 * Source connector: picks up export files (CSV or JSON lines) dropped in a folder and emits one record per row, in
 * file-name order, each file once. Source partition: the file (name, size, modification time); source offset: the
 * last row handed on. After a restart a file is read on from the row after its committed offset, so no acknowledged
 * row is lost; a file whose every row Kafka acknowledged is moved to {@code finished.directory}. Rows are schemaless
 * maps (column name to text) with headers {@code source-file} and {@code source-line}; chain
 * {@link ExportMappingTransform} to turn them into complaint-streams events. Write a file elsewhere and rename it into
 * the folder (a rename is atomic) so a half-written file is never read; names starting with {@code .} are ignored.
 *
 * <p>Under Connect's exactly-once source support (distributed mode, {@code exactly.once.source.support=enabled})
 * rows and offsets commit in one transaction, so a crash repeats nothing; in standalone mode a crash can repeat the
 * rows since the last offset flush ({@code offset.flush.interval.ms}), which our content-derived event ids make
 * harmless downstream. One task: one folder is read in order.
 */
public final class ExportFileSourceConnector extends SourceConnector {
    private Map<String, String> settings;

    @Override
    public void start(Map<String, String> props) {
        new ExportFileSourceConfig(props); // fails early on bad settings
        settings = Map.copyOf(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return ExportFileSourceTask.class;
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        return List.of(settings);
    }

    @Override
    public void stop() {}

    @Override
    public ConfigDef config() {
        return ExportFileSourceConfig.DEFINITION;
    }

    @Override
    public ExactlyOnceSupport exactlyOnceSupport(Map<String, String> connectorConfig) {
        return ExactlyOnceSupport.SUPPORTED;
    }

    @Override
    public String version() {
        return Version.VERSION;
    }
}
