package io.complaintstreams.ingest;

/**
 * An input event that cannot be accepted. {@link #field()} names the first bad field, as a path
 * ({@code occurredAt}, {@code themes[2]}, {@code [3].occurredAt} for the fourth item of an array,
 * {@code body} when the input is not JSON at all); {@link #error()} is a sentence for people.
 */
public final class ValidationException extends RuntimeException {
    private final String field;
    private final String reason;

    public ValidationException(String field, String reason) {
        super(describe(field, reason));
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    /** The reason without the field name, e.g. {@code is required}. */
    public String reason() {
        return reason;
    }

    /** The full message, e.g. {@code 'occurredAt' is required}. */
    public String error() {
        return getMessage();
    }

    /** The same error for a field inside the item at {@code index} of an array. */
    public ValidationException atIndex(int index) {
        String path = field.startsWith("[") || field.isEmpty() ? field : "." + field;
        return new ValidationException("[" + index + "]" + path, reason);
    }

    private static String describe(String field, String reason) {
        return "'" + field + "' " + reason;
    }
}
