package io.complaintstreams.domain.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InstantParserTest {
    @ParameterizedTest
    @CsvSource({
            "2026-03-02T09:15:00Z, 2026-03-02T09:15:00Z",
            "2026-03-02T09:15:00.000+0000, 2026-03-02T09:15:00Z",
            "2026-03-02T10:15:00.000+0100, 2026-03-02T09:15:00Z",
            "2026-03-02T10:15:00+0100, 2026-03-02T09:15:00Z",
            "2026-03-02T10:15:00+01:00, 2026-03-02T09:15:00Z",
            "2026-03-02T04:15-0500, 2026-03-02T09:15:00Z",
            "2026-03-02T09:15:00.123456789Z, 2026-03-02T09:15:00.123Z",
            "2026-03-02t09:15:00z, 2026-03-02T09:15:00Z",
    })
    void shouldReadOffsetsWithAndWithoutColon(String text, String expected) {
        assertEquals(Optional.of(Instant.parse(expected)), InstantParser.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-02T09:15:00", "2026-03-02", "soon", "", "2026-02-30T09:15:00Z",
            "2026-03-02T09:15:00+01:0", "2026-03-02T09:15:00+1", "2026-03-02 09:15:00Z", "1000000000-01-05T10:00:00Z"})
    void shouldRefuseWhatIsNotAnUnambiguousInstant(String text) {
        assertTrue(InstantParser.parse(text).isEmpty(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0001-01-05T10:00:00Z", "1900-01-05T10:00:00Z", "1969-12-31T23:59:59Z",
            "+1000000000-01-05T10:00:00Z", "+999999999-12-31T23:59:59Z"})
    void shouldReadExtremeYearsSoThatBoundsCanNameThem(String text) {
        assertTrue(InstantParser.parse(text).isPresent(), text);
    }
}
