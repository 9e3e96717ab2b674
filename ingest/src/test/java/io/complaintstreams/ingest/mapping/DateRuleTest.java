package io.complaintstreams.ingest.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.complaintstreams.ingest.ValidationException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateRuleTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static DateRule uk(DateRule.Ambiguous ambiguous, DateRule.Gap gap) {
        return new DateRule(List.of("dd/MM/yyyy HH:mm", "dd/MM/yyyy"), LONDON, ambiguous, gap);
    }

    @Test
    void shouldReadUkLocalTimeInWinterAndInSummer() {
        DateRule rule = uk(DateRule.Ambiguous.EARLIER, DateRule.Gap.SHIFT);
        assertEquals(Instant.parse("2025-01-15T09:30:00Z"), rule.parse("Modified On", "15/01/2025 09:30"));
        assertEquals(Instant.parse("2025-07-15T08:30:00Z"), rule.parse("Modified On", "15/07/2025 09:30"));
    }

    @Test
    void shouldReadADateAloneAsTheStartOfThatLondonDay() {
        assertEquals(Instant.parse("2025-06-10T23:00:00Z"),
                uk(DateRule.Ambiguous.EARLIER, DateRule.Gap.SHIFT).parse("d", "11/06/2025"));
    }

    @Test
    void shouldTakeTheFirstOfTwoInstantsWhenClocksGoBackUnlessToldOtherwise() {
        // 26 October 2025: 01:00-02:00 happens twice, first in BST (+01:00) then in GMT
        assertEquals(Instant.parse("2025-10-26T00:30:00Z"), uk(DateRule.Ambiguous.EARLIER, DateRule.Gap.SHIFT).parse("d", "26/10/2025 01:30"));
        assertEquals(Instant.parse("2025-10-26T01:30:00Z"), uk(DateRule.Ambiguous.LATER, DateRule.Gap.SHIFT).parse("d", "26/10/2025 01:30"));
        ValidationException e = assertThrows(ValidationException.class,
                () -> uk(DateRule.Ambiguous.REJECT, DateRule.Gap.SHIFT).parse("Modified On", "26/10/2025 01:30"));
        assertEquals("Modified On", e.field());
        assertTrue(e.reason().contains("happens twice"), e.reason());
    }

    @Test
    void shouldShiftATimeClocksSkippedForwardByTheGapUnlessRejected() {
        // 30 March 2025: 01:00-02:00 does not exist in London
        assertEquals(Instant.parse("2025-03-30T01:30:00Z"), uk(DateRule.Ambiguous.EARLIER, DateRule.Gap.SHIFT).parse("d", "30/03/2025 01:30"));
        ValidationException e = assertThrows(ValidationException.class,
                () -> uk(DateRule.Ambiguous.EARLIER, DateRule.Gap.REJECT).parse("Modified On", "30/03/2025 01:30"));
        assertTrue(e.reason().contains("does not exist"), e.reason());
    }

    @Test
    void shouldRefuseADateThatIsNotInTheCalendarNamingTheColumn() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> uk(DateRule.Ambiguous.EARLIER, DateRule.Gap.SHIFT).parse("Modified On", "31/02/2025 10:00"));
        assertEquals("Modified On", e.field());
        assertTrue(e.reason().contains("31/02/2025 10:00"), e.reason());
    }

    @Test
    void shouldReadIsoWithEveryOffsetSpelling() {
        DateRule iso = DateRule.iso();
        Instant expected = Instant.parse("2025-06-02T09:00:00Z");
        assertEquals(expected, iso.parse("d", "2025-06-02T09:00:00Z"));
        assertEquals(expected, iso.parse("d", "2025-06-02T09:00:00+0000"));
        assertEquals(expected, iso.parse("d", "2025-06-02T10:00:00+01:00"));
        assertEquals(expected, iso.parse("d", "2025-06-02T10:00:00+0100"));
        assertEquals(expected, iso.parse("d", "2025-06-02T10:00:00+01"));
        assertEquals(expected, iso.parse("d", "2025-06-02 10:00:00.000+0100"));
        assertEquals(expected, iso.parse("d", "2025-06-02T10:00:00"), "no offset: London time");
    }

    @Test
    void shouldReadAPatternWithAPlusZeroOffset() {
        DateRule rule = new DateRule(List.of("yyyy-MM-dd'T'HH:mm:ssZ"), LONDON, DateRule.Ambiguous.EARLIER, DateRule.Gap.SHIFT);
        assertEquals(Instant.parse("2025-06-02T09:00:00Z"), rule.parse("d", "2025-06-02T09:00:00+0000"));
    }

    @Test
    void shouldReadExcelSerialDaysAsLondonTimeRoundedToTheSecond() {
        DateRule excel = new DateRule(List.of(DateRule.EXCEL_SERIAL), LONDON, DateRule.Ambiguous.EARLIER, DateRule.Gap.SHIFT);
        assertEquals(Instant.parse("2025-06-02T08:00:00Z"), excel.parse("EVENT_DATE", "45810.375")); // 09:00 BST
        assertEquals(Instant.parse("2025-06-04T10:30:00Z"), excel.parse("EVENT_DATE", "45812.479167"));
        assertEquals(Instant.parse("2025-01-01T00:00:00Z"), excel.parse("EVENT_DATE", "45658"));
        assertThrows(ValidationException.class, () -> excel.parse("EVENT_DATE", "-3"));
        assertThrows(ValidationException.class, () -> excel.parse("EVENT_DATE", "soon"));
    }

    @Test
    void shouldRefuseABadPatternWhenTheRuleIsMade() {
        assertThrows(IllegalArgumentException.class,
                () -> new DateRule(List.of("dd/MM/yyyy HH:mm bogus{"), LONDON, DateRule.Ambiguous.EARLIER, DateRule.Gap.SHIFT));
    }
}
