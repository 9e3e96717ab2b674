package io.complaintstreams.domain.validation;

/**
 * A value that breaks an input rule: the field as a path ({@code themes[3]}, {@code occurredAt}) and the reason
 * as a phrase that follows the field's name ({@code must not be longer than 128 characters}).
 */
public record Violation(String field, String reason) {
    /** {@code field: reason}, the form of a dead-letter reason. */
    @Override
    public String toString() {
        return field + ": " + reason;
    }
}
