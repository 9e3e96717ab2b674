package io.complaintstreams.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTaskContext;
import org.apache.kafka.connect.storage.OffsetStorageReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new user's finding on a real standalone worker: after a good export, a Windows-1252 one (a {@code £} in a cell)
 * failed the task with "cannot read .../complaints_export_2025-10.csv", the good file already read, not the one that
 * could not be read, and no word on why.
 */
class ExportFileSourceTaskTest {
    @TempDir
    Path dir;

    private static final OffsetStorageReader NO_OFFSETS = new OffsetStorageReader() {
        @Override
        public <T> Map<String, Object> offset(Map<String, T> partition) {
            return null;
        }

        @Override
        public <T> Map<Map<String, T>, Map<String, Object>> offsets(Collection<Map<String, T>> partitions) {
            return Map.of();
        }
    };

    @Test
    void shouldNameTheFileThatCannotBeReadAndWhy() throws Exception {
        Path incoming = Files.createDirectories(dir.resolve("incoming"));
        Files.writeString(incoming.resolve("a_export.csv"), "REF,TEXT\nA,fine\n", StandardCharsets.UTF_8);
        Files.write(incoming.resolve("b_export.csv"), "REF,TEXT \u00a3\nB,ok\n".getBytes(Charset.forName("windows-1252")));
        ExportFileSourceTask task = new ExportFileSourceTask();
        task.initialize(new SourceTaskContext() {
            @Override
            public Map<String, String> configs() {
                return Map.of();
            }

            @Override
            public OffsetStorageReader offsetStorageReader() {
                return NO_OFFSETS;
            }

            @Override
            public org.apache.kafka.common.metrics.PluginMetrics pluginMetrics() {
                return null;
            }
        });
        task.start(Map.of("directory", incoming.toString(), "finished.directory", dir.resolve("finished").toString()));
        try {
            List<SourceRecord> first = task.poll();
            assertEquals(1, first.size());
            ConnectException e = assertThrows(ConnectException.class, () -> {
                for (int i = 0; i < 5; i++) {
                    task.poll();
                }
            });
            assertTrue(e.getMessage().contains("b_export.csv"), e.getMessage());
            assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
        } finally {
            task.stop();
        }
    }
}
