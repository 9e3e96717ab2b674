package io.complaintstreams.domain.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CodeEditionsTest {

    @Test
    void shouldShipThe2022AndStatutory2024Editions() {
        CodeEditions editions = CodeEditions.standard();
        assertEquals("2022", editions.forReceived(LocalDate.parse("2024-03-31")).edition());
        assertEquals("2024", editions.forReceived(LocalDate.parse("2024-04-01")).edition());
        assertEquals("2022", editions.forReceived(LocalDate.parse("2019-01-01")).edition(), "before every edition: the earliest");
        CodeRules code2022 = editions.forReceived(LocalDate.parse("2023-01-01"));
        assertEquals(new StageRules(5, 20, 10, StageRules.RespondFrom.RECEIPT), code2022.stage2());
        assertEquals(new StageRules(5, 10, 10, StageRules.RespondFrom.ACKNOWLEDGEMENT), code2022.stage1());
        assertEquals(CodeRules.housingOmbudsmanCode(), editions.statutory());
        assertEquals(new StageRules(5, 20, 20), editions.statutory().stage2());
    }

    @Test
    void shouldKeepTheSlaContractOnTheStatutoryLimitsForEveryDate() {
        DeadlineCalculator sla = DeadlineCalculator.standard();
        // golden D000: stage 2 received 2023-12-22, not acknowledged: respondBy = acknowledgeBy + 20 (CONTRACTS section 3)
        assertEquals(LocalDate.parse("2024-01-31"), sla.respondBy(2, LocalDate.parse("2023-12-22"), null, 0));
    }

    @Test
    void shouldRefuseAFileNamingTheLineAndField() {
        var e = assertThrows(IllegalArgumentException.class, () -> CodeEditions.parse(new StringReader(
                "# c\n2030,2030-04-01,1,5,10,ACKNOWLEDGEMENT,10,X\n2030,2030-04-01,2,5,twenty,ACKNOWLEDGEMENT,20,X\n")));
        assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("respondWorkingDays"), e.getMessage());
        var missing = assertThrows(IllegalArgumentException.class, () -> CodeEditions.parse(new StringReader(
                "2030,2030-04-01,1,5,10,ACKNOWLEDGEMENT,10,X\n")));
        assertTrue(missing.getMessage().contains("stage 2"), missing.getMessage());
    }
}
