package io.complaintstreams.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatLocaleTest {

    @Test
    void shouldChooseUsEnglishForAServersPlainEnglishAndBritishEnglish() {
        assertEquals(Locale.US, FormatLocale.chosenFor(Locale.ENGLISH));
        assertEquals(Locale.US, FormatLocale.chosenFor(Locale.UK));
        assertEquals(Locale.US, FormatLocale.chosenFor(Locale.US));
    }

    @Test
    void shouldKeepALocaleThatFormatsNumbersDifferently() {
        assertEquals(Locale.GERMANY, FormatLocale.chosenFor(Locale.GERMANY));
        assertEquals(Locale.FRANCE, FormatLocale.chosenFor(Locale.FRANCE));
        Locale southAfrica = new Locale("en", "ZA"); // comma decimal separator, space grouping
        assertEquals(southAfrica, FormatLocale.chosenFor(southAfrica));
    }

    @Test
    void shouldFormatEveryConversionThisProgramUsesAsTheEnglishDefaultDoes() {
        for (Locale current : new Locale[] {Locale.ENGLISH, Locale.UK, Locale.CANADA}) {
            Locale chosen = FormatLocale.chosenFor(current);
            Object[] args = {-1234567, 1234567.891, 0.5, 12, "Partition crm.contacts-3", LocalDate.of(2025, 4, 1), 255};
            String pattern = "%d %,d %.2f %+.2f %.1f %05d %s %S %tB %tA %08x %04X %e";
            Object[] values = {args[0], args[0], args[1], args[2], args[2], args[3], args[4], args[4], args[5], args[5],
                args[6], args[6], args[1]};
            assertEquals(String.format(current, pattern, values), String.format(chosen, pattern, values), current.toString());
        }
    }
}
