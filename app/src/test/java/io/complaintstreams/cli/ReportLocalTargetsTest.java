package io.complaintstreams.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.complaintstreams.app.InstanceFile;
import io.complaintstreams.app.RunSettings;
import io.complaintstreams.config.AppConfig;
import io.complaintstreams.domain.deadline.LocalStageTarget;
import io.complaintstreams.domain.deadline.LocalTargets;
import io.complaintstreams.reporting.ComplaintRecords;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report annual|quarter} on the command line takes the local targets of the instance {@code run} started on
 * {@code --data-dir} (its instance.json), the same the instance's {@code /api/v1/reports/*} use (RunSettings).
 */
class ReportLocalTargetsTest {
    @TempDir
    Path dataDir;

    private LocalTargets writtenAndReadBack(AppConfig config) {
        RunSettings settings = new RunSettings(config, false);
        InstanceFile.ofThisProcess("http://127.0.0.1:18980", "127.0.0.1:18992", "", "wall", Map.of("LL-DEMO", 2000),
                settings.localTargets()).writeTo(dataDir);
        ReportCommand.Source source = new ReportCommand.Source();
        source.dataDir = dataDir;
        LocalTargets read = source.localTargets();
        assertEquals(settings.localTargets(), read, "the command line's targets are the instance's");
        return read;
    }

    @Test
    void shouldTakeTheRunningInstancesLocalTargetsFromItsInstanceFile() throws Exception {
        LocalTargets read = writtenAndReadBack(AppConfig.defaults().with(Map.of(
                AppConfig.LOCAL_STAGE1_ACK, "3", AppConfig.LOCAL_STAGE1_RESPOND, "8", AppConfig.LOCAL_STAGE2_RESPOND, "15")));

        assertEquals(new LocalStageTarget(3, 8), read.stage1());
        assertEquals(new LocalStageTarget(null, 15), read.stage2());
        assertTrue(ComplaintRecords.withLocalTargets(read).hasLocalTargets(), "the report shows them, not 'not supplied'");
        assertTrue(Files.readString(dataDir.resolve(InstanceFile.NAME)).contains("\"respondWorkingDays\" : 15"));
    }

    @Test
    void shouldAgreeWithTheInstanceWithoutLocalTargetsAndReadAnOlderFileAsNone() throws Exception {
        writtenAndReadBack(AppConfig.defaults());

        Files.writeString(dataDir.resolve(InstanceFile.NAME), """
                {"pid": %d, "httpUrl": "http://127.0.0.1:18980", "bootstrapServers": "127.0.0.1:18992", "topicPrefix": "",
                 "clock": "wall", "startedAt": "2026-11-30T13:50:00Z", "homes": {"LL-DEMO": 2000}}
                """.formatted(ProcessHandle.current().pid()));
        ReportCommand.Source source = new ReportCommand.Source();
        source.dataDir = dataDir;
        assertEquals(LocalTargets.none(), source.localTargets());
        assertFalse(ComplaintRecords.withLocalTargets(source.localTargets()).hasLocalTargets());
    }

    @Test
    void shouldUseNoInstanceTargetsWithAnInputFile() {
        InstanceFile.ofThisProcess("http://127.0.0.1:18980", "127.0.0.1:18992", "", "wall", Map.of(),
                new LocalTargets(new LocalStageTarget(3, 8), null)).writeTo(dataDir);
        ReportCommand.Source source = new ReportCommand.Source();
        source.dataDir = dataDir;
        source.input = "events.jsonl";
        assertEquals(LocalTargets.none(), source.localTargets(), "a file is not the instance's data");
    }
}
