package io.complaintstreams.ingest.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.complaintstreams.ingest.EventKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MappingFileReaderTest {

    @Test
    void shouldLoadEveryExampleMappingInTheRepository() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("..", "config", "mappings"))) {
            var yml = files.filter(p -> p.toString().endsWith(".yml")).toList();
            assertTrue(yml.size() >= 2, "the two example mappings");
            for (Path file : yml) {
                ExportMapping mapping = ExportMapping.load(file);
                assertTrue(!mapping.tables().isEmpty(), file.toString());
            }
        }
    }

    @Test
    void shouldMatchTablesByGlobIgnoringCase() {
        ExportMapping m = MappingFileReader.parse("""
                tables:
                  cases: {kind: complaint-events, match: "*incident*", fields: {complaintId: id}}
                  notes: {kind: contacts, fields: {contactId: id}}
                """);
        assertEquals(EventKind.COMPLAINT_EVENTS, m.tableFor("Incident-2025.CSV").orElseThrow().kind());
        assertEquals(EventKind.CONTACTS, m.tableFor("crm_notes.jsonl").orElseThrow().kind(), "default match: *name*");
        assertTrue(m.tableFor("surveys.csv").isEmpty());
    }

    @Test
    void shouldRefuseAnUnknownKeyNamingItsPath() {
        var e = assertThrows(IllegalArgumentException.class, () -> MappingFileReader.parse("""
                tables:
                  cases:
                    kind: complaint-events
                    fields:
                      occurredAt: {column: when, date: {format: "dd/MM/yyyy", zone: Europe/London, dst: later}}
                """));
        assertTrue(e.getMessage().contains("tables.cases.fields.occurredAt.date.dst"), e.getMessage());
    }

    @Test
    void shouldRefuseAFieldTheKindDoesNotHave() {
        var e = assertThrows(IllegalArgumentException.class, () -> MappingFileReader.parse("""
                tables:
                  cases: {kind: complaint-events, fields: {channel: Origin}}
                """));
        assertTrue(e.getMessage().contains("tables.cases.fields.channel"), e.getMessage());
    }

    @Test
    void shouldRefuseAnUnknownZone() {
        var e = assertThrows(IllegalArgumentException.class, () -> MappingFileReader.parse("""
                tables:
                  cases: {kind: complaint-events, fields: {occurredAt: {column: d, date: {zone: Europe/Londinium}}}}
                """));
        assertTrue(e.getMessage().contains("zone"), e.getMessage());
    }
}
