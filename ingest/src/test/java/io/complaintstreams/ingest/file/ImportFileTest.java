package io.complaintstreams.ingest.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.complaintstreams.ingest.EventKind;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ImportFileTest {
    @Test
    void shouldTellKindAndFormatFromFileName() {
        assertEquals(EventKind.CONTACTS, ImportFile.of(Path.of("crm.contacts.jsonl")).orElseThrow().kind());
        assertEquals(EventKind.CONTACTS, ImportFile.of(Path.of("contacts.json")).orElseThrow().kind());
        assertEquals(ImportFile.Format.CSV, ImportFile.of(Path.of("crm.service-requests.csv")).orElseThrow().format());
        assertEquals(EventKind.SERVICE_REQUESTS, ImportFile.of(Path.of("service_requests.CSV")).orElseThrow().kind());
        assertEquals(EventKind.COMPLAINT_EVENTS, ImportFile.of(Path.of("test.crm.complaint-events.ndjson")).orElseThrow().kind());
        assertEquals(ImportFile.Format.JSON_LINES, ImportFile.of(Path.of("surveys.jsonl")).orElseThrow().format());
    }

    @Test
    void shouldNotMatchOtherFiles() {
        assertTrue(ImportFile.of(Path.of("contacts.txt")).isEmpty());
        assertTrue(ImportFile.of(Path.of("complaints.signals.jsonl")).isEmpty());
        assertTrue(ImportFile.of(Path.of("mycontacts.jsonl")).isEmpty());
    }
}
