package io.complaintstreams.ingest.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import complaintstreams.events.ComplaintEvent;
import io.complaintstreams.ingest.mapping.ExportMapping;
import io.complaintstreams.ingest.publish.DeadLetter;
import io.complaintstreams.ingest.publish.OutgoingRecord;
import io.complaintstreams.ingest.publish.RecordingEventPublisher;
import io.complaintstreams.schema.EventSerdes;
import io.complaintstreams.topics.Topics;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The example mappings over the sample exports in config/mappings/samples, on a recording publisher. */
class MappedImportTest {
    private static final Path MAPPINGS = Path.of("..", "config", "mappings");
    private static final Topics TOPICS = new Topics("t.");
    private final RecordingEventPublisher publisher = new RecordingEventPublisher();

    private ImportSummary importSamples(String mapping, String samples) throws Exception {
        return new FileImporter(TOPICS, publisher, new ImportOptions(4, false), ExportMapping.load(MAPPINGS.resolve(mapping)))
                .importPath(MAPPINGS.resolve("samples").resolve(samples));
    }

    private Map<String, String> deadLetterFields() {
        return publisher.recordsTo(TOPICS.deadLetter()).stream().collect(Collectors.toMap(
                r -> r.headers().get(DeadLetter.SOURCE_FILE) + ":" + r.headers().get(DeadLetter.SOURCE_LINE),
                r -> r.headers().get(DeadLetter.ERROR_FIELD)));
    }

    @Test
    void shouldImportTheDynamicsSampleAndDeadLetterRowsNamingTheSourceColumn() throws Exception {
        ImportSummary summary = importSamples("dynamics-365-cases.yml", "dynamics-365");

        assertEquals(16, summary.rowsRead());
        assertEquals(13, summary.published());
        assertEquals(3, summary.deadLettered());
        assertEquals(Map.of("incident-stage-history.csv:12", "Status Reason", "incident-stage-history.csv:13", "Modified On",
                "activities.csv:5", "Activity Type"), deadLetterFields());
        List<OutgoingRecord> events = publisher.recordsTo(TOPICS.complaintEvents.name());
        assertEquals(10, events.size());
        assertEquals(3, publisher.recordsTo(TOPICS.contacts.name()).size());
        // 26/10/2025 01:30 happens twice in London: the first (BST) one; 30/03/2025 01:30 never happens: 02:30 BST
        assertEquals(Instant.parse("2025-10-26T00:30:00Z"), occurredAt(events.get(4)));
        assertEquals(Instant.parse("2025-03-30T01:30:00Z"), occurredAt(events.get(7)));
        OutgoingRecord onHold = publisher.recordsTo(TOPICS.deadLetter()).stream()
                .filter(r -> "Status Reason".equals(r.headers().get(DeadLetter.ERROR_FIELD))).findFirst().orElseThrow();
        assertEquals("CAS-01004-R2F6", onHold.key());
        assertTrue(new String(onHold.value()).startsWith("CAS-01004-R2F6,CON-22810"), "the original row");
    }

    @Test
    void shouldImportTheHousingSystemSampleWithExcelSerialDatesAndPlusZeroOffsets() throws Exception {
        ImportSummary summary = importSamples("housing-system-complaints.yml", "housing-system");

        assertEquals(12, summary.rowsRead());
        assertEquals(9, summary.published());
        assertEquals(Map.of("complaints_export_2025-07.csv:9", "STAGE", "complaints_export_2025-07.csv:10", "CATEGORY_CODES",
                "contacts_export_2025-07.jsonl:3", "ContactMethod"), deadLetterFields());
        List<OutgoingRecord> events = publisher.recordsTo(TOPICS.complaintEvents.name());
        assertEquals(Instant.parse("2025-06-02T08:00:00Z"), occurredAt(events.get(0)), "Excel 45810.375 is 09:00 BST");
        assertEquals(Instant.parse("2025-06-10T23:00:00Z"), occurredAt(events.get(6)), "a date alone: the London day's start");
    }

    private static Instant occurredAt(OutgoingRecord record) {
        return EventSerdes.COMPLAINT_EVENT.decode(record.value()).getOccurredAt();
    }
}
