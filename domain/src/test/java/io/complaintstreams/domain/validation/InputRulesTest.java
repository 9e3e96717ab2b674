package io.complaintstreams.domain.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.complaintstreams.domain.complaint.ComplaintFact;
import io.complaintstreams.domain.complaint.FactType;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InputRulesTest {
    private static ComplaintFact.Builder fact(FactType type) {
        return ComplaintFact.builder("e1", type, 1, Instant.parse("2025-04-01T09:30:00Z")).complaint("C1", "L1", "R1");
    }

    @Test
    void shouldBoundIdentifiers() {
        assertEquals(Optional.empty(), InputRules.identifier("CMP-2025-0001"));
        assertTrue(InputRules.identifier(" ").isPresent());
        assertTrue(InputRules.identifier("x".repeat(129)).orElseThrow().contains("128"));
        assertTrue(InputRules.identifier("C1\u0000").orElseThrow().contains("U+0000"));
        assertTrue(InputRules.identifier("C1\n").orElseThrow().contains("control"));
        assertTrue(InputRules.identifier("C\u200B1").orElseThrow().contains("format"));
        assertTrue(InputRules.identifier("C\uD800").orElseThrow().contains("surrogate"));
        assertEquals(Optional.empty(), InputRules.identifier("C-\uD83D\uDE00"));
    }

    @Test
    void shouldAllowLineBreaksInFreeTextButNotOtherControls() {
        assertEquals(Optional.empty(), InputRules.text("line one\r\nline two\tend £250 don’t"));
        assertTrue(InputRules.text("bell\u0007").isPresent());
        assertTrue(InputRules.text("x".repeat(InputRules.MAX_TEXT_LENGTH + 1)).isPresent());
    }

    @Test
    void shouldAcceptContractThemesIgnoringCase() {
        assertEquals(Optional.of("damp_mould"), InputRules.canonicalTheme(" Damp_Mould "));
        assertTrue(InputRules.theme("invented-theme-17").orElseThrow().contains("category"));
        assertTrue(InputRules.themeCount(13).isPresent());
    }

    @Test
    void shouldBoundNumbers() {
        assertTrue(InputRules.extensionWorkingDays(1_000_000, true).isPresent());
        assertTrue(InputRules.extensionWorkingDays(0, true).isPresent());
        assertEquals(Optional.empty(), InputRules.extensionWorkingDays(0, false));
        assertEquals(Optional.empty(), InputRules.extensionWorkingDays(25, true), "non-compliant extensions are recorded");
        assertTrue(InputRules.remedyAmount(-1).isPresent());
        assertTrue(InputRules.remedyAmount(Double.NaN).isPresent());
        assertTrue(InputRules.remedyAmount(1e12).isPresent());
        assertEquals(Optional.empty(), InputRules.remedyAmount(250));
        assertTrue(InputRules.score(6).isPresent());
    }

    @Test
    void shouldNameTheFirstBadValueOfAFact() {
        assertEquals(Optional.empty(), InputRules.complaintFact(fact(FactType.RECEIVED).themes(List.of("repairs")).build()));
        assertEquals("extensionWorkingDays", InputRules.complaintFact(fact(FactType.EXTENDED).extensionWorkingDays(1_000_000).build())
                .orElseThrow().field());
        List<String> invented = Collections.nCopies(10_000, "invented");
        assertEquals("themes", InputRules.complaintFact(fact(FactType.RECEIVED).themes(invented).build()).orElseThrow().field());
        assertEquals("themes[1]", InputRules.complaintFact(fact(FactType.RECEIVED).themes(List.of("repairs", "x")).build())
                .orElseThrow().field());
        assertEquals("complaintId", InputRules.complaintFact(ComplaintFact.builder("e1", FactType.RECEIVED, 1, Instant.EPOCH)
                .complaint("C\u0001", "L1", "R1").build()).orElseThrow().field());
    }
}
