package io.complaintstreams.domain.sla;

/** A line that cannot be read; {@code field} names the offending field (null when the line is not JSON at all). */
public final class SlaInputException extends Exception {
    private final String field;

    public SlaInputException(String field, String message) {
        super(field == null ? message : field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
