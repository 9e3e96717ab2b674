package io.complaintstreams.connect;

import io.complaintstreams.ingest.publish.DeadLetter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the folder's export files one at a time (see {@link ExportFileSourceConnector}). A file is finished when it
 * has been read to the end and Connect has reported every one of its records as handled ({@link #commitRecord}); it
 * is then moved to the finished folder, in the poll thread.
 */
public final class ExportFileSourceTask extends SourceTask {
    static final String PARTITION_FILE = "file";
    static final String PARTITION_SIZE = "size";
    static final String PARTITION_MODIFIED = "modified";
    static final String OFFSET_ROW = "row";
    private static final Logger LOG = LoggerFactory.getLogger(ExportFileSourceTask.class);

    /** Rows handed on and rows Connect reported handled, for a file being read or waiting to be moved. */
    private static final class Progress {
        final Path path;
        long emitted;
        long handled;
        boolean endReached;

        Progress(Path path) {
            this.path = path;
        }
    }

    private final Map<String, Progress> progress = new HashMap<>();
    private final Object wakeUp = new Object();
    private ExportFileSourceConfig config;
    private ExportFileRows current;
    private Progress currentProgress;
    private Map<String, Object> currentPartition;
    private volatile boolean stopping;

    @Override
    public void start(Map<String, String> props) {
        config = new ExportFileSourceConfig(props);
        try {
            Files.createDirectories(config.directory());
            Files.createDirectories(config.finishedDirectory());
        } catch (IOException e) {
            throw new ConnectException("cannot create " + config.directory() + " or " + config.finishedDirectory(), e);
        }
    }

    @Override
    public List<SourceRecord> poll() throws InterruptedException {
        moveFinishedFiles();
        try {
            if (current == null && !openNextFile()) {
                synchronized (wakeUp) {
                    if (!stopping) {
                        wakeUp.wait(config.getLong(ExportFileSourceConfig.POLL_INTERVAL_MS));
                    }
                }
                return null;
            }
            return readBatch();
        } catch (IOException e) {
            throw new ConnectException("cannot read " + (currentProgress == null ? config.directory() : currentProgress.path)
                    + (e instanceof java.nio.charset.CharacterCodingException
                    ? ": it is not valid UTF-8 (the connector reads UTF-8; save the export as \"CSV UTF-8\")" : ""), e);
        }
    }

    private List<SourceRecord> readBatch() throws IOException {
        int batchSize = config.getInt(ExportFileSourceConfig.BATCH_SIZE);
        String topic = config.getString(ExportFileSourceConfig.TOPIC);
        String fileName = currentProgress.path.getFileName().toString();
        List<SourceRecord> records = new ArrayList<>(batchSize);
        while (records.size() < batchSize) {
            ExportFileRows.FileRow row = current.next();
            if (row == null) {
                current.close();
                current = null;
                synchronized (progress) {
                    currentProgress.endReached = true;
                }
                break;
            }
            ConnectHeaders headers = new ConnectHeaders();
            headers.addString(DeadLetter.SOURCE_FILE, fileName);
            headers.addString(DeadLetter.SOURCE_LINE, Long.toString(row.line()));
            Map<String, Object> value = new LinkedHashMap<>(row.columns());
            records.add(new SourceRecord(currentPartition, Map.of(OFFSET_ROW, row.row()), topic, null, null, null,
                    null, value, null, headers));
        }
        synchronized (progress) {
            currentProgress.emitted += records.size();
        }
        return records;
    }

    private boolean openNextFile() throws IOException {
        Path next;
        try (Stream<Path> files = Files.list(config.directory())) {
            next = files.filter(Files::isRegularFile).filter(ExportFileRows::isExport)
                    .filter(p -> !isWaiting(p)).sorted().findFirst().orElse(null);
        }
        if (next == null) {
            return false;
        }
        Map<String, Object> partition = new LinkedHashMap<>();
        partition.put(PARTITION_FILE, next.getFileName().toString());
        partition.put(PARTITION_SIZE, Files.size(next));
        partition.put(PARTITION_MODIFIED, Files.getLastModifiedTime(next).toMillis());
        Map<String, Object> offset = context.offsetStorageReader().offset(partition);
        long done = offset == null || offset.get(OFFSET_ROW) == null ? 0 : ((Number) offset.get(OFFSET_ROW)).longValue();
        try {
            current = ExportFileRows.open(next);
        } catch (IOException e) { // named here: the message below would name the file read before it
            throw new ConnectException("cannot read " + next + ": " + (e instanceof java.nio.charset.CharacterCodingException
                    ? "it is not valid UTF-8 (the connector reads UTF-8; save the export as \"CSV UTF-8\"), " : "") + e, e);
        }
        for (long skipped = 0; skipped < done && current.next() != null; skipped++) {
            // rows already handed on before a restart
        }
        currentPartition = partition;
        currentProgress = new Progress(next);
        synchronized (progress) {
            progress.put(next.getFileName().toString(), currentProgress);
        }
        LOG.info("reading {} from row {}", next, done + 1);
        return true;
    }

    private boolean isWaiting(Path file) {
        synchronized (progress) {
            return progress.containsKey(file.getFileName().toString());
        }
    }

    @Override
    public void commitRecord(SourceRecord record, RecordMetadata metadata) {
        Object file = record.sourcePartition().get(PARTITION_FILE);
        synchronized (progress) {
            Progress p = progress.get(String.valueOf(file));
            if (p != null) {
                p.handled++;
            }
        }
    }

    private void moveFinishedFiles() {
        List<Progress> finished = new ArrayList<>();
        synchronized (progress) {
            progress.values().removeIf(p -> {
                boolean done = p.endReached && p.handled >= p.emitted;
                if (done) {
                    finished.add(p);
                }
                return done;
            });
        }
        for (Progress p : finished) {
            Path target = config.finishedDirectory().resolve(p.path.getFileName());
            try {
                for (int n = 1; Files.exists(target); n++) {
                    target = config.finishedDirectory().resolve(p.path.getFileName() + "." + n);
                }
                Files.move(p.path, target, StandardCopyOption.ATOMIC_MOVE);
                LOG.info("finished {} ({} rows this run), moved to {}", p.path, p.emitted, target);
            } catch (IOException e) {
                throw new ConnectException("cannot move finished file " + p.path + " to " + target, e);
            }
        }
    }

    @Override
    public void stop() {
        stopping = true;
        synchronized (wakeUp) {
            wakeUp.notifyAll();
        }
    }

    @Override
    public String version() {
        return Version.VERSION;
    }
}
