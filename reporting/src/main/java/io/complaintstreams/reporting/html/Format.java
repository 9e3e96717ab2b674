package io.complaintstreams.reporting.html;

import io.complaintstreams.domain.glossary.Glossary;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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

    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.UK)
            .withZone(ZoneOffset.UTC);

    /** An ISO-8601 instant as people read it on a printed page: 20 April 2026, 10:00 UTC. */
    static String generated(String isoInstant) {
        return GENERATED.format(Instant.parse(isoInstant));
    }

    static String theme(String code) {
        return Glossary.label(Glossary.Kind.THEME, code);
    }

    static String outcome(String code) {
        return Glossary.label(Glossary.Kind.OUTCOME, code);
    }

    /**
     * An Ombudsman finding in words: {@code SERVICE_FAILURE} reads "Service failure", and a determination's
     * {@code "SERVICE_FAILURE (communication)"} "Service failure (communication)"; a landlord's own wording (the
     * referrals file's outcome) stays as written.
     */
    static String finding(String text) {
        int issue = text.indexOf(" (");
        return issue < 0 ? Glossary.label(Glossary.Kind.FINDING, text)
                : Glossary.label(Glossary.Kind.FINDING, text.substring(0, issue)) + text.substring(issue);
    }
}
