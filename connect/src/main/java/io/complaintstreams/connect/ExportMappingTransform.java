package io.complaintstreams.connect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.complaintstreams.ingest.ParsedEvent;
import io.complaintstreams.ingest.ValidationException;
import io.complaintstreams.ingest.mapping.ExportMapping;
import io.complaintstreams.ingest.mapping.MappedEvents;
import io.complaintstreams.ingest.mapping.TableMapping;
import io.complaintstreams.ingest.publish.DeadLetter;
import io.complaintstreams.ingest.publish.OutgoingRecord;
import io.complaintstreams.topics.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.header.Headers;
import org.apache.kafka.connect.transforms.Transformation;

/**
 * Single Message Transform: a source connector's row (JDBC or Debezium {@code Struct}, schemaless {@code Map}, or
 * a JSON string) to one of our input events, by a mapping file ({@code config/mappings/}, the same file as
 * {@code import --mapping}). The result is what our ingest writes: topic {@code crm.*} (after {@code topic.prefix}),
 * key the event's id (a string: use {@code StringConverter}), value the Avro single-object bytes (use
 * {@code ByteArrayConverter}), with the same validation and content-derived {@code eventId}.
 *
 * <p>The mapping table is {@code mapping.table} when set, else the first whose {@code match} fits the record's
 * {@code source-file} header (set by {@link ExportFileSourceConnector}), else its topic. A Debezium delete or a
 * tombstone is dropped (nothing to map).
 *
 * <p>A refused record (a code the mapping does not list, a date in no known format, a value our validation refuses,
 * no matching table): with {@code refused=fail} (default) a {@link DataException} whose message names the source
 * column and the reason, so Connect's own error handling applies: {@code errors.tolerance=none} stops the task,
 * {@code all} skips it (logged with {@code errors.log.enable=true}), and on a sink connector
 * {@code errors.deadletterqueue.topic.name} receives it; with {@code refused=dead-letter} the record is sent to our
 * {@code complaints.dead-letter} topic instead (value: the source row as JSON; headers {@code error-reason},
 * {@code error-field} = the source column, {@code source-topic}, and {@code source-file}/{@code source-line} when
 * present), which is how a <em>source</em> pipeline keeps refused rows, Connect's dead letter queue being for sink
 * connectors only.
 *
 * <p>Residents' free text is sealed before the record leaves the transform, with the app's privacy master key
 * ({@code privacy.master-key} or {@code privacy.master-key.file}, and {@code privacy.bootstrap.servers} for the data
 * keys): see {@link TransformSealing}. Without a key the transform refuses to start unless
 * {@code privacy.encrypt-text=false}.
 */
public final class ExportMappingTransform<R extends ConnectRecord<R>> implements Transformation<R> {
    public static final String MAPPING_FILE = "mapping.file";
    public static final String MAPPING_TABLE = "mapping.table";
    public static final String TOPIC_PREFIX = "topic.prefix";
    public static final String REFUSED = "refused";
    public static final String REFUSED_FAIL = "fail";
    public static final String REFUSED_DEAD_LETTER = "dead-letter";

    static final ConfigDef CONFIG = TransformSealing.define(new ConfigDef())
            .define(MAPPING_FILE, ConfigDef.Type.STRING, ConfigDef.NO_DEFAULT_VALUE, ConfigDef.Importance.HIGH,
                    "Path of the mapping file (YAML) on the worker, e.g. /etc/complaint-streams/dynamics-365-cases.yml.")
            .define(MAPPING_TABLE, ConfigDef.Type.STRING, "", ConfigDef.Importance.MEDIUM,
                    "Table of the mapping file to apply to every record; empty: the first table whose 'match' fits "
                            + "the record's source-file header, else its topic.")
            .define(TOPIC_PREFIX, ConfigDef.Type.STRING, "", ConfigDef.Importance.MEDIUM,
                    "Prefix of complaint-streams' topics (the app's topic.prefix).")
            .define(REFUSED, ConfigDef.Type.STRING, REFUSED_FAIL,
                    ConfigDef.ValidString.in(REFUSED_FAIL, REFUSED_DEAD_LETTER), ConfigDef.Importance.HIGH,
                    "What a record the mapping refuses does: 'fail' throws (Connect's errors.tolerance and, on sink "
                            + "connectors, errors.deadletterqueue.* apply), 'dead-letter' sends it to complaints.dead-letter "
                            + "with error-reason and error-field (the source column) headers.");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MappedEvents events = new MappedEvents();
    private ExportMapping mapping;
    private TableMapping fixedTable;
    private Topics topics;
    private boolean deadLetter;
    private TransformSealing sealing;

    @Override
    public void configure(Map<String, ?> configs) {
        var config = new org.apache.kafka.common.config.AbstractConfig(CONFIG, configs);
        String file = config.getString(MAPPING_FILE);
        try {
            mapping = ExportMapping.load(Path.of(file));
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException(MAPPING_FILE, file, "cannot read the mapping file: " + e.getMessage());
        }
        String table = config.getString(MAPPING_TABLE);
        if (!table.isBlank()) {
            fixedTable = mapping.tables().stream().filter(t -> t.name().equals(table)).findFirst()
                    .orElseThrow(() -> new ConfigException(MAPPING_TABLE, table, "the mapping file has no such table"));
        }
        topics = new Topics(config.getString(TOPIC_PREFIX));
        deadLetter = REFUSED_DEAD_LETTER.equals(config.getString(REFUSED).toLowerCase(Locale.ROOT));
        sealing = TransformSealing.configure(config, configs, topics);
    }

    @Override
    public R apply(R record) {
        Map<String, String> row;
        try {
            row = ConnectRows.of(record.valueSchema(), record.value());
        } catch (ValidationException e) {
            return refused(record, null, null, e);
        }
        if (row == null) {
            return null;
        }
        if (row.containsKey(ExportFileRows.UNREADABLE)) {
            return refused(record, row, null, new ValidationException("row", row.get(ExportFileRows.UNREADABLE)));
        }
        TableMapping table = tableFor(record);
        if (table == null) {
            return refused(record, row, null, new ValidationException("topic",
                    "no table of mapping '" + mapping.name() + "' matches topic " + record.topic()
                            + (header(record.headers(), DeadLetter.SOURCE_FILE) != null
                            ? " or file " + header(record.headers(), DeadLetter.SOURCE_FILE) : "")));
        }
        try {
            ParsedEvent event = events.parse(table, row);
            OutgoingRecord out = event.toRecord(topics);
            if (sealing != null) {
                out = sealing.seal(out);
            }
            return record.newRecord(out.topic(), null, Schema.STRING_SCHEMA, out.key(), Schema.BYTES_SCHEMA, out.value(),
                    record.timestamp(), record.headers().duplicate());
        } catch (ValidationException e) {
            return refused(record, row, table, e);
        }
    }

    private TableMapping tableFor(R record) {
        if (fixedTable != null) {
            return fixedTable;
        }
        String file = header(record.headers(), DeadLetter.SOURCE_FILE);
        if (file != null) {
            var byFile = mapping.tableFor(file);
            if (byFile.isPresent()) {
                return byFile.get();
            }
        }
        return mapping.tableFor(record.topic()).orElse(null);
    }

    private R refused(R record, Map<String, String> row, TableMapping table, ValidationException e) {
        String where = describe(record);
        if (!deadLetter) {
            throw new DataException("complaint-streams mapping refused " + where + ": field '" + e.field() + "': " + e.error());
        }
        Headers headers = record.headers().duplicate();
        headers.addString(DeadLetter.ERROR_REASON, e.error());
        headers.addString(DeadLetter.ERROR_FIELD, e.field());
        headers.addString(DeadLetter.SOURCE_TOPIC, record.topic());
        String key = row != null && table != null ? MappedEvents.keyOf(table, row) : null;
        return record.newRecord(topics.deadLetter(), null, Schema.OPTIONAL_STRING_SCHEMA, key, Schema.BYTES_SCHEMA,
                original(record, row), record.timestamp(), headers);
    }

    private static byte[] original(ConnectRecord<?> record, Map<String, String> row) {
        if (record.value() instanceof byte[] bytes) {
            return bytes;
        }
        if (record.value() instanceof String s) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return JSON.writeValueAsBytes(row != null ? row : String.valueOf(record.value()));
        } catch (JsonProcessingException e) {
            return String.valueOf(record.value()).getBytes(StandardCharsets.UTF_8);
        }
    }

    private static String describe(ConnectRecord<?> record) {
        String file = header(record.headers(), DeadLetter.SOURCE_FILE);
        String line = header(record.headers(), DeadLetter.SOURCE_LINE);
        return file != null ? "file " + file + " row " + line : "a record of topic " + record.topic()
                + (record.kafkaPartition() != null ? " partition " + record.kafkaPartition() : "");
    }

    static String header(Headers headers, String name) {
        Header h = headers.lastWithName(name);
        return h == null || h.value() == null ? null : h.value().toString();
    }

    @Override
    public ConfigDef config() {
        return CONFIG;
    }

    @Override
    public void close() {
        if (sealing != null) {
            sealing.close();
            sealing = null;
        }
    }
}
