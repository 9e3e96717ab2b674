package io.complaintstreams.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.complaintstreams.ingest.EventKind;
import io.complaintstreams.ingest.file.ImportSummary;
import io.complaintstreams.ingest.file.ImportSummary.FileSummary;
import io.complaintstreams.ingest.file.ImportSummary.Refusal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A new user's finding: a plain CSV whose {@code occurredAt} is a CRM's local date-time ({@code 02/06/2025 09:00})
 * dead-lettered every row with the ISO-8601 explanation and no word that {@code --mapping} with a date rule reads it.
 */
class ImportHintsTest {
    private static ImportSummary refusing(String field) {
        return new ImportSummary(List.of(new FileSummary("crm.contacts.csv", EventKind.values()[0], StandardCharsets.UTF_8,
                2, 0, 2, List.of(new Refusal(2, field, "must be an ISO-8601 instant")))), List.of());
    }

    @Test
    void shouldPointToAMappingWhenOccurredAtWasRefusedWithoutOne() {
        Optional<String> hint = ImportHints.of(refusing("occurredAt"), false);
        assertTrue(hint.isPresent());
        assertTrue(hint.get().contains("--mapping"), hint.get());
    }

    @Test
    void shouldSayNothingWhenAMappingWasGivenOrAnotherFieldWasRefused() {
        assertEquals(Optional.empty(), ImportHints.of(refusing("occurredAt"), true));
        assertEquals(Optional.empty(), ImportHints.of(refusing("channel"), false));
    }
}
