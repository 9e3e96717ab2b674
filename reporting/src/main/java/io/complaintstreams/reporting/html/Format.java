package io.complaintstreams.reporting.html;

import io.complaintstreams.domain.glossary.Glossary;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** UK number and money formatting and human labels for the report pages. */
final class Format {
    private Format() {
    }

    /** Whole numbers and decimals with UK digit grouping (3,000; 4,275.5); anything else as text. */
    static String cell(Object value) {
        if (value instanceof Long || value instanceof Integer) {
            return NumberFormat.getIntegerInstance(Locale.UK).format(((Number) value).longValue());
        }
        if (value instanceof BigDecimal d) {
            NumberFormat f = NumberFormat.getNumberInstance(Locale.UK);
            f.setMinimumFractionDigits(Math.max(d.scale(), 0));
            f.setMaximumFractionDigits(Math.max(d.scale(), 0));
            return f.format(d);
        }
        return value.toString();
    }

    /** Pounds with grouping and pence: £4,275.00; an em dash when null. */
    static String money(BigDecimal pounds) {
        return pounds == null ? "\u2014" : NumberFormat.getCurrencyInstance(Locale.UK).format(pounds);
    }

    static String theme(String code) {
        return Glossary.label(Glossary.Kind.THEME, code);
    }

    static String outcome(String code) {
        return Glossary.label(Glossary.Kind.OUTCOME, code);
    }
}
