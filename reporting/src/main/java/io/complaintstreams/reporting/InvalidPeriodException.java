package io.complaintstreams.reporting;

/** A period that is not a financial year label {@code YYYY-YY}; the message starts with the parameter name. */
public final class InvalidPeriodException extends IllegalArgumentException {
    public InvalidPeriodException(String message) {
        super(message);
    }
}
