package io.complaintstreams.ingest.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain CSV cells become the JSON the parsers validate, stripped as the mapped import strips them. */
class CsvValuesTest {

    @Test
    void shouldStripEveryCellLikeTheMappedImport() {
        var json = CsvValues.toJson(List.of("requestId", "category", "stage", "themes", "dueAt"),
                Arrays.asList(" SR-4 ", "  repairs ", " 2 ", " damp | noise ", "   "));
        assertEquals("SR-4", json.get("requestId").textValue());
        assertEquals("repairs", json.get("category").textValue());
        assertEquals(2, json.get("stage").intValue());
        assertEquals(List.of("damp", "noise"), List.of(json.get("themes").get(0).textValue(), json.get("themes").get(1).textValue()));
        assertFalse(json.has("dueAt"), "a blank cell is absent");
    }
}
